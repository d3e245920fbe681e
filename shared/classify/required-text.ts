/**
 * Strings one of which every match of a regex source contains: a check a phrase must pass before its regex is
 * run ("refund (?:has been|was) issued" cannot match in a sentence without "refund has been issued" or
 * "refund was issued"). Reads the regex forms the language files use; whatever it cannot read for certain
 * (classes, `\s`, `\p{…}`, repetitions) it leaves out, so the answer may be weaker than it could be, never
 * wrong: a text without any of the strings has no match.
 */

import { RegexSourceReader } from './regex-source-reader';

/** Below this many characters a required string rejects too little to be worth checking. */
const MIN_USEFUL_LENGTH = 4;
// Each string is one search of the sentence: past two, the check costs more than the regex tries it saves
// (measured on the corpus). A caller saving a costlier regex may allow more.
const MAX_STRINGS = 2;

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
export function requiredText(source: string, maxStrings = MAX_STRINGS): string[] | null {
  try {
    const reader = new SourceReader(source, maxStrings);
    const reading = reader.alternation();
    if (reader.position !== source.length) return null;
    return best(reading.required, reading.exact);
  } catch {
    return null;
  }
}

class SourceReader extends RegexSourceReader {
  constructor(
    source: string,
    private readonly maxStrings: number,
  ) {
    super(source);
  }

  alternation(): Reading {
    const alternatives = [this.sequence()];
    while (this.source[this.position] === '|') {
      this.position++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0] as Reading;
    const exact = alternatives.every((reading) => reading.exact)
      ? this.capped(alternatives.flatMap((reading) => reading.exact ?? []))
      : null;
    // One of the alternatives matches: one of their required strings is in the match.
    const each = alternatives.map((reading) => best(reading.required, reading.exact));
    const required = each.every((strings) => strings)
      ? this.capped(each.flatMap((strings) => strings ?? []))
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
    while (!this.atAlternativeEnd()) {
      const item = this.quantified(this.item());
      required = best(required, item.required);
      const tails = item.exact;
      const joined: string[] | null =
        tails && run ? this.capped(run.flatMap((head) => tails.map((tail) => head + tail))) : null;
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
    if (char === '[') {
      const chars = this.readCharacterList();
      return chars ? { exact: chars, required: null } : UNKNOWN;
    }
    if (char === '\\') {
      const escaped = this.readEscape();
      if (escaped.kind === 'char') return exactly(escaped.char);
      return escaped.kind === 'boundary' ? EMPTY : UNKNOWN;
    }
    this.position++;
    if (char === '^' || char === '$') return EMPTY;
    if (char === '.') return UNKNOWN;
    return exactly(char);
  }

  private group(): Reading {
    const kind = this.readGroupOpening();
    const inner = this.alternation();
    this.readGroupClose();
    // A look-around consumes nothing and is not part of the match.
    return kind === 'group' ? inner : EMPTY;
  }

  /** Applies the quantifier after an item, if any. */
  private quantified(item: Reading): Reading {
    const quantifier = this.readQuantifier();
    if (!quantifier) return item;
    const { minimum, maximum } = quantifier;
    if (minimum === 0 && maximum === 1)
      return { exact: item.exact ? this.capped([...item.exact, '']) : null, required: null };
    if (minimum === 0) return UNKNOWN;
    if (minimum === 1 && maximum === 1) return item;
    // At least one copy is in the match.
    return { exact: null, required: best(item.required, item.exact) };
  }

  private capped(strings: string[]): string[] | null {
    const distinct = [...new Set(strings)];
    return distinct.length <= this.maxStrings ? distinct : null;
  }
}

function exactly(text: string): Reading {
  return { exact: [text], required: null };
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
