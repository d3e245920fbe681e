import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  type LanguagePack,
  matchesOf,
  type PhraseSearch,
  successiveMatches,
} from '../../../shared/classify/language-pack';
import { LANGUAGES } from '../../../shared/classify/language-packs';

const PACKS = LANGUAGES.map((language) => language.pack());

import { normalizeText, splitSentences } from '../../../shared/classify/sentences';
import { readVendorMessage } from '../../../shared/mail/read-vendor-message';
import { loadCorpus } from '../../helpers/corpus';

/** Every match of each word-anchored phrase, found the fast way (by the index, at word starts only). */
function fastMatches(pack: LanguagePack, text: string): [number, string][][] {
  const hits = pack.anySignal.matchesIn(text);
  return pack.signals
    .map((signal, position) => [signal, hits?.get(position) ?? []] as const)
    .filter(([signal]) => signal.atWordStart)
    .map(([, found]) => [...successiveMatches(found)].map((m) => [m.index, m[0]]));
}

/** Whether any phrase of the pack, word-anchored or not, matches the text. */
function anyMatches(pack: LanguagePack, text: string): boolean {
  return pack.signals.some((signal) => !matchesOf(signal.regex, text).next().done);
}

/** The same, by a full search of the text. */
function fullMatches(pack: LanguagePack, text: string): [number, string][][] {
  return pack.signals
    .filter((signal) => signal.atWordStart)
    .map((signal) => [...matchesOf(signal.regex, text)].map((m) => [m.index, m[0]]));
}

/** The pack's searches other than the phrases (refusals, vouchers, negations…), by name. */
function phraseSearches(pack: LanguagePack): [string, PhraseSearch][] {
  return Object.entries(pack).filter((entry): entry is [string, PhraseSearch] => {
    const value: unknown = entry[1];
    return typeof value === 'object' && value !== null && 'matches' in value && 'regex' in value;
  });
}

/** Each search's matches found its own way, and by a full search of the regex as written. */
function searchResults(pack: LanguagePack, text: string) {
  return phraseSearches(pack).map(([name, search]) => ({
    name,
    found: [...search.matches(text)].map((m) => [m.index, m[0]]),
    holds: search.test(text),
  }));
}

function fullSearchResults(pack: LanguagePack, text: string) {
  return phraseSearches(pack).map(([name, search]) => {
    const found = [...matchesOf(search.regex, text)].map((m) => [m.index, m[0]]);
    return { name, found, holds: found.length > 0 };
  });
}

describe('the phrase index (phrases tried only at the word starts where some phrase can begin)', () => {
  // Real vendor sentences hold the phrases; cut and joined at random they also put them at odd places.
  let sentences: string[] = [];
  beforeAll(async () => {
    for (const { raw } of loadCorpus()) {
      const message = await readVendorMessage(raw);
      for (const sentence of splitSentences(normalizeText(`${message.subject}\n\n${message.text}`))) {
        sentences.push(sentence.toLowerCase());
      }
    }
    sentences = [...new Set(sentences)];
  });

  // Pieces of real sentences cut and joined at random: they also put the phrases at odd places.
  const piecesJoined = () => {
    const piece = fc.tuple(fc.nat(), fc.nat(), fc.nat()).map(([which, from, length]) => {
      const sentence = sentences[which % sentences.length] ?? '';
      const start = from % (sentence.length + 1);
      return sentence.slice(start, start + (length % 120));
    });
    return fc
      .array(fc.oneof(piece, fc.constantFrom(' ', '-', "'", 'x', '4')), { minLength: 1, maxLength: 4 })
      .map((parts) => parts.join(''));
  };

  it('finds every match a full search finds, in corpus sentences', () => {
    let matched = 0;
    for (const pack of PACKS) {
      for (const sentence of sentences) {
        const expected = fullMatches(pack, sentence);
        expect(fastMatches(pack, sentence)).toEqual(expected);
        expect(pack.anySignal.matchesIn(sentence) !== null).toBe(anyMatches(pack, sentence));
        if (expected.some((matches) => matches.length > 0)) matched++;
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('finds every match a full search finds, in pieces of sentences cut and joined at random', () => {
    fc.assert(
      fc.property(piecesJoined(), fc.constantFrom(...PACKS), (sample, pack) => {
        expect(fastMatches(pack, sample)).toEqual(fullMatches(pack, sample));
        if (pack.anySignal.matchesIn(sample) === null) expect(anyMatches(pack, sample)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the searches of a pack (refusals, vouchers, negations…) the matches a full search finds', () => {
    let matched = 0;
    for (const pack of PACKS) {
      expect(phraseSearches(pack).length).toBeGreaterThan(8);
      for (const sentence of sentences) {
        const expected = fullSearchResults(pack, sentence);
        expect(searchResults(pack, sentence)).toEqual(expected);
        matched += expected.filter((result) => result.holds).length;
      }
    }
    expect(matched).toBeGreaterThan(100);
  });

  it("gives the searches of a pack a full search's matches in pieces cut and joined at random", () => {
    fc.assert(
      fc.property(piecesJoined(), fc.constantFrom(...PACKS), (sample, pack) => {
        expect(searchResults(pack, sample)).toEqual(fullSearchResults(pack, sample));
      }),
      { numRuns: 300 },
    );
  });
});
