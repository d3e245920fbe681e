import dateNames from './date-names.json';

/** Folds case and accents so "Févr." and "fevr" compare equal. */
function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '');
}

const monthByName = new Map<string, number>();
const fullMonthNames: { name: string; month: number }[] = [];
for (const months of Object.values(dateNames.months)) {
  months.forEach((names, index) => {
    for (const name of names) monthByName.set(fold(name), index + 1);
    const full = names[0];
    if (full) fullMonthNames.push({ name: fold(full), month: index + 1 });
  });
}
const weekdayNames = new Set(Object.values(dateNames.weekdays).flatMap((names) => names.map(fold)));
const afternoonMarkers = dateNames.afternoon.map(fold);
const morningMarkers = dateNames.morning.map(fold);

function monthOf(token: string): number | null {
  const word = fold(token);
  const exact = monthByName.get(word);
  if (exact) return exact;
  if (word.length < 3) return null;
  const months = new Set(
    fullMonthNames.filter(({ name }) => name.startsWith(word)).map(({ month }) => month),
  );
  return months.size === 1 ? ([...months][0] ?? null) : null;
}

const TIME = /(\d{1,2})[:.h](\d{2})(?:[:.](\d{2}))?(?:\s*(\p{L}[\p{L}.]*(?:\s\p{L}+)?))?/u;
const ZONE =
  /\b(?:GMT|UTC)\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?|(?<=\s)([+-])(\d{2}):?(\d{2})\b|\b(GMT|UTC|Z)\b/i;
// An elided preposition may stand before a month ("13 d’abr. 2026" in Catalan).
const ELIDED_PREPOSITION = /^\p{L}{1,3}['’]/u;
const NOT_A_WORD_LETTER = /[^\p{L}.]/gu;
const NUMERIC_DATE = /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/;

/**
 * Reads a date as a mail client prints it in a forwarded header block ("Mon, Apr 13, 2026 at 12:06 PM",
 * "13.04.2026 г., 12:06", "lundi 13 juillet 2026 10:31", RFC 2822...). A date without a zone is taken in
 * `fallbackOffsetMinutes` (the forwarder's offset, as their client printed it in their local time).
 */
export function parseForwardedDate(value: string, fallbackOffsetMinutes = 0): Date | null {
  const text = value.trim();
  if (!text) return null;
  const rfc = rfc2822Date(text.replace(/\s+\(.*\)$/, ''));
  if (rfc) return rfc;

  let rest = text;
  const zone = ZONE.exec(rest);
  let offset = fallbackOffsetMinutes;
  if (zone) {
    offset = zoneOffset(zone);
    rest = rest.replace(zone[0], ' ');
  }

  let hour = 0;
  let minute = 0;
  let second = 0;
  const time = TIME.exec(rest.replace(NUMERIC_DATE, ' '));
  if (time) {
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = Number(time[3] ?? 0);
    const marker = fold(time[4] ?? '');
    const isMarker = (markers: string[]) =>
      markers.includes(marker) || markers.includes(marker.split(' ')[0] ?? '');
    if (isMarker(afternoonMarkers) && hour < 12) hour += 12;
    if (isMarker(morningMarkers) && hour === 12) hour = 0;
    rest = rest.replace(time[0], ' ');
  }

  const ymd = numericDate(rest) ?? wordedDate(rest);
  if (!ymd) return null;
  return dateAt(ymd, hour, minute, second, offset);
}

/** The instant of a wall-clock time at a fixed UTC offset, or null when the fields name no real time. */
function dateAt(
  ymd: YearMonthDay,
  hour: number,
  minute: number,
  second: number,
  offsetMinutes: number,
): Date | null {
  const { year, month, day } = ymd;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
}

const RFC_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Obsolete RFC 2822 zone names.
const RFC_ZONES: Record<string, number> = {
  ut: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
};
const RFC_2822 =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun),\s*)?(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s+(?:([+-])(\d{2})(\d{2})|(ut|gmt|z|[ecmp][sd]t))$/i;

/** An RFC 2822 date ("Mon, 13 Apr 2026 12:06:00 -0400"), or null when the text is not one. */
function rfc2822Date(text: string): Date | null {
  const match = RFC_2822.exec(text);
  if (!match) return null;
  const [, day, monthName, year, hour, minute, second, sign, offsetHours, offsetMinutes, zoneName] = match;
  const offset = zoneName
    ? (RFC_ZONES[zoneName.toLowerCase()] ?? 0)
    : (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const ymd = {
    year: Number(year),
    month: RFC_MONTHS.indexOf((monthName ?? '').toLowerCase()) + 1,
    day: Number(day),
  };
  return dateAt(ymd, Number(hour), Number(minute), Number(second ?? 0), offset);
}

/** The UTC offset in minutes of an RFC 2822 Date header value ("... -0500"), or 0. */
export function headerOffsetMinutes(dateHeader: string | undefined): number {
  const match = /([+-])(\d{2})(\d{2})\s*(?:\(.*\))?\s*$/.exec(dateHeader ?? '');
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3]));
}

function zoneOffset(zone: RegExpExecArray): number {
  if (zone[7]) return 0;
  const sign = ['-', '−'].includes(zone[1] ?? zone[4] ?? '+') ? -1 : 1;
  const hours = Number(zone[2] ?? zone[5] ?? 0);
  const minutes = Number(zone[3] ?? zone[6] ?? 0);
  return sign * (hours * 60 + minutes);
}

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

function numericDate(text: string): YearMonthDay | null {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return null;
  if (match[4]) return { year: Number(match[4]), month: Number(match[5]), day: Number(match[6]) };
  // Day first: the order every supported locale prints numerically.
  return { year: Number(match[3]), month: Number(match[2]), day: Number(match[1]) };
}

function wordedDate(text: string): YearMonthDay | null {
  const tokens = text.split(/[\s,]+/).filter(Boolean);
  let year: number | null = null;
  let day: number | null = null;
  const monthCandidates: { month: number; alsoWeekday: boolean }[] = [];
  for (const token of tokens) {
    const digits = /^(\d{1,4})\.?$/.exec(token);
    if (digits) {
      const number = Number(digits[1]);
      if (digits[1]?.length === 4) year = number;
      else if (day === null && number >= 1 && number <= 31) day = number;
      continue;
    }
    const word = token.replace(ELIDED_PREPOSITION, '').replace(NOT_A_WORD_LETTER, '');
    if (!word) continue;
    const month = monthOf(word);
    if (month) monthCandidates.push({ month, alsoWeekday: weekdayNames.has(fold(word)) });
  }
  // "mar 7 apr 2026": "mar" is also a weekday, so the other month name wins.
  const month = (monthCandidates.find((candidate) => !candidate.alsoWeekday) ?? monthCandidates[0])?.month;
  if (year === null || day === null || !month) return null;
  return { year, month, day };
}
