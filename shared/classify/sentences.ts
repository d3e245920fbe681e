import { type LanguagePack, matchesOf } from './language-pack';

/** Typographic variants folded so that language files can spell phrases one way. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]|\u034f/g, '')
    .replace(/^[ \t]*>+[ \t]?/gm, '');
}

// A sentence ends at . ! or ? followed by a capital (or an opening quote or bracket); "г. беше" does not end one.
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}"'(¿¡])/u;
const LINE_CONTINUES = /^[\p{Ll}\p{N}(]/u;

/**
 * Splits text into sentences. Lines that a mail client wrapped (the next line starting in lower case)
 * are joined first; blank lines, table rows and list items stay apart.
 */
export function splitSentences(text: string): string[] {
  const lines = text.split('\n');
  const logical: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) {
      if (current) logical.push(current);
      current = '';
      continue;
    }
    if (current && LINE_CONTINUES.test(line) && !/[.!?:;]$/.test(current)) current += ` ${line}`;
    else {
      if (current) logical.push(current);
      current = line;
    }
  }
  if (current) logical.push(current);
  const sentences: string[] = [];
  for (const line of logical) {
    for (const sentence of line.split(SENTENCE_END)) {
      const trimmed = sentence.trim();
      if (trimmed) sentences.push(trimmed);
    }
  }
  return sentences;
}

/** Where in a sentence statements are hypothetical, subordinate, future or negated. */
export interface SentenceScopes {
  /** The sentence as written, for evidence. */
  original: string;
  /** The sentence lower-cased: what the (lower-case) pack patterns run on; all offsets refer to it. */
  sentence: string;
  isQuestion: boolean;
  /** [start, end) ranges that are conditional ("if …") or temporal ("once …") clauses. */
  hypothetical: [number, number][];
  /** Offset from which the sentence speaks of the future ("we will …"), or Infinity. */
  futureFrom: number;
  clauseStarts: number[];
}

/** Finds the scopes of conditionals, temporal clauses and future markers in one sentence. */
export function analyseSentence(original: string, pack: LanguagePack): SentenceScopes {
  const sentence = original.toLowerCase();
  const clauseStarts: number[] = [0];
  for (const match of matchesOf(pack.clauseBreak, sentence)) clauseStarts.push(match.index + match[0].length);
  const hypothetical: [number, number][] = [];
  for (const match of matchesOf(pack.conditional, sentence))
    hypothetical.push([match.index, sentence.length]);
  for (const match of matchesOf(pack.temporal, sentence)) {
    const start = match.index;
    const end = nextClauseBreak(sentence, start + match[0].length);
    hypothetical.push([start, end]);
  }
  let futureFrom = Number.POSITIVE_INFINITY;
  for (const match of matchesOf(pack.future, sentence)) {
    futureFrom = match.index;
    break;
  }
  return {
    original,
    sentence,
    isQuestion: /\?\s*$/.test(sentence) || sentence.startsWith('¿'),
    hypothetical,
    futureFrom,
    clauseStarts,
  };
}

function nextClauseBreak(sentence: string, from: number): number {
  const rest = sentence.slice(from);
  const match = /[,;:–—]/.exec(rest);
  return match ? from + match.index : sentence.length;
}

/** Whether the span [from, to) reaches into a conditional or temporal clause. */
export function isHypothetical(scopes: SentenceScopes, from: number, to = from + 1): boolean {
  return scopes.hypothetical.some(([start, end]) => from < end && to > start);
}

/** Start offset of the clause holding `offset`. */
export function clauseStart(scopes: SentenceScopes, offset: number): number {
  let start = 0;
  for (const candidate of scopes.clauseStarts)
    if (candidate <= offset && candidate > start) start = candidate;
  return start;
}

/** End offset of the clause holding `offset`. */
export function clauseEnd(scopes: SentenceScopes, offset: number): number {
  let end = scopes.sentence.length;
  for (const candidate of scopes.clauseStarts) if (candidate > offset && candidate < end) end = candidate;
  return end;
}

/** Whether the clause leading up to (and including) a phrase negates it. */
export function isNegated(scopes: SentenceScopes, start: number, end: number, pack: LanguagePack): boolean {
  return pack.negation.test(scopes.sentence.slice(clauseStart(scopes, start), end));
}
