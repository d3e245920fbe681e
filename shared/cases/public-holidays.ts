import tableData from './public-holidays.json' with { type: 'json' };

/** Public holidays per country as local dates, generated from date-holidays by generate-public-holidays.ts. */
export interface PublicHolidayTable {
  /** The years listed, inclusive. */
  years: { from: number; to: number };
  /** ISO 3166-1 alpha-2 code → sorted local dates ("2026-04-03"), every day of multi-day holidays. */
  countries: Record<string, string[]>;
}

const table: PublicHolidayTable = tableData;
const datesByCountry = new Map<string, ReadonlySet<string>>();

/**
 * Whether a local date ("2026-04-03") is a public holiday of a country (upper-case code). False for a country
 * or year the generated table does not list: such days count by the weekend alone.
 */
export function isPublicHoliday(country: string, localDate: string): boolean {
  let dates = datesByCountry.get(country);
  if (!dates) {
    dates = new Set(table.countries[country] ?? []);
    datesByCountry.set(country, dates);
  }
  return dates.has(localDate);
}
