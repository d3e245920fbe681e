/**
 * Generates shared/cases/public-holidays.json: the public holidays date-holidays lists for each country of the
 * vendor directory, over a fixed range of years. Run it after upgrading date-holidays or adding a country to
 * shared/cases/vendors.json (tests/unit/cases/public-holidays.test.ts fails until you do):
 *
 *   npx tsx shared/cases/generate-public-holidays.ts
 *
 * Why a table and not date-holidays at run time: the library brings moment-timezone with every zone, astronomia
 * and every country's rules (~1.5 MB minified, ~0.5 s of cold start) into each Lambda that counts business days.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import type { PublicHolidayTable } from './public-holidays';
import vendorsData from './vendors.json' with { type: 'json' };

/** Years covered: deadlines are at most about ten years after a promise, and promises are recent. */
export const HOLIDAY_YEARS = { from: 2020, to: 2060 } as const;

const TABLE_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'public-holidays.json');

/** Local dates ("2026-04-03") of a country's public holidays in a year, every day of multi-day holidays. */
function publicHolidayDates(holidays: Holidays, year: number): string[] {
  const dates = new Set<string>();
  for (const holiday of holidays.getHolidays(year) ?? []) {
    if (holiday.type !== 'public') continue;
    // `date` is the country's local "YYYY-MM-DD hh:mm:ss"; a few holidays last more than one day.
    const first = DateTime.fromISO(holiday.date.slice(0, 10), { zone: 'UTC' });
    const days = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (let offset = 0; offset < days; offset++) dates.add(first.plus({ days: offset }).toISODate() ?? '');
  }
  return [...dates].sort();
}

/** The countries deadlines are counted in: those of the vendor directory (users have no country). */
export function directoryCountries(): string[] {
  return [...new Set(vendorsData.vendors.map((vendor) => vendor.country))].sort();
}

/** The table as date-holidays computes it now, for `countries` over {@link HOLIDAY_YEARS}. */
export function buildPublicHolidayTable(countries: string[] = directoryCountries()): PublicHolidayTable {
  const table: PublicHolidayTable = { years: { ...HOLIDAY_YEARS }, countries: {} };
  for (const country of countries) {
    const holidays = new Holidays(country, { types: ['public'] });
    const dates: string[] = [];
    for (let year = HOLIDAY_YEARS.from; year <= HOLIDAY_YEARS.to; year++) {
      dates.push(...publicHolidayDates(holidays, year));
    }
    table.countries[country] = dates;
  }
  return table;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TABLE_FILE, `${JSON.stringify(buildPublicHolidayTable(), null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), TABLE_FILE)}`);
}
