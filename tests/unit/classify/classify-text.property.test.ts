import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../shared/classify/classify-text';
import { KINDS } from '../../../shared/classify/types';

const UNITS = ['minutes', 'hours', 'days', 'business_days', 'weeks'];

/** Text made of pieces that exercise the rules: phrases, numbers, sums, labels and arbitrary Unicode. */
const vendorishText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.constantFrom(
        'has been cancelled',
        'refund of €12,50',
        'within 5-10 business days',
        'не е анулирана',
        'n° ',
        'Case number: ',
        'if you',
        '1.234,56 €',
        '\n\n',
        '. ',
        '?',
        'Ihre Kündigung ist eingegangen',
        'se hará en un plazo de dos días hábiles',
      ),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('classifyText on arbitrary input', () => {
  it('never throws and always returns a valid shape', () => {
    fc.assert(
      fc.property(
        vendorishText,
        fc.string(),
        fc.array(fc.jsonValue(), { maxLength: 3 }),
        (text, subject, jsonLd) => {
          const result = classifyText({ subject, text, jsonLd });
          expect(result.kinds.every((kind) => KINDS.includes(kind))).toBe(true);
          expect(new Set(result.kinds).size).toBe(result.kinds.length);
          expect(result.amount === null || /^\d+\.\d{2}$/.test(result.amount)).toBe(true);
          expect(result.amount === null).toBe(result.currency === null);
          expect(result.currency === null || /^[A-Z]{3}$/.test(result.currency)).toBe(true);
          expect(result.language === null || /^[a-z]{2}$/.test(result.language)).toBe(true);
          for (const promise of result.promises) {
            expect(KINDS).toContain(promise.expect);
            expect(UNITS).toContain(promise.within.unit);
            expect(Number.isInteger(promise.within.value) && promise.within.value > 0).toBe(true);
          }
          expect(result.evidence.every((line) => typeof line === 'string')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('survives values that are not what the type says', () => {
    const odd = { subject: undefined, text: null, jsonLd: 'nope' } as unknown as Parameters<
      typeof classifyText
    >[0];
    expect(classifyText(odd).kinds).toEqual([]);
  });
});
