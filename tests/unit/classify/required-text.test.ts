import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/classify/language-packs';
import { requiredText } from '../../../shared/classify/required-text';
import { normalizeText, splitSentences } from '../../../shared/classify/sentences';
import { readVendorMessage } from '../../../shared/mail/read-vendor-message';
import { loadCorpus } from '../../helpers/corpus';

const required = (source: string) => requiredText(source)?.sort() ?? null;

describe('the text every match of a phrase pattern contains', () => {
  it('joins literals and alternations into the strings a match must hold', () => {
    expect(required('refund (?:has been|was) issued')).toEqual([
      'refund has been issued',
      'refund was issued',
    ]);
    // Past two alternatives the strings cost more to check than they save: the run stops before them.
    expect(required('(?:we|i) cancell?ed')).toEqual(['i cancel', 'we cancel']);
    expect(required("(?:we|i)(?:'ve| have)? cancell?ed")).toEqual([' canceled', ' cancelled']);
  });

  it('looks through look-arounds, which are no part of a match', () => {
    expect(required('(?<![a-z])(?<!not )refunded(?! nothing)')).toEqual(['refunded']);
  });

  it('keeps the strongest piece around what it cannot read', () => {
    expect(required('your \\w+ request (?:was|has been) received')).toEqual([
      ' request has been received',
      ' request was received',
    ]);
    expect(required('(?:\\w+ ){0,3}(?:cancellation|termination)')).toEqual(['cancellation', 'termination']);
    expect(required('refund[^.]{0,40}issued')).toEqual(['refund']);
  });

  it('takes one copy of a repeated piece, and nothing from an optional one', () => {
    expect(required('(?:refund )+now')).toEqual(['refund ']);
    expect(required('ab(?:cdefgh)?')).toBeNull();
  });

  it('answers nothing when no string of four characters or more is certain', () => {
    expect(required('[a-z]+ at\\s+\\d+')).toBeNull();
    expect(required('(?:a|bcdef)xy')).toBeNull();
    expect(required('(unclosed')).toBeNull();
  });

  it('never rules out a text a pattern of the language files matches', async () => {
    const sentences: string[] = [];
    for (const { raw } of loadCorpus()) {
      const message = await readVendorMessage(raw);
      for (const sentence of splitSentences(normalizeText(`${message.subject}\n\n${message.text}`))) {
        sentences.push(sentence.toLowerCase());
      }
    }
    const patterns = LANGUAGES.flatMap((language) => language.pack().signals)
      .map((signal) => signal.regex)
      .filter((regex) => !regex.flags.includes('i'));
    let checked = 0;
    for (const regex of patterns) {
      const strings = requiredText(regex.source);
      if (!strings) continue;
      for (const sentence of sentences) {
        regex.lastIndex = 0;
        if (!regex.test(sentence)) continue;
        checked++;
        expect(
          strings.some((text) => sentence.includes(text)),
          `${regex.source}\n${sentence}`,
        ).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('never rules out a text that a pattern matches, with matches set among random words', () => {
    const patterns = [
      '(?:has|have) been (?:refunded|credited)',
      "we[' ]ve (?:now )?sent",
      'ab+cd(?:ef|gh)',
      'x(?:yz|zz)*wvut',
    ];
    // Matches of the patterns (of every branch) among noise, so that every sample matches at least one pattern.
    const matches = [
      'has been refunded',
      'have been credited',
      "we've now sent",
      'we ve sent',
      'abbcdgh',
      'xzzyzwvut',
    ];
    const noise = fc.stringMatching(/^[abcdehnrstuvwxyz' ]{0,12}$/);
    const text = fc.tuple(noise, fc.constantFrom(...matches), noise).map((parts) => parts.join(''));
    let matched = 0;
    fc.assert(
      fc.property(text, (sample) => {
        for (const pattern of patterns) {
          const strings = requiredText(pattern);
          if (!strings || !new RegExp(pattern).test(sample)) continue;
          matched++;
          expect(
            strings.some((part) => sample.includes(part)),
            `${pattern}: ${sample}`,
          ).toBe(true);
        }
      }),
    );
    expect(matched).toBeGreaterThanOrEqual(100);
  });
});
