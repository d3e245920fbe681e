import { RegexSourceReader } from './regex-source-reader';
import { HASH_SEED, hashOf, hashStep } from './text-hash';

/**
 * The strings a regex source can start matching with, up to a few characters: a small reader of the regex
 * forms the language files use (literals, short character lists, groups, alternations, quantifiers,
 * look-arounds). Whatever it cannot pin down (ranges, `\S`, `\p{…}`, back-references) leaves the rest of a
 * prefix open: the answer may be too wide, never too narrow, so a prefilter built on it skips only
 * positions where the regex cannot match.
 */

/** How many characters of a match the prefixes pin down: six tell "your r…" from "your s…", "refund" from "refuse". */
const PREFIX_LENGTH = 6;

// A pattern whose prefixes outnumber this is read as "may start anywhere": the set would cost more than it saves.
const MAX_PREFIXES = 4096;

/** One way a match can begin: its first characters, and whether the match may go on after them. */
interface Path {
  text: string;
  /** The characters after `text` are unknown (a wildcard or a repetition follows): `text` is only a prefix. */
  open: boolean;
}

/** The strings of at most {@link PREFIX_LENGTH} characters every match of the source starts with, or 'any'. */
export function phrasePrefixes(source: string): ReadonlySet<string> | 'any' {
  let found = known.get(source);
  if (found === undefined) {
    found = readPrefixes(source);
    known.set(source, found);
  }
  return found;
}

// The same sources are read for their phrase, for the index of all phrases and for searches built on them.
const known = new Map<string, ReadonlySet<string> | 'any'>();

function readPrefixes(source: string): ReadonlySet<string> | 'any' {
  try {
    const reader = new SourceReader(source);
    const paths = reader.alternation();
    if (reader.position !== source.length || paths.some((path) => path.text === '')) return 'any';
    return new Set(paths.map((path) => path.text));
  } catch {
    return 'any';
  }
}

const EMPTY: Path[] = [{ text: '', open: false }];
const UNKNOWN: Path[] = [{ text: '', open: true }];
const DIGITS: Path[] = [...'0123456789'].map((digit) => ({ text: digit, open: false }));

class SourceReader extends RegexSourceReader {
  alternation(): Path[] {
    const paths = this.sequence();
    while (this.source[this.position] === '|') {
      this.position++;
      paths.push(...this.sequence());
    }
    return distinct(paths);
  }

  private sequence(): Path[] {
    let paths = EMPTY;
    while (!this.atAlternativeEnd()) {
      if (paths.every(isComplete)) {
        this.skipRestOfSequence();
        break;
      }
      const item = this.quantified(this.item());
      paths = distinct(paths.flatMap((path) => extend(path, item)));
      if (paths.length > MAX_PREFIXES) throw new Error('too many prefixes');
    }
    return [...paths];
  }

  /** Moves to the end of the current alternative ("|" or ")" at this depth): its prefixes are known. */
  private skipRestOfSequence(): void {
    let depth = 0;
    let inClass = false;
    for (; this.position < this.source.length; this.position++) {
      const char = this.source[this.position];
      if (char === '\\') this.position++;
      else if (inClass) inClass = char !== ']';
      else if (char === '[') inClass = true;
      else if (char === '(') depth++;
      else if (char === ')' || char === '|') {
        if (depth === 0) return;
        if (char === ')') depth--;
      }
    }
  }

  private item(): Path[] {
    const char = this.source[this.position] ?? '';
    if (char === '(') return this.group();
    if (char === '[') {
      const chars = this.readCharacterList();
      return chars ? chars.map((text) => ({ text, open: false })) : UNKNOWN;
    }
    if (char === '\\') {
      const escaped = this.readEscape();
      if (escaped.kind === 'char') return [{ text: escaped.char, open: false }];
      return escaped.kind === 'digit' ? DIGITS : UNKNOWN;
    }
    this.position++;
    if (char === '^' || char === '$') return EMPTY;
    if (char === '.') return UNKNOWN;
    return [{ text: char, open: false }];
  }

  private group(): Path[] {
    const kind = this.readGroupOpening();
    const inner = this.alternation();
    this.readGroupClose();
    if (kind === 'group') return inner;
    // A look-around consumes nothing: what follows it decides the first characters. A look-ahead that ends its
    // alternative ("\b(?=order|case)") has nothing after it, but the text there must begin as it does.
    // One it cannot pin down ("(?=\\w)" in a word boundary) says nothing: what follows the group decides.
    if (kind === 'lookahead' && this.atAlternativeEnd() && inner.every((path) => path.text !== ''))
      return inner.map((path) => ({ ...path, open: true }));
    return EMPTY;
  }

  /** Applies the quantifier after an item, if any, to the item's paths. */
  private quantified(paths: Path[]): Path[] {
    const quantifier = this.readQuantifier();
    if (!quantifier) return paths;
    // At most one: what follows is known. More: after the first one the text is only known as a prefix.
    const repeated = quantifier.maximum <= 1 ? paths : paths.map((path) => ({ ...path, open: true }));
    return quantifier.minimum === 0 ? [...EMPTY, ...repeated] : repeated;
  }
}

/** Whether nothing after this path can change its prefix. */
function isComplete(path: Path): boolean {
  return path.open || path.text.length >= PREFIX_LENGTH;
}

function extend(path: Path, next: Path[]): Path[] {
  if (isComplete(path)) return [path];
  return next.map((item) => {
    const text = path.text + item.text;
    return text.length >= PREFIX_LENGTH
      ? { text: text.slice(0, PREFIX_LENGTH), open: true }
      : { text, open: item.open };
  });
}

function distinct(paths: Path[]): Path[] {
  const seen = new Map<string, Path>();
  for (const path of paths) {
    const key = `${path.open ? 1 : 0}${path.text}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen.values()];
}

/**
 * A prefilter for phrase prefixes, tested at a position of a text without cutting a string out of it: per
 * prefix length, a bitmap indexed by a hash of the characters (a Bloom filter with one hash). A position
 * whose characters hash to a set bit may start a prefix (rarely it does not: a collision); one hashing to a
 * clear bit cannot. Built from {@link phrasePrefixes}.
 */
export class PrefixSet {
  readonly #bitmaps: (Uint32Array | null)[];
  /** Per prefix length, its bitmap's size less one (a power of two less one: the hash's low bits index it). */
  readonly #masks: Int32Array;
  /** First characters, by their low bits: rejects most positions before any hashing. */
  readonly #firstChars = new Uint32Array(FIRST_CHAR_BITS / 32);

  constructor(prefixes: Iterable<string>) {
    const list = [...new Set(prefixes)];
    this.#bitmaps = Array.from({ length: PREFIX_LENGTH }, () => null);
    this.#masks = new Int32Array(PREFIX_LENGTH);
    // Each length's bitmap is sized by its own prefixes (about 64 bits each keeps collisions near one in 64):
    // a few short prefixes then need no large bitmap, and the bitmaps read per word start stay small.
    const counts = new Array<number>(PREFIX_LENGTH).fill(0);
    for (const prefix of list) counts[prefix.length - 1] = (counts[prefix.length - 1] ?? 0) + 1;
    for (const prefix of list) {
      const first = prefix.charCodeAt(0) & (FIRST_CHAR_BITS - 1);
      this.#firstChars[first >>> 5] = (this.#firstChars[first >>> 5] ?? 0) | (1 << (first & 31));
      const length = prefix.length - 1;
      let bitmap = this.#bitmaps[length];
      if (!bitmap) {
        const bits = Math.max(256, 2 ** Math.ceil(Math.log2((counts[length] ?? 1) * 64)));
        bitmap = new Uint32Array(bits / 32);
        this.#bitmaps[length] = bitmap;
        this.#masks[length] = bits - 1;
      }
      const bit = hashOf(prefix) & (this.#masks[length] ?? 0);
      bitmap[bit >>> 5] = (bitmap[bit >>> 5] ?? 0) | (1 << (bit & 31));
    }
  }

  /** Whether some prefix of the set may start at `index` of `text` (false: none does). */
  startsAt(text: string, index: number): boolean {
    return this.lengthsAt(text, index) !== 0;
  }

  /**
   * The lengths of the prefixes of the set that may start at `index` of `text`, as a bit mask (bit n - 1 for
   * length n); 0 when none does.
   */
  lengthsAt(text: string, index: number): number {
    const first = text.charCodeAt(index) & (FIRST_CHAR_BITS - 1);
    if (((this.#firstChars[first >>> 5] ?? 0) & (1 << (first & 31))) === 0) return 0;
    let hash = HASH_SEED;
    let lengths = 0;
    const end = Math.min(text.length, index + PREFIX_LENGTH);
    for (let at = index; at < end; at++) {
      hash = hashStep(hash, text.charCodeAt(at));
      const bitmap = this.#bitmaps[at - index];
      if (!bitmap) continue;
      const bit = hash & (this.#masks[at - index] ?? 0);
      if (((bitmap[bit >>> 5] ?? 0) & (1 << (bit & 31))) !== 0) lengths |= 1 << (at - index);
    }
    return lengths;
  }
}

const FIRST_CHAR_BITS = 1024;
