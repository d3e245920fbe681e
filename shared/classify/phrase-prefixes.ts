import { RegexSourceReader } from './regex-source-reader';

/**
 * The strings a regex source can start matching with, up to a few characters: a small reader of the regex
 * forms the language files use (literals, short character lists, groups, alternations, quantifiers,
 * look-arounds). Whatever it cannot pin down (ranges, `\S`, `\p{…}`, back-references) leaves the rest of a
 * prefix open: the answer may be too wide, never too narrow, so a prefilter built on it skips only
 * positions where the regex cannot match.
 */

/**
 * How many characters of a match the prefixes pin down, longest first: the longer, the fewer places a phrase
 * is tried at, but a pattern of many alternatives has too many prefixes of the longest lengths.
 */
const PREFIX_LENGTHS = [16, 12, 8, 6];

// Past this many prefixes at one length the next shorter length is read; past it at the shortest, the pattern
// is read as "may start anywhere".
const MAX_PREFIXES = 4096;

/** One way a match can begin: its first characters, and whether the match may go on after them. */
interface Path {
  text: string;
  /** The characters after `text` are unknown (a wildcard or a repetition follows): `text` is only a prefix. */
  open: boolean;
}

/**
 * The strings every match of the source starts with, as long as {@link PREFIX_LENGTHS} allows (shorter where
 * a match may end or go on with unknown characters sooner), or 'any'.
 */
export function phrasePrefixes(source: string): ReadonlySet<string> | 'any' {
  let found = known.get(source);
  if (found === undefined) {
    found = readLongestPrefixes(source);
    known.set(source, found);
  }
  return found;
}

// The same sources are read for their phrase, for the index of all phrases and for searches built on them.
const known = new Map<string, ReadonlySet<string> | 'any'>();

function readLongestPrefixes(source: string): ReadonlySet<string> | 'any' {
  for (const length of PREFIX_LENGTHS) {
    const found = readPrefixes(source, length);
    if (found !== TOO_MANY) return found;
  }
  return 'any';
}

const TOO_MANY = 'too many';

class TooManyPrefixes extends Error {}

function readPrefixes(source: string, length: number): ReadonlySet<string> | 'any' | typeof TOO_MANY {
  try {
    const reader = new SourceReader(source, length);
    const paths = reader.alternation();
    if (reader.position !== source.length || paths.some((path) => path.text === '')) return 'any';
    return new Set(paths.map((path) => path.text));
  } catch (error) {
    return error instanceof TooManyPrefixes ? TOO_MANY : 'any';
  }
}

const EMPTY: Path[] = [{ text: '', open: false }];
const UNKNOWN: Path[] = [{ text: '', open: true }];
const DIGITS: Path[] = [...'0123456789'].map((digit) => ({ text: digit, open: false }));

class SourceReader extends RegexSourceReader {
  constructor(
    source: string,
    private readonly length: number,
  ) {
    super(source);
  }

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
      if (paths.every((path) => isComplete(path, this.length))) {
        this.skipRestOfSequence();
        break;
      }
      const item = this.quantified(this.item());
      paths = distinct(paths.flatMap((path) => extend(path, item, this.length)));
      if (paths.length > MAX_PREFIXES) throw new TooManyPrefixes();
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
    if (kind === 'lookahead' && this.atAlternativeEnd())
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
function isComplete(path: Path, length: number): boolean {
  return path.open || path.text.length >= length;
}

function extend(path: Path, next: Path[], length: number): Path[] {
  if (isComplete(path, length)) return [path];
  return next.map((item) => {
    const text = path.text + item.text;
    return text.length >= length ? { text: text.slice(0, length), open: true } : { text, open: item.open };
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
