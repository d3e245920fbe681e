import { DateTime } from 'luxon';
import type { VendorProfile } from './vendor-directory';
import { zoneAbbreviation } from './zone-abbreviation';

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const MINUTES_PER_DAY = 1440;

/** One rule of opening hours: the ISO weekdays it covers (1 = Monday), and its local opening and closing minute. */
export interface OpeningHoursRule {
  weekdays: number[];
  opensAtMinute: number;
  closesAtMinute: number;
}

/**
 * Parses the directory's opening-hours format: rules separated by ";", each "DAYS HH:MM-HH:MM" in 24-hour
 * local time of the vendor, DAYS being days ("Sat"), ranges ("Mon-Fri", "Fri-Mon" wraps) or comma lists
 * ("Mon,Wed-Fri"). "24:00" is the end of the day; a rule may not run past midnight.
 * Example: "Mon-Fri 08:00-20:00; Sat 09:00-13:00". Returns null when the text does not follow the format.
 */
export function parseOpeningHours(text: string): OpeningHoursRule[] | null {
  const rules: OpeningHoursRule[] = [];
  for (const ruleText of text.split(';')) {
    const match = /^\s*(\S+)\s+(\d{2}):(\d{2})-(\d{2}):(\d{2})\s*$/.exec(ruleText);
    if (!match) return null;
    const [, daysText = '', opensHour, opensMinute, closesHour, closesMinute] = match;
    const weekdays = parseWeekdays(daysText);
    const opensAtMinute = minuteOfDay(Number(opensHour), Number(opensMinute));
    const closesAtMinute = minuteOfDay(Number(closesHour), Number(closesMinute));
    if (!weekdays || opensAtMinute === null || closesAtMinute === null) return null;
    if (closesAtMinute <= opensAtMinute) return null;
    rules.push({ weekdays, opensAtMinute, closesAtMinute });
  }
  return rules;
}

function minuteOfDay(hour: number, minute: number): number | null {
  const total = hour * 60 + minute;
  return minute < 60 && total <= MINUTES_PER_DAY ? total : null;
}

/** "Mon,Wed-Fri" → [1, 3, 4, 5]; null when a name is unknown or repeated. */
function parseWeekdays(text: string): number[] | null {
  const weekdays: number[] = [];
  for (const item of text.split(',')) {
    const [from, to, ...rest] = item.split('-').map(weekdayNumber);
    if (from === undefined || from === null || to === null || rest.length > 0) return null;
    const span = to === undefined ? 0 : (to - from + 7) % 7;
    for (let offset = 0; offset <= span; offset++) weekdays.push(((from - 1 + offset) % 7) + 1);
  }
  return new Set(weekdays).size === weekdays.length ? weekdays : null;
}

function weekdayNumber(name: string): number | null {
  const index = WEEKDAY_NAMES.findIndex((weekday) => weekday.toLowerCase() === name.toLowerCase());
  return index < 0 ? null : index + 1;
}

/** Whether a vendor's line is open at a moment, and a one-line summary for people. */
export interface OpeningHoursStatus {
  openNow: boolean;
  /** Whole minutes until it opens (rounded up), when closed; null when open or the hours are not known. */
  opensInMinutes: number | null;
  /** Whole minutes until it closes (rounded down), when open; null when closed, open round the clock, or unknown. */
  closesInMinutes: number | null;
  /** "Mon–Fri 8am–8pm ET — open now", "… — opens in 3 h", "… — opens Mon 8am"; "hours not listed" when unknown. */
  label: string;
}

interface Opening {
  start: number;
  end: number;
}

/**
 * Whether the vendor's billing line is open at `now`, from `profile.billing.hours` in the vendor's time zone
 * (DST-safe: each opening is placed on its own local day). Public holidays are not known to the directory and
 * are ignored: on a holiday this may say "open now" when the line is closed. When the hours are missing or
 * unreadable, `openNow` is false, both counts are null and the label says the hours are not listed.
 */
export function describeOpeningHours(profile: VendorProfile, now: Date): OpeningHoursStatus {
  const rules = profile.billing?.hours ? parseOpeningHours(profile.billing.hours) : null;
  const localNow = DateTime.fromJSDate(now, { zone: profile.timeZone });
  if (!rules || rules.length === 0 || !localNow.isValid) {
    return { openNow: false, opensInMinutes: null, closesInMinutes: null, label: 'hours not listed' };
  }
  const horizon = { from: localNow.startOf('day').minus({ days: 1 }), days: 9 };
  const openings = openingsAround(rules, horizon.from, horizon.days);
  const horizonEnd = horizon.from.plus({ days: horizon.days }).toMillis();
  const instant = now.getTime();
  const summary = `${describeRules(rules)} ${zoneAbbreviation(profile.timeZone, now)}`;

  const current = openings.find((opening) => opening.start <= instant && instant < opening.end);
  if (current) {
    const closesInMinutes = current.end >= horizonEnd ? null : Math.floor((current.end - instant) / 60_000);
    const closingSoon =
      closesInMinutes !== null && closesInMinutes < 60 ? `, closes in ${closesInMinutes} min` : '';
    return {
      openNow: true,
      opensInMinutes: null,
      closesInMinutes,
      label: `${summary} — open now${closingSoon}`,
    };
  }
  const next = openings.find((opening) => opening.start > instant);
  const opensInMinutes = next ? Math.ceil((next.start - instant) / 60_000) : null;
  const when =
    next && opensInMinutes !== null ? describeOpening(next.start, opensInMinutes, profile.timeZone) : '';
  return { openNow: false, opensInMinutes, closesInMinutes: null, label: `${summary} — ${when || 'closed'}` };
}

/** Every opening on the local days from `firstDay`, as absolute instants, sorted, touching ones merged. */
function openingsAround(rules: OpeningHoursRule[], firstDay: DateTime, days: number): Opening[] {
  const openings: Opening[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = firstDay.plus({ days: offset });
    for (const rule of rules) {
      if (!rule.weekdays.includes(day.weekday)) continue;
      openings.push({
        start: atLocalMinute(day, rule.opensAtMinute),
        end: atLocalMinute(day, rule.closesAtMinute),
      });
    }
  }
  openings.sort((a, b) => a.start - b.start);
  const merged: Opening[] = [];
  for (const opening of openings) {
    const last = merged.at(-1);
    if (last && opening.start <= last.end) last.end = Math.max(last.end, opening.end);
    else merged.push({ ...opening });
  }
  return merged;
}

/** The instant of a local wall-clock minute; one skipped by DST moves forward by the gap (02:30 → 03:30), as in Temporal. */
function atLocalMinute(day: DateTime, minuteOfDay: number): number {
  if (minuteOfDay === MINUTES_PER_DAY) return day.plus({ days: 1 }).startOf('day').toMillis();
  return day.set({ hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }).toMillis();
}

function describeOpening(start: number, opensInMinutes: number, timeZone: string): string {
  if (opensInMinutes < 60) return `opens in ${opensInMinutes} min`;
  if (opensInMinutes >= MINUTES_PER_DAY) {
    const local = DateTime.fromMillis(start, { zone: timeZone });
    return `opens ${WEEKDAY_NAMES[local.weekday - 1]} ${clockTime(local.hour * 60 + local.minute)}`;
  }
  const hours = Math.floor(opensInMinutes / 60);
  const minutes = opensInMinutes % 60;
  return minutes === 0 ? `opens in ${hours} h` : `opens in ${hours} h ${minutes} min`;
}

/** "Mon–Fri 8am–8pm, Sat 9am–1pm". */
function describeRules(rules: OpeningHoursRule[]): string {
  return rules
    .map((rule) => {
      const allDay = rule.opensAtMinute === 0 && rule.closesAtMinute === MINUTES_PER_DAY;
      const times = allDay ? '24 h' : `${clockTime(rule.opensAtMinute)}–${clockTime(rule.closesAtMinute)}`;
      return `${describeWeekdays(rule.weekdays)} ${times}`;
    })
    .join(', ');
}

/** [1,2,3,4,5] → "Mon–Fri"; [6,7,1] → "Sat–Mon"; [1,3] → "Mon, Wed". */
function describeWeekdays(weekdays: number[]): string {
  const runs: number[][] = [];
  for (const weekday of weekdays) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous !== undefined && weekday === (previous % 7) + 1) run.push(weekday);
    else runs.push([weekday]);
  }
  return runs
    .map((run) => {
      const first = WEEKDAY_NAMES[(run[0] ?? 1) - 1];
      return run.length === 1 ? first : `${first}–${WEEKDAY_NAMES[(run.at(-1) ?? 1) - 1]}`;
    })
    .join(', ');
}

/** 480 → "8am", 1230 → "8:30pm", 720 → "12pm", 0 and 1440 → "12am". */
function clockTime(minuteOfDay: number): string {
  const hour24 = Math.floor(minuteOfDay / 60) % 24;
  const minute = minuteOfDay % 60;
  const hour12 = hour24 % 12 === 0 ? 12 : hour24 % 12;
  const suffix = hour24 < 12 ? 'am' : 'pm';
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, '0')}${suffix}`;
}
