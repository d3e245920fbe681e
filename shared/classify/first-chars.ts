/**
 * The characters a regex source can start matching with: a small reader of the regex forms the language
 * files use (literals, groups, alternations, optional items, look-arounds). Whatever it cannot pin down
 * (classes, `\S`, `\p{…}`, back-references) counts as "any character": the answer may be too wide, never
 * too narrow, so a prefilter built on it skips only positions where the regex cannot match.
 */
export type FirstChars = ReadonlySet<string> | 'any';

interface Reading {
  chars: Set<string> | 'any';
  nullable: boolean;
}

/** The first characters of a regex source, or 'any'. */
export function firstChars(source: string): FirstChars {
  try {
    const reader = new SourceReader(source);
    const reading = reader.alternation();
    if (reader.position !== source.length || reading.nullable) return 'any';
    return reading.chars;
  } catch {
    return 'any';
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
    return alternatives.reduce((all, one) => ({
      chars: union(all.chars, one.chars),
      nullable: all.nullable || one.nullable,
    }));
  }

  private sequence(): Reading {
    let chars: Set<string> | 'any' = new Set();
    let nullable = true;
    while (
      this.position < this.source.length &&
      this.source[this.position] !== '|' &&
      this.source[this.position] !== ')'
    ) {
      const item = this.item();
      const optional = this.quantifier();
      if (nullable) chars = union(chars, item.chars);
      nullable = nullable && (item.nullable || optional);
    }
    return { chars, nullable };
  }

  private item(): Reading {
    const char = this.source[this.position] ?? '';
    if (char === '(') return this.group();
    if (char === '[') {
      this.skipClass();
      return { chars: 'any', nullable: false };
    }
    if (char === '\\') {
      const next = this.source[this.position + 1] ?? '';
      this.position += 2;
      if (next === 'p' || next === 'P' || next === 'u') this.skipBraces();
      if (/[dDsSwWpPbBkux0-9]/.test(next)) return { chars: 'any', nullable: false };
      return { chars: new Set([next]), nullable: false };
    }
    if (char === '^' || char === '$') {
      this.position++;
      return { chars: new Set(), nullable: true };
    }
    this.position++;
    if (char === '.') return { chars: 'any', nullable: false };
    return { chars: new Set([char]), nullable: false };
  }

  private group(): Reading {
    this.position++; // (
    let lookaround = false;
    if (this.source[this.position] === '?') {
      const kind = this.source.slice(this.position, this.position + 3);
      if (kind.startsWith('?:')) this.position += 2;
      else if (kind === '?<=' || kind === '?<!') {
        this.position += 3;
        lookaround = true;
      } else if (kind.startsWith('?=') || kind.startsWith('?!')) {
        this.position += 2;
        lookaround = true;
      } else if (kind.startsWith('?<')) this.position = this.source.indexOf('>', this.position) + 1;
      else throw new Error('unknown group');
    }
    const inner = this.alternation();
    if (this.source[this.position] !== ')') throw new Error('unclosed group');
    this.position++;
    // A look-around consumes nothing: what follows it decides the first character.
    return lookaround ? { chars: new Set(), nullable: true } : inner;
  }

  /** Reads a quantifier after an item; true when it allows zero repetitions. */
  private quantifier(): boolean {
    const char = this.source[this.position];
    let optional = false;
    if (char === '?' || char === '*') {
      optional = true;
      this.position++;
    } else if (char === '+') this.position++;
    else if (char === '{') {
      const close = this.source.indexOf('}', this.position);
      const minimum = Number(this.source.slice(this.position + 1, close).split(',')[0]);
      optional = minimum === 0;
      this.position = close + 1;
    } else return false;
    if (this.source[this.position] === '?') this.position++;
    return optional;
  }

  private skipClass(): void {
    this.position++;
    while (this.position < this.source.length && this.source[this.position] !== ']') {
      this.position += this.source[this.position] === '\\' ? 2 : 1;
    }
    if (this.source[this.position] !== ']') throw new Error('unclosed class');
    this.position++;
  }

  private skipBraces(): void {
    if (this.source[this.position] !== '{') return;
    this.position = this.source.indexOf('}', this.position) + 1;
  }
}

function union(a: Set<string> | 'any', b: Set<string> | 'any'): Set<string> | 'any' {
  if (a === 'any' || b === 'any') return 'any';
  return new Set([...a, ...b]);
}
