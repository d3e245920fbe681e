import type { LanguagePack } from './language-pack';

const WORDS = /[\p{L}']+/gu;
// The language shows in the first few sentences; reading a long mail to its end changes no verdict.
const MAX_WORDS = 400;

const stopwordTables = new WeakMap<readonly LanguagePack[], Map<string, LanguagePack[]>>();

/** One table for all packs (word → the packs it is a stop-word of): one lookup per word, not one per pack. */
function stopwordTable(packs: readonly LanguagePack[]): Map<string, LanguagePack[]> {
  const cached = stopwordTables.get(packs);
  if (cached) return cached;
  const table = new Map<string, LanguagePack[]>();
  for (const pack of packs) {
    for (const word of pack.stopwords) table.set(word, [...(table.get(word) ?? []), pack]);
  }
  stopwordTables.set(packs, table);
  return table;
}

/**
 * The pack whose stop-words occur most often in the text (ISO 639-1 by pack). A text without any
 * stop-words (a heading, "Stornierung bestätigt") goes to the first pack one of whose phrases it
 * contains; null when neither tells. Stop-words are short function words, so a few sentences are enough.
 */
export function detectLanguage(text: string, packs: readonly LanguagePack[]): LanguagePack | null {
  const table = stopwordTable(packs);
  const counts = new Map<LanguagePack, number>();
  const lower = text.toLowerCase();
  WORDS.lastIndex = 0;
  let words = 0;
  for (let match = WORDS.exec(lower); match && words < MAX_WORDS; match = WORDS.exec(lower), words++) {
    for (const pack of table.get(match[0]) ?? []) counts.set(pack, (counts.get(pack) ?? 0) + 1);
  }
  let best: LanguagePack | null = null;
  let bestCount = 0;
  for (const pack of packs) {
    const count = counts.get(pack) ?? 0;
    if (count > bestCount) {
      best = pack;
      bestCount = count;
    }
  }
  if (best) return best;
  return packs.find((pack) => pack.anySignal.test(lower)) ?? null;
}
