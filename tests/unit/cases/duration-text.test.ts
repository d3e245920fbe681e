import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exceedsLongestWindow, parseDurationText } from '../../../shared/cases/duration-text';
import type { Duration, TimeUnit } from '../../../shared/classify/types';

describe('parseDurationText: English phrases', () => {
  it.each<[string, Duration]>([
    ['2 business days', { value: 2, unit: 'business_days' }],
    ['two business days', { value: 2, unit: 'business_days' }],
    ['1 business day', { value: 1, unit: 'business_days' }],
    ['5 working days', { value: 5, unit: 'business_days' }],
    ['three work days', { value: 3, unit: 'business_days' }],
    ['10 business-days', { value: 10, unit: 'business_days' }],
    ['3 days', { value: 3, unit: 'days' }],
    ['a day', { value: 1, unit: 'days' }],
    ['7 calendar days', { value: 7, unit: 'days' }],
    ['1 hour', { value: 1, unit: 'hours' }],
    ['an hour', { value: 1, unit: 'hours' }],
    ['1.5 hours', { value: 1.5, unit: 'hours' }],
    ['48 hrs', { value: 48, unit: 'hours' }],
    ['90 minutes', { value: 90, unit: 'minutes' }],
    ['15 mins', { value: 15, unit: 'minutes' }],
    ['2 weeks', { value: 2, unit: 'weeks' }],
    ['one week', { value: 1, unit: 'weeks' }],
    ['twenty-one days', { value: 21, unit: 'days' }],
    ['thirty days', { value: 30, unit: 'days' }],
    ['forty five minutes', { value: 45, unit: 'minutes' }],
  ])('reads "%s"', (text, expected) => {
    expect(parseDurationText(text)).toEqual(expected);
  });

  it('ignores case, extra spaces and a leading "within"', () => {
    expect(parseDurationText('  Within   Two   Business  Days ')).toEqual({
      value: 2,
      unit: 'business_days',
    });
  });

  it('reads digits glued to a unit or its letter', () => {
    expect(parseDurationText('3h')).toEqual({ value: 3, unit: 'hours' });
    expect(parseDurationText('90min')).toEqual({ value: 90, unit: 'minutes' });
    expect(parseDurationText('2d')).toEqual({ value: 2, unit: 'days' });
    expect(parseDurationText('1w')).toEqual({ value: 1, unit: 'weeks' });
  });
});

describe('parseDurationText: ISO 8601 durations', () => {
  it.each<[string, Duration]>([
    ['PT1H', { value: 1, unit: 'hours' }],
    ['PT90M', { value: 90, unit: 'minutes' }],
    ['PT1H30M', { value: 90, unit: 'minutes' }],
    ['PT0.5H', { value: 0.5, unit: 'hours' }],
    ['P3D', { value: 3, unit: 'days' }],
    ['p3d', { value: 3, unit: 'days' }],
    ['P2W', { value: 2, unit: 'weeks' }],
    ['P1W2D', { value: 9, unit: 'days' }],
    ['PT1,5H', { value: 1.5, unit: 'hours' }],
  ])('reads %s', (text, expected) => {
    expect(parseDurationText(text)).toEqual(expected);
  });

  it('refuses units it has no equivalent for, and days mixed with hours', () => {
    for (const text of ['P1Y', 'P1M', 'PT30S', 'P1DT12H', 'P', 'PT', 'P1DT', 'P-1D', 'PT1H1H']) {
      expect(parseDurationText(text), text).toBeNull();
    }
  });
});

describe('parseDurationText: refusals', () => {
  it('answers null for garbage', () => {
    for (const text of [
      '',
      '   ',
      'soon',
      'garbage',
      'ad',
      'am',
      'two',
      'days',
      'two business',
      'a d',
      '2 fortnights',
    ]) {
      expect(parseDurationText(text), text).toBeNull();
    }
  });

  it('refuses zero, negative, fractional day-based and absurdly long windows', () => {
    for (const text of [
      '0 days',
      'zero hours',
      '-1 days',
      '1.5 days',
      '2.5 business days',
      '999999 days',
      'P9999W',
    ]) {
      expect(parseDurationText(text), text).toBeNull();
    }
  });

  it('refuses letters standing alone as units after number words', () => {
    expect(parseDurationText('two d')).toBeNull();
  });
});

describe('exceedsLongestWindow', () => {
  it('allows ten years and refuses more, whatever the unit', () => {
    expect(exceedsLongestWindow({ value: 3660, unit: 'days' })).toBe(false);
    expect(exceedsLongestWindow({ value: 3661, unit: 'days' })).toBe(true);
    expect(exceedsLongestWindow({ value: 3660 * 24 + 1, unit: 'hours' })).toBe(true);
    expect(exceedsLongestWindow({ value: 522, unit: 'weeks' })).toBe(false); // 3,654 days
    expect(exceedsLongestWindow({ value: 600, unit: 'weeks' })).toBe(true);
  });
});

describe('parseDurationText properties', () => {
  const unitWords: Array<[string, TimeUnit]> = [
    ['minutes', 'minutes'],
    ['hours', 'hours'],
    ['days', 'days'],
    ['business days', 'business_days'],
    ['working days', 'business_days'],
    ['weeks', 'weeks'],
  ];

  it('reads any whole number of any unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.constantFrom(...unitWords), (value, [word, unit]) => {
        expect(parseDurationText(`${value} ${word}`)).toEqual({ value, unit });
      }),
    );
  });

  it('never throws, and only ever answers a positive finite window', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const duration = parseDurationText(text);
        if (duration !== null) {
          expect(Number.isFinite(duration.value)).toBe(true);
          expect(duration.value).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
