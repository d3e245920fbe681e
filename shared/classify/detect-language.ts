import type { Language } from './language-packs';
import { HASH_SEED, hashOf, hashStep } from './text-hash';

// The language shows in the first few sentences. A mail in two languages puts its own first and an English
// version after it (which must not outvote it), so only the first words count.
const MAX_WORDS = 60;
const APOSTROPHE = 39;
const LETTER = /^\p{L}$/u;
// Whether each UTF-16 code is a letter, learnt on first sight (0 unknown, 1 letter, 2 not): a regex test per
// character, or per word, is most of the cost of reading the words.
const letterCodes = new Uint8Array(0x10000);

interface Stopword {
  word: string;
  /** The languages it is a stop-word of. */
  languages: Language[];
}

interface StopwordTable {
  /** By the hash of the word (text-hash.ts): the stop-words with that hash. */
  byHash: Map<number, Stopword[]>;
  /** The longest stop-word's length: a longer word is never looked up. */
  longest: number;
}

const stopwordTables = new WeakMap<readonly Language[], StopwordTable>();

/** One table for all languages: one lookup per word, not one per language. */
function stopwordTable(languages: readonly Language[]): StopwordTable {
  const cached = stopwordTables.get(languages);
  if (cached) return cached;
  const languagesOf = new Map<string, Language[]>();
  for (const language of languages) {
    for (const word of language.stopwords)
      languagesOf.set(word, [...(languagesOf.get(word) ?? []), language]);
  }
  const byHash = new Map<number, Stopword[]>();
  for (const [word, wordLanguages] of languagesOf) {
    const hash = hashOf(word);
    byHash.set(hash, [...(byHash.get(hash) ?? []), { word, languages: wordLanguages }]);
  }
  const table = { byHash, longest: Math.max(0, ...[...languagesOf.keys()].map((word) => word.length)) };
  stopwordTables.set(languages, table);
  return table;
}

/**
 * The language whose stop-words occur most often in a lower-cased text. A text without any stop-words (a heading,
 * "Stornierung bestätigt") goes to the first language one of whose phrases it contains; null when neither
 * tells. Stop-words are short function words, so a few sentences are enough.
 */
export function detectLanguage(lowerText: string, languages: readonly Language[]): Language | null {
  const table = stopwordTable(languages);
  const counts = new Map<Language, number>();
  forEachStopword(lowerText, table, (stopword) => {
    for (const language of stopword.languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  });
  let best: Language | null = null;
  let bestCount = 0;
  for (const language of languages) {
    const count = counts.get(language) ?? 0;
    if (count > bestCount) {
      best = language;
      bestCount = count;
    }
  }
  if (best) return best;
  return languages.find((language) => language.pack().anySignal.matchesIn(lowerText) !== null) ?? null;
}

/**
 * Calls `found` for each stop-word among the first {@link MAX_WORDS} words of a text (runs of letters and
 * apostrophes). Words are hashed as they are read and compared in place: no word is cut out of the text.
 */
function forEachStopword(text: string, table: StopwordTable, found: (stopword: Stopword) => void): void {
  let words = 0;
  let index = 0;
  while (index < text.length && words < MAX_WORDS) {
    const start = index;
    let hash = HASH_SEED;
    for (let length = wordCharLength(text, index); length > 0; length = wordCharLength(text, index)) {
      for (const end = index + length; index < end; index++) hash = hashStep(hash, text.charCodeAt(index));
    }
    if (index === start) {
      index++;
      continue;
    }
    words++;
    if (index - start > table.longest) continue;
    for (const stopword of table.byHash.get(hash) ?? []) {
      if (stopword.word.length === index - start && text.startsWith(stopword.word, start)) found(stopword);
    }
  }
}

/** How many UTF-16 units the letter or apostrophe at `index` takes (2 for a letter outside the BMP), or 0. */
function wordCharLength(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code === APOSTROPHE) return 1;
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index) ?? code;
    return point > 0xffff && LETTER.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  let known = letterCodes[code];
  if (!known) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    letterCodes[code] = known;
  }
  return known === 1 ? 1 : 0;
}
