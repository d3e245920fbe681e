import Holidays from 'date-holidays';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { computeDueAt, type DeadlineCalendar } from '../../../shared/cases/deadlines';
import type { Duration } from '../../../shared/classify/types';

const BERLIN: DeadlineCalendar = { timeZone: 'Europe/Berlin', country: 'DE' };
const SOFIA: DeadlineCalendar = { timeZone: 'Europe/Sofia', country: 'BG' };
const NEW_YORK: DeadlineCalendar = { timeZone: 'America/New_York', country: 'US' };

/** Due instant as an ISO string, so a failure shows both instants readably. */
function due(promisedAtIso: string, within: Duration, calendar: DeadlineCalendar): string {
  return computeDueAt(new Date(promisedAtIso), within, calendar).toISOString();
}

const minutes = (value: number): Duration => ({ value, unit: 'minutes' });
const hours = (value: number): Duration => ({ value, unit: 'hours' });
const days = (value: number): Duration => ({ value, unit: 'days' });
const weeks = (value: number): Duration => ({ value, unit: 'weeks' });
const businessDays = (value: number): Duration => ({ value, unit: 'business_days' });

describe('minutes and hours are added in absolute time', () => {
  it('gives one real hour for "within one hour" across the US spring-forward gap', () => {
    // Sun 2026-03-08 01:30 EST (06:30Z); clocks jump 02:00 EST → 03:00 EDT; one hour later is 03:30 EDT = 07:30Z.
    expect(due('2026-03-08T06:30:00Z', hours(1), NEW_YORK)).toBe('2026-03-08T07:30:00.000Z');
  });

  it('gives one real hour across the European spring-forward gap', () => {
    // Sun 2026-03-29 01:30 CET (00:30Z); clocks jump 02:00 CET → 03:00 CEST; one hour later is 03:30 CEST = 01:30Z.
    expect(due('2026-03-29T00:30:00Z', hours(1), BERLIN)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('gives one real hour across the US fall-back, even though the wall clock reads the same', () => {
    // Sun 2026-11-01 01:30 EDT (05:30Z); one hour later is 01:30 EST = 06:30Z.
    expect(due('2026-11-01T05:30:00Z', hours(1), NEW_YORK)).toBe('2026-11-01T06:30:00.000Z');
  });

  it('adds minutes and fractional hours to the millisecond', () => {
    expect(due('2026-05-04T10:15:30.250Z', minutes(90), BERLIN)).toBe('2026-05-04T11:45:30.250Z');
    expect(due('2026-05-04T10:00:00Z', hours(1.5), BERLIN)).toBe('2026-05-04T11:30:00.000Z');
  });

  it('ignores holidays and weekends for hours', () => {
    // Good Friday 2026-04-03 in Germany: 24 hours after Thursday 10:00Z is Friday 10:00Z all the same.
    expect(due('2026-04-02T10:00:00Z', hours(24), BERLIN)).toBe('2026-04-03T10:00:00.000Z');
  });
});

describe('calendar days end at 23:59:59 local time on the Nth day after the promise day', () => {
  it('ends a day on the 23-hour day of the European spring change', () => {
    // Sat 2026-03-28 10:00 CET (09:00Z) + 1 day → Sun 2026-03-29 23:59:59 CEST (UTC+2) = 21:59:59Z.
    expect(due('2026-03-28T09:00:00Z', days(1), BERLIN)).toBe('2026-03-29T21:59:59.000Z');
  });

  it('ends a day on the 25-hour day of the European autumn change', () => {
    // Sat 2026-10-24 10:00 CEST (08:00Z) + 1 day → Sun 2026-10-25 23:59:59 CET (UTC+1) = 22:59:59Z.
    expect(due('2026-10-24T08:00:00Z', days(1), BERLIN)).toBe('2026-10-25T22:59:59.000Z');
  });

  it('counts days across the spring change in Sofia', () => {
    // Fri 2026-03-27 12:00 EET (10:00Z) + 3 days → Mon 2026-03-30 23:59:59 EEST (UTC+3) = 20:59:59Z.
    expect(due('2026-03-27T10:00:00Z', days(3), SOFIA)).toBe('2026-03-30T20:59:59.000Z');
  });

  it('counts days across the US spring and autumn changes', () => {
    // Sat 2026-03-07 09:00 EST (14:00Z) + 2 days → Mon 2026-03-09 23:59:59 EDT (UTC−4) = 03-10 03:59:59Z.
    expect(due('2026-03-07T14:00:00Z', days(2), NEW_YORK)).toBe('2026-03-10T03:59:59.000Z');
    // Sat 2026-10-31 12:00 EDT (16:00Z) + 1 day → Sun 2026-11-01 23:59:59 EST (UTC−5) = 11-02 04:59:59Z.
    expect(due('2026-10-31T16:00:00Z', days(1), NEW_YORK)).toBe('2026-11-02T04:59:59.000Z');
  });

  it('takes the promise day from the calendar time zone', () => {
    // 2026-06-30 23:30Z is Wed 07-01 01:30 in Berlin but Tue 06-30 19:30 in New York.
    // Berlin: Thu 07-02 23:59:59 CEST = 21:59:59Z. New York: Wed 07-01 23:59:59 EDT = 07-02 03:59:59Z.
    expect(due('2026-06-30T23:30:00Z', days(1), BERLIN)).toBe('2026-07-02T21:59:59.000Z');
    expect(due('2026-06-30T23:30:00Z', days(1), NEW_YORK)).toBe('2026-07-02T03:59:59.000Z');
  });

  it('counts weekends and holidays as days', () => {
    // Thu 2026-04-02 10:00 CEST (08:00Z) + 4 days → Mon 2026-04-06 (Easter Monday) 23:59:59 CEST = 21:59:59Z.
    expect(due('2026-04-02T08:00:00Z', days(4), BERLIN)).toBe('2026-04-06T21:59:59.000Z');
  });

  it('ends a promise of 0 days with the promise day', () => {
    // Mon 2026-05-04 10:00 CEST → the same day 23:59:59 CEST = 21:59:59Z.
    expect(due('2026-05-04T08:00:00Z', days(0), BERLIN)).toBe('2026-05-04T21:59:59.000Z');
  });

  it('rounds a fractional number of days up', () => {
    // Mon 2026-05-04 + 1.5 days → as 2 days: Wed 2026-05-06 23:59:59 CEST = 21:59:59Z.
    expect(due('2026-05-04T08:00:00Z', days(1.5), BERLIN)).toBe('2026-05-06T21:59:59.000Z');
  });

  it('takes the later 23:59:59 when a fall-back at midnight makes it occur twice', () => {
    // Santiago falls back at Sun 2026-04-05 00:00 (UTC−3) to Sat 23:00 (UTC−4): Sat 23:59:59 occurs at 02:59:59Z
    // and again at 03:59:59Z; Saturday ends at the second. Promise Fri 2026-04-03 12:00 UTC−3 (15:00Z) + 1 day.
    expect(due('2026-04-03T15:00:00Z', days(1), { timeZone: 'America/Santiago', country: null })).toBe(
      '2026-04-05T03:59:59.000Z',
    );
  });
});

describe('weeks are seven calendar days each', () => {
  it('ends the seventh day at 23:59:59 local, across the autumn change', () => {
    // Mon 2026-10-19 09:00 CEST (07:00Z) + 1 week → Mon 2026-10-26 23:59:59 CET = 22:59:59Z.
    expect(due('2026-10-19T07:00:00Z', weeks(1), BERLIN)).toBe('2026-10-26T22:59:59.000Z');
  });

  it('equals the same number of days times seven', () => {
    const promisedAt = '2026-02-10T15:00:00Z';
    expect(due(promisedAt, weeks(3), NEW_YORK)).toBe(due(promisedAt, days(21), NEW_YORK));
  });
});

describe('business days skip weekends and public holidays', () => {
  it('counts Monday and Tuesday after a Friday promise, across the spring change (Berlin)', () => {
    // Fri 2026-03-27 10:00 CET (09:00Z) + 2 business days → Mon 30, Tue 31 → Tue 23:59:59 CEST = 21:59:59Z.
    expect(due('2026-03-27T09:00:00Z', businessDays(2), BERLIN)).toBe('2026-03-31T21:59:59.000Z');
  });

  it('skips Good Friday and Easter Monday in Germany', () => {
    // Thu 2026-04-02 10:00 CEST (08:00Z): Fri 04-03 Good Friday, weekend, Mon 04-06 Easter Monday.
    // 1 business day → Tue 04-07 23:59:59 CEST = 21:59:59Z; 2 → Wed 04-08 21:59:59Z.
    expect(due('2026-04-02T08:00:00Z', businessDays(1), BERLIN)).toBe('2026-04-07T21:59:59.000Z');
    expect(due('2026-04-02T08:00:00Z', businessDays(2), BERLIN)).toBe('2026-04-08T21:59:59.000Z');
  });

  it('skips only weekends when the country is not known', () => {
    // Same promise, no country: Fri 2026-04-03 is an ordinary business day → 23:59:59 CEST = 21:59:59Z.
    expect(due('2026-04-02T08:00:00Z', businessDays(1), { timeZone: 'Europe/Berlin', country: null })).toBe(
      '2026-04-03T21:59:59.000Z',
    );
  });

  it('counts Monday as the first business day after a Saturday promise', () => {
    // Sat 2026-03-28 10:00 CET (09:00Z) + 1 business day → Mon 2026-03-30 23:59:59 CEST = 21:59:59Z.
    expect(due('2026-03-28T09:00:00Z', businessDays(1), BERLIN)).toBe('2026-03-30T21:59:59.000Z');
  });

  it('counts a promise made late on Friday local time as Friday, even when it is already Saturday in UTC', () => {
    // Fri 2026-05-08 23:30 EDT = Sat 03:30Z; + 1 business day → Mon 05-11 23:59:59 EDT = 05-12 03:59:59Z.
    expect(due('2026-05-09T03:30:00Z', businessDays(1), NEW_YORK)).toBe('2026-05-12T03:59:59.000Z');
  });

  it('skips the Orthodox Good Friday and Easter Monday in Bulgaria, not the Western ones', () => {
    // Thu 2026-04-09 11:00 EEST (08:00Z): Fri 04-10 Good Friday, weekend, Mon 04-13 Easter Monday (Orthodox).
    // → Tue 2026-04-14 23:59:59 EEST (UTC+3) = 20:59:59Z.
    expect(due('2026-04-09T08:00:00Z', businessDays(1), SOFIA)).toBe('2026-04-14T20:59:59.000Z');
    // Thu 2026-04-02 11:00 EEST: the Western Good Friday (04-03) is a business day in Bulgaria.
    expect(due('2026-04-02T08:00:00Z', businessDays(1), SOFIA)).toBe('2026-04-03T20:59:59.000Z');
  });

  it('skips Liberation Day (3 March) in Bulgaria', () => {
    // Mon 2026-03-02 10:00 EET (08:00Z): Tue 03-03 is a holiday → Wed 03-04 23:59:59 EET (UTC+2) = 21:59:59Z.
    expect(due('2026-03-02T08:00:00Z', businessDays(1), SOFIA)).toBe('2026-03-04T21:59:59.000Z');
  });

  it('counts business days across the spring change in Sofia', () => {
    // Fri 2026-03-27 12:00 EET (10:00Z) + 1 → Mon 03-30 23:59:59 EEST = 20:59:59Z.
    expect(due('2026-03-27T10:00:00Z', businessDays(1), SOFIA)).toBe('2026-03-30T20:59:59.000Z');
  });

  it('skips Thanksgiving in the US but not the day after (an observance, not a public holiday)', () => {
    // Wed 2026-11-25 10:00 EST (15:00Z): Thu 11-26 Thanksgiving → Fri 11-27 23:59:59 EST = 11-28 04:59:59Z.
    expect(due('2026-11-25T15:00:00Z', businessDays(1), NEW_YORK)).toBe('2026-11-28T04:59:59.000Z');
  });

  it('skips the observed Independence Day when 4 July falls on a Saturday', () => {
    // Thu 2026-07-02 10:00 EDT (14:00Z): Fri 07-03 is the substitute holiday, then the weekend
    // → Mon 07-06 23:59:59 EDT = 07-07 03:59:59Z.
    expect(due('2026-07-02T14:00:00Z', businessDays(1), NEW_YORK)).toBe('2026-07-07T03:59:59.000Z');
  });

  it('counts business days across the US autumn change', () => {
    // Fri 2026-10-30 10:00 EDT (14:00Z) + 1 → Mon 11-02 23:59:59 EST = 11-03 04:59:59Z.
    expect(due('2026-10-30T14:00:00Z', businessDays(1), NEW_YORK)).toBe('2026-11-03T04:59:59.000Z');
  });

  it('treats bank holidays as business days (German Christmas Eve)', () => {
    // Wed 2026-12-23 10:00 CET (09:00Z): Thu 12-24 is a bank holiday only → Thu 23:59:59 CET = 22:59:59Z.
    expect(due('2026-12-23T09:00:00Z', businessDays(1), BERLIN)).toBe('2026-12-24T22:59:59.000Z');
  });

  it('crosses the new year with the next year’s holidays', () => {
    // Wed 2026-12-23 (Berlin) + 6: Thu 24 (1), Fri 25 + Sat 26 holidays, Mon 28 (2), Tue 29 (3), Wed 30 (4),
    // Thu 31 (5), Fri 2027-01-01 holiday, Mon 2027-01-04 (6) → 23:59:59 CET = 22:59:59Z.
    expect(due('2026-12-23T09:00:00Z', businessDays(6), BERLIN)).toBe('2027-01-04T22:59:59.000Z');
  });

  it('uses the country’s weekend: Friday and Saturday in Israel', () => {
    const jerusalem = { timeZone: 'Asia/Jerusalem', country: 'IL' };
    // Thu 2026-06-04 10:00 IDT (07:00Z) + 1 → Sun 06-07 23:59:59 IDT (UTC+3) = 20:59:59Z.
    expect(due('2026-06-04T07:00:00Z', businessDays(1), jerusalem)).toBe('2026-06-07T20:59:59.000Z');
  });

  it('accepts the country code in lower case and treats an unknown country as weekends only', () => {
    const promisedAt = '2026-04-02T08:00:00Z';
    expect(due(promisedAt, businessDays(1), { timeZone: 'Europe/Berlin', country: 'de' })).toBe(
      due(promisedAt, businessDays(1), BERLIN),
    );
    expect(due(promisedAt, businessDays(1), { timeZone: 'Europe/Berlin', country: 'XX' })).toBe(
      '2026-04-03T21:59:59.000Z',
    );
  });

  it('ends 0 business days on the promise day, or on the next business day after a weekend promise', () => {
    // Tue 2026-05-05 → Tue 23:59:59 CEST; Sat 2026-05-09 → Mon 05-11 23:59:59 CEST.
    expect(due('2026-05-05T08:00:00Z', businessDays(0), BERLIN)).toBe('2026-05-05T21:59:59.000Z');
    expect(due('2026-05-09T08:00:00Z', businessDays(0), BERLIN)).toBe('2026-05-11T21:59:59.000Z');
  });
});

describe('invalid input', () => {
  const promisedAt = new Date('2026-05-04T08:00:00Z');

  it('rejects an invalid promise date', () => {
    expect(() => computeDueAt(new Date('not a date'), days(1), BERLIN)).toThrow(RangeError);
  });

  it('rejects an unknown time zone', () => {
    expect(() => computeDueAt(promisedAt, days(1), { timeZone: 'Mars/Olympus', country: null })).toThrow(
      /time zone/,
    );
  });

  it('rejects negative, non-finite and absurdly long windows', () => {
    expect(() => computeDueAt(promisedAt, days(-1), BERLIN)).toThrow(RangeError);
    expect(() => computeDueAt(promisedAt, hours(Number.NaN), BERLIN)).toThrow(RangeError);
    expect(() => computeDueAt(promisedAt, businessDays(Number.POSITIVE_INFINITY), BERLIN)).toThrow(
      RangeError,
    );
    expect(() => computeDueAt(promisedAt, businessDays(1_000_000_000), BERLIN)).toThrow(/too long/);
  });
});

describe('properties', () => {
  const calendars: DeadlineCalendar[] = [
    BERLIN,
    SOFIA,
    NEW_YORK,
    { timeZone: 'America/Los_Angeles', country: null },
    { timeZone: 'Europe/London', country: 'GB' },
  ];
  const promiseInstants = fc.date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2032-12-31T00:00:00Z'),
    noInvalidDate: true,
  });
  const calendar = fc.constantFrom(...calendars);
  const dayUnit = fc.constantFrom<Duration['unit']>('days', 'weeks', 'business_days');

  it('is always after the promise for windows of at least one unit', () => {
    const anyUnit = fc.constantFrom<Duration['unit']>('minutes', 'hours', 'days', 'weeks', 'business_days');
    fc.assert(
      fc.property(
        promiseInstants,
        fc.integer({ min: 1, max: 60 }),
        anyUnit,
        calendar,
        (at, value, unit, where) => {
          expect(computeDueAt(at, { value, unit }, where).getTime()).toBeGreaterThan(at.getTime());
        },
      ),
    );
  });

  it('ends day-based windows at 23:59:59 local time', () => {
    fc.assert(
      fc.property(
        promiseInstants,
        fc.integer({ min: 0, max: 40 }),
        dayUnit,
        calendar,
        (at, value, unit, where) => {
          const local = DateTime.fromJSDate(computeDueAt(at, { value, unit }, where), {
            zone: where.timeZone,
          });
          expect(local.toFormat('HH:mm:ss.SSS')).toBe('23:59:59.000');
        },
      ),
    );
  });

  it('puts the end of N calendar days exactly N local dates after the promise date', () => {
    fc.assert(
      fc.property(promiseInstants, fc.integer({ min: 0, max: 400 }), calendar, (at, value, where) => {
        const promisedDay = DateTime.fromJSDate(at, { zone: where.timeZone }).toISODate() ?? '';
        const dueDay = DateTime.fromJSDate(computeDueAt(at, days(value), where), { zone: where.timeZone });
        const expectedDay = DateTime.fromISO(promisedDay, { zone: 'UTC' }).plus({ days: value }).toISODate();
        expect(dueDay.toISODate()).toBe(expectedDay);
      }),
    );
  });

  it('never ends business days on a weekend or a public holiday of the country', () => {
    fc.assert(
      fc.property(promiseInstants, fc.integer({ min: 0, max: 30 }), calendar, (at, value, where) => {
        const local = DateTime.fromJSDate(computeDueAt(at, businessDays(value), where), {
          zone: where.timeZone,
        });
        expect(local.weekday).toBeLessThanOrEqual(5);
        if (where.country) {
          const holidays = new Holidays(where.country, { types: ['public'] }).getHolidays(local.year);
          const holidayDates = holidays.map((holiday) => holiday.date.slice(0, 10));
          expect(holidayDates).not.toContain(local.toISODate());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('moves at least a day later with each extra business day', () => {
    // From 1 on: 0 business days from a weekend or holiday already ends on the next business day, as 1 does.
    fc.assert(
      fc.property(promiseInstants, fc.integer({ min: 1, max: 30 }), calendar, (at, value, where) => {
        const sooner = computeDueAt(at, businessDays(value), where).getTime();
        const later = computeDueAt(at, businessDays(value + 1), where).getTime();
        // At least one local day later: 23 hours on the shortest (DST) day.
        expect(later - sooner).toBeGreaterThanOrEqual(23 * 3_600_000);
      }),
    );
  });

  it('adds hours exactly, whatever the time zone', () => {
    fc.assert(
      fc.property(promiseInstants, fc.integer({ min: 0, max: 10_000 }), calendar, (at, value, where) => {
        expect(computeDueAt(at, hours(value), where).getTime() - at.getTime()).toBe(value * 3_600_000);
      }),
    );
  });
});
