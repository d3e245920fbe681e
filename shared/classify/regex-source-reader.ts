/**
 * Reading the regex sources of the language files piece by piece: the escapes, groups, character lists and
 * quantifiers they use. The prefix reader (phrase-prefixes.ts) and the required-text reader (required-text.ts)
 * build on it, each deciding what a piece means for what it computes.
 */

// Character lists up to this size are read as alternatives ("[' ]", "[eé]"); longer ones as "any character".
const MAX_LISTED_CHARS = 8;
const CONTROL_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/** How a group opens: a plain or named group, a look-ahead, a negative look-ahead or a look-behind. */
export type GroupKind = 'group' | 'lookahead' | 'negative-lookahead' | 'lookbehind';

/** What an escape stands for. */
export type Escape =
  | { kind: 'char'; char: string }
  | { kind: 'digit' }
  | { kind: 'boundary' }
  /** \s \w \p{…} \u… \x… \k<…> \1 …: not one known character. */
  | { kind: 'unknown' };

export class RegexSourceReader {
  position = 0;

  constructor(protected readonly source: string) {}

  /** Whether the reader stands at the end of an alternative ("|", ")" or the source's end). */
  protected atAlternativeEnd(): boolean {
    const char = this.source[this.position];
    return char === undefined || char === '|' || char === ')';
  }

  /** Reads the escape at the position ("\\…"). */
  protected readEscape(): Escape {
    const next = this.source[this.position + 1] ?? '';
    this.position += 2;
    if ((next === 'p' || next === 'P' || next === 'u') && this.source[this.position] === '{') {
      this.position = this.source.indexOf('}', this.position) + 1;
    }
    if (next === 'k') this.position = this.source.indexOf('>', this.position) + 1;
    const control = CONTROL_ESCAPES[next];
    if (control) return { kind: 'char', char: control };
    if (next === 'd') return { kind: 'digit' };
    if (next === 'b' || next === 'B') return { kind: 'boundary' };
    if (/[\p{L}\p{N}]/u.test(next)) return { kind: 'unknown' };
    return { kind: 'char', char: next };
  }

  /** Reads the opening of the group at the position ("(", "(?:", "(?<name>", "(?=", "(?!", "(?<=", "(?<!"). */
  protected readGroupOpening(): GroupKind {
    this.position++; // (
    if (this.source[this.position] !== '?') return 'group';
    const opening = this.source.slice(this.position, this.position + 3);
    if (opening.startsWith('?:')) {
      this.position += 2;
      return 'group';
    }
    if (opening === '?<=' || opening === '?<!') {
      this.position += 3;
      return 'lookbehind';
    }
    if (opening.startsWith('?=') || opening.startsWith('?!')) {
      this.position += 2;
      return opening.startsWith('?=') ? 'lookahead' : 'negative-lookahead';
    }
    if (opening.startsWith('?<')) {
      this.position = this.source.indexOf('>', this.position) + 1;
      return 'group';
    }
    throw new Error('unknown group');
  }

  /** Reads the ")" that closes a group. */
  protected readGroupClose(): void {
    if (this.source[this.position] !== ')') throw new Error('unclosed group');
    this.position++;
  }

  /** Reads the character list at the position: its characters when few and plain ("[' ]"), else null. */
  protected readCharacterList(): string[] | null {
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
    return listed ? [...new Set(plain)] : null;
  }

  /** Reads the quantifier at the position, if any (a lazy "?" after it changes no string a match can hold). */
  protected readQuantifier(): { minimum: number; maximum: number } | null {
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
    } else return null;
    this.position++;
    if (this.source[this.position] === '?') this.position++;
    return { minimum, maximum };
  }
}
