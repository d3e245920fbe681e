import type { Duration, TimeUnit } from '../classify/types';

/**
 * Longest promise window accepted anywhere (about ten years). Longer windows are not promises anyone waits
 * for, and refusing them keeps hostile input ("within 999999999 business days") from costing real work.
 */
const LONGEST_WINDOW_DAYS = 3660;

const DAYS_PER_UNIT: Record<TimeUnit, number> = {
  minutes: 1 / 1440,
  hours: 1 / 24,
  days: 1,
  // A business day is at least one calendar day, so counting it as one keeps the bound conservative.
  business_days: 1,
  weeks: 7,
};

/** True when a window is longer than any promise inbox-watcher accepts (about ten years). */
export function exceedsLongestWindow(duration: Duration): boolean {
  return duration.value * DAYS_PER_UNIT[duration.unit] > LONGEST_WINDOW_DAYS;
}

const UNIT_WORDS: ReadonlyArray<[RegExp, TimeUnit]> = [
  [/^(?:business|working|work)[\s-]?days?$/, 'business_days'],
  [/^(?:calendar\s)?days?$/, 'days'],
  [/^(?:minutes?|mins?)$/, 'minutes'],
  [/^(?:hours?|hrs?)$/, 'hours'],
  [/^(?:weeks?|wks?)$/, 'weeks'],
];

/** One-letter units, only straight after digits ("90m", "3h", "2d", "1w"), where they cannot be misread. */
const UNIT_LETTERS: Readonly<Record<string, TimeUnit>> = { m: 'minutes', h: 'hours', d: 'days', w: 'weeks' };

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** "seven", "twenty", "twenty-one", "a"/"an" (as in "an hour") → the number; anything else → null. */
function readNumberWords(text: string): number | null {
  if (text === 'a' || text === 'an') return 1;
  const small = SMALL_NUMBERS.indexOf(text);
  if (small >= 0) return small;
  const [tensWord, unitsWord, ...rest] = text.split(/[\s-]/);
  const tens = TENS.indexOf(tensWord ?? '');
  if (tens < 2 || rest.length > 0) return null;
  if (unitsWord === undefined) return tens * 10;
  const units = SMALL_NUMBERS.indexOf(unitsWord);
  return units >= 1 && units <= 9 ? tens * 10 + units : null;
}

function readUnit(text: string): TimeUnit | null {
  return UNIT_WORDS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

/** "7", "1.5", "seven", "twenty-one", "an" → the number; anything else → null ("1,000" is not read as 1). */
function readNumber(text: string): number | null {
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text);
  return readNumberWords(text);
}

/** "2 business days", "two working days", "within 90 minutes", "3h" → a Duration; otherwise null. */
function parseEnglishDuration(text: string): Duration | null {
  const tokens = text.replace(/^within /, '').split(' ');
  const glued = tokens.length === 1 ? /^(\d+(?:\.\d+)?)([a-z]+)$/.exec(tokens[0] ?? '') : null;
  if (glued?.[1] && glued[2]) {
    const unit = readUnit(glued[2]) ?? UNIT_LETTERS[glued[2]] ?? null;
    return unit === null ? null : { value: Number(glued[1]), unit };
  }
  // Units are one word ("days") or two ("business days"); whatever comes before them must be the number.
  for (const unitWords of [2, 1]) {
    if (tokens.length <= unitWords) continue;
    const unit = readUnit(tokens.slice(-unitWords).join(' '));
    const value = readNumber(tokens.slice(0, -unitWords).join(' '));
    if (unit !== null && value !== null) return { value, unit };
  }
  return null;
}

const ISO_DURATION =
  /^p(?:(\d+(?:[.,]\d+)?)y)?(?:(\d+(?:[.,]\d+)?)m)?(?:(\d+(?:[.,]\d+)?)w)?(?:(\d+(?:[.,]\d+)?)d)?(?:t(?:(\d+(?:[.,]\d+)?)h)?(?:(\d+(?:[.,]\d+)?)m)?(?:(\d+(?:[.,]\d+)?)s)?)?$/;

/**
 * ISO 8601 durations: "PT1H", "PT90M", "PT1H30M" (→ 90 minutes), "P3D", "P2W", "P1W2D" (→ 9 days).
 * Years, months and seconds have no unit here, and a mix of days with hours ("P1DT12H") is refused: a day
 * deadline ends at local midnight, an hour deadline is exact, and the mix has no single meaning.
 */
function parseIsoDuration(text: string): Duration | null {
  const match = ISO_DURATION.exec(text);
  if (!match || text === 'p' || text.endsWith('t')) return null;
  const [, years, months, weeks, days, hours, minutes, seconds] = match.map((part) =>
    part === undefined ? undefined : Number(part.replace(',', '.')),
  );
  if (years !== undefined || months !== undefined || seconds !== undefined) return null;
  const hasDate = weeks !== undefined || days !== undefined;
  const hasTime = hours !== undefined || minutes !== undefined;
  if (hasDate && hasTime) return null;
  if (weeks !== undefined && days === undefined) return { value: weeks, unit: 'weeks' };
  if (hasDate) return { value: (weeks ?? 0) * 7 + (days ?? 0), unit: 'days' };
  if (minutes === undefined) return { value: hours ?? 0, unit: 'hours' };
  return { value: (hours ?? 0) * 60 + minutes, unit: 'minutes' };
}

/**
 * Reads a promise window given as text in the API: English phrases ("2 business days", "two working days",
 * "3 days", "1 hour", "an hour", "90 minutes", "2 weeks", "3h") or ISO 8601 durations ("PT1H", "P3D", "P2W").
 * ISO 8601 cannot say "business days": use the English form for those. Returns null for anything it cannot
 * read unambiguously: garbage, zero or negative windows, fractional day-based windows ("1.5 days"), windows
 * longer than about ten years.
 */
export function parseDurationText(text: string): Duration | null {
  const normalized = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (normalized.length === 0 || normalized.length > 64) return null;
  const duration = normalized.startsWith('p')
    ? parseIsoDuration(normalized)
    : parseEnglishDuration(normalized);
  if (!duration || !Number.isFinite(duration.value) || duration.value <= 0) return null;
  const exactUnit = duration.unit === 'minutes' || duration.unit === 'hours';
  if (!exactUnit && !Number.isInteger(duration.value)) return null;
  return exceedsLongestWindow(duration) ? null : duration;
}
