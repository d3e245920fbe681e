import type { LanguagePack } from './language-pack';

const WORDS = /[\p{L}']+/gu;

/**
 * The pack whose stop-words occur most often in the text (ISO 639-1 by pack), or null when no pack's
 * stop-words occur at all. Stop-words are short function words, so a few sentences are enough.
 */
export function detectLanguage(text: string, packs: readonly LanguagePack[]): LanguagePack | null {
  const counts = new Map<LanguagePack, number>();
  for (const word of text.toLowerCase().match(WORDS) ?? []) {
    for (const pack of packs) if (pack.stopwords.has(word)) counts.set(pack, (counts.get(pack) ?? 0) + 1);
  }
  let best: LanguagePack | null = null;
  let bestCount = 0;
  for (const [pack, count] of counts) {
    if (count > bestCount) {
      best = pack;
      bestCount = count;
    }
  }
  return best;
}
