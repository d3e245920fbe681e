import { DateTime, Info } from 'luxon';
import type { Duration } from '../classify/types';
import { exceedsLongestWindow } from './duration-text';
import { isPublicHoliday } from './public-holidays';

/**
 * Where a deadline is counted: the time zone whose days end at 23:59:59, and the ISO 3166-1 alpha-2 country
 * whose weekend and public holidays are not business days (null: Saturday and Sunday only).
 */
export interface DeadlineCalendar {
  timeZone: string;
  country: string | null;
}

const MILLISECONDS_PER_UNIT = { minutes: 60_000, hours: 3_600_000 } as const;

/**
 * When a promise made at `promisedAt` to act "within" a window falls due.
 *
 * - minutes, hours: added exactly, in absolute time (so "within one hour" across a DST change is 60 real
 *   minutes); fractions are kept.
 * - days: 23:59:59 local time on the Nth calendar day after the promise day; weeks are 7N days.
 * - business days: 23:59:59 local time on the Nth business day after the promise day. Business days are the
 *   days outside the country's weekend (from CLDR: Saturday–Sunday for most, Friday–Saturday in some) that
 *   date-holidays lists as no public holiday of the country (substitute days it marks public count as
 *   holidays; bank, school, optional and observance days do not). A promise made on a Saturday counts Monday
 *   as the first business day. The holidays come from a table generated from date-holidays for the vendor
 *   directory's countries (public-holidays.ts); another country, or a year outside the table, gets weekends
 *   only.
 * - day-based windows round a fraction up ("1.5 days" → 2); a window of 0 days ends the promise day (0
 *   business days: the promise day if it is a business day, else the next one).
 *
 * "Local" is `calendar.timeZone` (the vendor's when known, otherwise the user's). When a DST change makes
 * 23:59:59 occur twice, the later one is the day's end.
 *
 * @throws RangeError for an invalid date or time zone, a negative or non-finite window, or one longer than
 * about ten years.
 */
export function computeDueAt(promisedAt: Date, within: Duration, calendar: DeadlineCalendar): Date {
  if (Number.isNaN(promisedAt.getTime())) throw new RangeError('promisedAt is not a valid date');
  if (!Number.isFinite(within.value) || within.value < 0) {
    throw new RangeError(`window must be a non-negative number, got ${within.value}`);
  }
  if (exceedsLongestWindow(within)) throw new RangeError(`window too long: ${within.value} ${within.unit}`);
  const promised = DateTime.fromJSDate(promisedAt, { zone: calendar.timeZone });
  if (!promised.isValid) throw new RangeError(`unknown time zone: ${calendar.timeZone}`);

  switch (within.unit) {
    case 'minutes':
    case 'hours':
      return new Date(promisedAt.getTime() + within.value * MILLISECONDS_PER_UNIT[within.unit]);
    case 'days':
      return endOfLocalDay(promised.plus({ days: Math.ceil(within.value) }));
    case 'weeks':
      return endOfLocalDay(promised.plus({ days: Math.ceil(within.value * 7) }));
    case 'business_days':
      return endOfLocalDay(addBusinessDays(promised, Math.ceil(within.value), calendar.country));
  }
}

/** The last 23:59:59 of a local day: one second before the next day starts (DST-proof, unlike setting 23:59:59). */
function endOfLocalDay(day: DateTime): Date {
  return day.plus({ days: 1 }).startOf('day').minus({ seconds: 1 }).toJSDate();
}

function addBusinessDays(promised: DateTime, count: number, country: string | null): DateTime {
  const businessDays = businessDayRule(country);
  let day = promised.startOf('day');
  if (count === 0) {
    while (!businessDays(day)) day = day.plus({ days: 1 });
    return day;
  }
  for (let counted = 0; counted < count; ) {
    day = day.plus({ days: 1 });
    if (businessDays(day)) counted++;
  }
  return day;
}

/** A test for "is this local day a business day" in a country: neither its weekend nor a public holiday. */
function businessDayRule(country: string | null): (day: DateTime) => boolean {
  const code = country?.toUpperCase() ?? null;
  if (code === null || !/^[A-Z]{2}$/.test(code)) return (day) => day.weekday < 6;
  const weekend = new Set<number>(Info.getWeekendWeekdays({ locale: `und-${code}` }));
  return (day) => !weekend.has(day.weekday) && !isPublicHoliday(code, day.toISODate() ?? '');
}
