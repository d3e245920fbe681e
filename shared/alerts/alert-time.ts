import { DateTime } from 'luxon';
import { type AlertCatalogue, countOf } from './catalogue';

/**
 * A short name for a zone at an instant: "ET", "PT", "CET"/"CEST", "EET"/"EEST", "BST", "UTC"; a generic name
 * ("Japan Time") where no abbreviation exists. English abbreviations in every language: they are what vendors
 * and phone menus use. Same rule as the vendor opening hours, so both read alike in one alert.
 */
export function zoneName(timeZone: string, at: Date): string {
  const name = (locale: string, style: 'shortGeneric' | 'short') =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? '';
  const isAbbreviation = (text: string) => /^[A-Z]{2,5}$/.test(text);
  const generic = name('en-US', 'shortGeneric');
  if (isAbbreviation(generic)) return generic;
  const specific = name('en-GB', 'short');
  return isAbbreviation(specific) ? specific : generic || timeZone;
}

/** "Thu 17 Dec, 23:59 ET" (in the catalogue's language), in `timeZone`. */
export function formatDateTime(instant: string | Date, timeZone: string, catalogue: AlertCatalogue): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const local = DateTime.fromJSDate(at, { zone: timeZone }).setLocale(catalogue.locale);
  return `${local.toFormat(catalogue.formats.dateTime)} ${zoneName(timeZone, at)}`;
}

/** "Thu 17 Dec 2026" (in the catalogue's language), the calendar day in `timeZone`. */
export function formatDate(instant: string | Date, timeZone: string, catalogue: AlertCatalogue): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return DateTime.fromJSDate(at, { zone: timeZone })
    .setLocale(catalogue.locale)
    .toFormat(catalogue.formats.date);
}

/** A span for people, rounded down: minutes under an hour, hours under two days, days after that. */
export function describeSpan(milliseconds: number, catalogue: AlertCatalogue): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  if (minutes < 60) return countOf(catalogue, 'minutes', Math.max(1, minutes));
  if (minutes < 48 * 60) return countOf(catalogue, 'hours', Math.floor(minutes / 60));
  return countOf(catalogue, 'days', Math.floor(minutes / 1440));
}
