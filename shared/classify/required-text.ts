/**
 * Strings one of which every match of a regex source contains: a check a phrase must pass before its regex is
 * run ("refund (?:has been|was) issued" cannot match in a sentence without "refund has been issued" or
 * "refund was issued"). Reads the regex forms the language files use; whatever it cannot read for certain
 * (classes, `\s`, `\p{…}`, repetitions) it leaves out, so the answer may be weaker than it could be, never
 * wrong: a text without any of the strings has no match.
 */

/** Below this many characters a required string rejects too little to be worth checking. */
const MIN_USEFUL_LENGTH = 4;
// Each string is one search of the sentence: past two, the check costs more than the regex tries it saves
// (measured on the corpus).
const MAX_STRINGS = 2;
// Character lists up to this size are read as alternatives ("[eé]"), as the prefix reader does.
const MAX_LISTED_CHARS = 8;
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/** What is known of the matches of a piece of a pattern. */
interface Reading {
  /** Every string the piece can match, when few and known; null otherwise. */
  exact: string[] | null;
  /** Strings one of which every match of the piece contains; null when none are known. */
  required: string[] | null;
}

const UNKNOWN: Reading = { exact: null, required: null };
const EMPTY: Reading = { exact: [''], required: null };

/**
 * The strings one of which every match of `source` contains, or null when none useful are known. The source
 * must be matched case-sensitively (the phrases run lower-cased on lower-cased text).
 */
export function requiredText(source: string): string[] | null {
  try {
    const reader = new SourceReader(source);
    const reading = reader.alternation();
    if (reader.position !== source.length) return null;
    return best(reading.required, reading.exact);
  } catch {
    return null;
  }
}

class SourceReader {
  position = 0;

  constructor(private readonly source: string) {}

  alternation(): Reading {
    const alternatives = [this.sequence()];
    while (this.source[this.position] === '|') {
      this.position++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0] as Reading;
    const exact = alternatives.every((reading) => reading.exact)
      ? capped(alternatives.flatMap((reading) => reading.exact ?? []))
      : null;
    // One of the alternatives matches: one of their required strings is in the match.
    const each = alternatives.map((reading) => best(reading.required, reading.exact));
    const required = each.every((strings) => strings)
      ? capped(each.flatMap((strings) => strings ?? []))
      : null;
    return { exact, required };
  }

  private sequence(): Reading {
    // The run of exact items read so far (their concatenations), and the best required strings seen.
    let run: string[] | null = [''];
    let required: string[] | null = null;
    let whole = true;
    const endRun = () => {
      required = best(required, run);
      run = [''];
    };
    while (
      this.position < this.source.length &&
      this.source[this.position] !== '|' &&
      this.source[this.position] !== ')'
    ) {
      const item = this.quantified(this.item());
      required = best(required, item.required);
      const tails = item.exact;
      const joined: string[] | null =
        tails && run ? capped(run.flatMap((head) => tails.map((tail) => head + tail))) : null;
      if (joined) run = joined;
      else {
        whole = false;
        endRun();
        if (item.exact) run = item.exact;
      }
    }
    const exact = whole ? run : null;
    endRun();
    return { exact, required };
  }

  private item(): Reading {
    const char = this.source[this.position] ?? '';
    if (char === '(') return this.group();
    if (char === '[') return this.characterList();
    this.position++;
    if (char === '\\') {
      const next = this.source[this.position] ?? '';
      this.position++;
      const control = CONTROL_ESCAPES[next];
      if (control) return exactly(control);
      if (next === 'b' || next === 'B') return EMPTY;
      if (next === 'p' || next === 'P' || next === 'u') this.skipBraces();
      if (next === 'k') this.position = this.source.indexOf('>', this.position) + 1;
      // \d \s \w \x41 \1 \k<…> \p{…} \u00e9: not one known character (or not read here).
      if (/[\p{L}\p{N}]/u.test(next)) return UNKNOWN;
      return exactly(next);
    }
    if (char === '^' || char === '$') return EMPTY;
    if (char === '.') return UNKNOWN;
    return exactly(char);
  }

  private group(): Reading {
    this.position++; // (
    let lookaround = false;
    if (this.source[this.position] === '?') {
      const opening = this.source.slice(this.position, this.position + 3);
      if (opening.startsWith('?:')) this.position += 2;
      else if (opening === '?<=' || opening === '?<!') {
        this.position += 3;
        lookaround = true;
      } else if (opening.startsWith('?=') || opening.startsWith('?!')) {
        this.position += 2;
        lookaround = true;
      } else if (opening.startsWith('?<')) this.position = this.source.indexOf('>', this.position) + 1;
      else throw new Error('unknown group');
    }
    const inner = this.alternation();
    if (this.source[this.position] !== ')') throw new Error('unclosed group');
    this.position++;
    // A look-around consumes nothing and is not part of the match.
    return lookaround ? EMPTY : inner;
  }

  private characterList(): Reading {
    const start = this.position + 1;
    this.position++;
    while (this.position < this.source.length && this.source[this.position] !== ']') {
      this.position += this.source[this.position] === '\\' ? 2 : 1;
    }
    if (this.source[this.position] !== ']') throw new Error('unclosed class');
    const body = this.source.slice(start, this.position);
    this.position++;
    const plain = body.replace(/\\([^\p{L}\p{N}])/gu, '$1');
    const listed =
      body.length > 0 &&
      !body.startsWith('^') &&
      !/\\[\p{L}\p{N}]|.-./su.test(body) &&
      [...plain].length <= MAX_LISTED_CHARS;
    return listed ? { exact: [...new Set(plain)], required: null } : UNKNOWN;
  }

  /** Applies the quantifier after an item, if any. */
  private quantified(item: Reading): Reading {
    const char = this.source[this.position];
    let minimum: number;
    let maximum: number;
    if (char === '?') [minimum, maximum] = [0, 1];
    else if (char === '*') [minimum, maximum] = [0, Number.POSITIVE_INFINITY];
    else if (char === '+') [minimum, maximum] = [1, Number.POSITIVE_INFINITY];
    else if (char === '{') {
      const close = this.source.indexOf('}', this.position);
      const [low = '', high] = this.source.slice(this.position + 1, close).split(',');
      minimum = Number(low);
      maximum = high === undefined ? minimum : high === '' ? Number.POSITIVE_INFINITY : Number(high);
      this.position = close;
    } else return item;
    this.position++;
    if (this.source[this.position] === '?') this.position++; // lazy: same strings
    if (minimum === 0 && maximum === 1)
      return { exact: item.exact ? capped([...item.exact, '']) : null, required: null };
    if (minimum === 0) return UNKNOWN;
    if (minimum === 1 && maximum === 1) return item;
    // At least one copy is in the match.
    return { exact: null, required: best(item.required, item.exact) };
  }

  private skipBraces(): void {
    if (this.source[this.position] !== '{') return;
    this.position = this.source.indexOf('}', this.position) + 1;
  }
}

function exactly(text: string): Reading {
  return { exact: [text], required: null };
}

function capped(strings: string[]): string[] | null {
  const distinct = [...new Set(strings)];
  return distinct.length <= MAX_STRINGS ? distinct : null;
}

/** The more selective of two sets of required strings: the longer shortest string, then the fewer strings. */
function best(a: string[] | null, b: string[] | null): string[] | null {
  const useful = (strings: string[] | null) =>
    strings && strings.length > 0 && shortest(strings) >= MIN_USEFUL_LENGTH ? strings : null;
  const [first, second] = [useful(a), useful(b)];
  if (!first || !second) return first ?? second;
  const [lengthA, lengthB] = [shortest(first), shortest(second)];
  if (lengthA !== lengthB) return lengthA > lengthB ? first : second;
  return first.length <= second.length ? first : second;
}

function shortest(strings: string[]): number {
  return Math.min(...strings.map((text) => text.length));
}
