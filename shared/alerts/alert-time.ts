import { DateTime } from 'luxon';
import { zoneAbbreviation } from '../cases/zone-abbreviation';
import { type AlertCatalogue, countOf } from './catalogue';

/** "Thu 17 Dec, 23:59 ET" (in the catalogue's language), in `timeZone`. */
export function formatDateTime(instant: string | Date, timeZone: string, catalogue: AlertCatalogue): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  const local = DateTime.fromJSDate(at, { zone: timeZone }).setLocale(catalogue.locale);
  return `${local.toFormat(catalogue.formats.dateTime)} ${zoneAbbreviation(timeZone, at)}`;
}

/** A span for people, rounded down: minutes under an hour, hours under two days, days after that. */
export function describeSpan(milliseconds: number, catalogue: AlertCatalogue): string {
  const minutes = Math.max(0, Math.floor(milliseconds / 60_000));
  if (minutes < 60) return countOf(catalogue, 'minutes', Math.max(1, minutes));
  if (minutes < 48 * 60) return countOf(catalogue, 'hours', Math.floor(minutes / 60));
  return countOf(catalogue, 'days', Math.floor(minutes / 1440));
}
