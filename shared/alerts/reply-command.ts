import { parseDurationText } from '../cases/duration-text';
import type { Duration } from '../classify/types';
import { caseIdFromMessageId } from './thread-ids';

/**
 * A command the user gave by replying to an alert.
 * - snooze: no alerts for the case until a duration from the reply's arrival has passed, or until the start
 *   of a calendar day in the user's time zone (`date` is YYYY-MM-DD);
 * - extend: move the overdue expectation's due time later by a window;
 * - done: the awaited confirmation arrived (the user saw it elsewhere); close / reopen: the case.
 */
export type ReplyCommand =
  | { command: 'snooze'; until: { kind: 'after'; duration: Duration } | { kind: 'date'; date: string } }
  | { command: 'extend'; by: Duration }
  | { command: 'done' }
  | { command: 'close' }
  | { command: 'reopen' };

/** A bare "snooze" holds alerts back for one day. */
export const DEFAULT_SNOOZE: Duration = { value: 1, unit: 'days' };

/** Commands are looked for in the first few lines the user wrote; further down is prose, not commands. */
const LINES_SEARCHED = 5;

// Where the user's own words end: quoted text, reply attributions, forwarded headers, signatures.
const END_OF_REPLY: RegExp[] = [
  /^>/,
  // "On Tue, 1 Dec 2026 at 10:00, inbox-watcher <…> wrote:" and its translations, often wrapped over two lines:
  // a date and an address or a colon tell it from a sentence that starts with "On".
  /^(?:on|am|le|el|il|на)\s.*\d.*(?:[@<]|:\s*$)/i,
  /^.*\b(?:wrote|schrieb|a écrit|escribió|ha scritto|написа)\s*:\s*$/i,
  /^-{2,}\s*(?:original message|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|оригинално съобщение)\s*-{2,}$/i,
  /^_{10,}$/,
  /^(?:from|von|de|da|от):\s/i,
  /^--\s?$/,
  /^(?:sent from my|get outlook for|von meinem .* gesendet|envoyé de mon|enviado desde mi|inviato da)/i,
];

/**
 * The command in a reply to an alert, or null when there is none. Looks at the first few lines the user wrote
 * above any quoted text, attribution ("On … wrote:"), forwarded header block or signature; a command is a
 * whole line, case-insensitive, with optional trailing punctuation: "snooze 2d", "snooze 3 days",
 * "snooze until 2026-12-01", "snooze" (one day), "extend 3 business days", "extend by 1 week", "done",
 * "close", "reopen". A line that merely mentions a command word ("I'm done with them") is not one.
 */
export function parseReplyCommand(text: string): ReplyCommand | null {
  let searched = 0;
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    if (END_OF_REPLY.some((pattern) => pattern.test(line))) return null;
    const command = readCommandLine(line);
    if (command !== null) return command;
    searched += 1;
    if (searched >= LINES_SEARCHED) return null;
  }
  return null;
}

function readCommandLine(line: string): ReplyCommand | null {
  // Rich-text clients may keep the emphasis or code marks of a command copied from the alert.
  const normalized = line
    .toLowerCase()
    .replace(/^[*_`'"“„«\s]+|[*_`'"”»\s.!]+$/g, '')
    .replace(/\s+/g, ' ');
  if (normalized === 'done' || normalized === 'close' || normalized === 'reopen')
    return { command: normalized };

  const snooze = /^snooze(?: (.+))?$/.exec(normalized);
  if (snooze) {
    const rest = snooze[1];
    if (rest === undefined) return { command: 'snooze', until: { kind: 'after', duration: DEFAULT_SNOOZE } };
    const untilDate = /^(?:until|till|til|to) (\d{4}-\d{2}-\d{2})$/.exec(rest)?.[1];
    if (untilDate !== undefined) {
      return isCalendarDate(untilDate)
        ? { command: 'snooze', until: { kind: 'date', date: untilDate } }
        : null;
    }
    const duration = parseDurationText(rest.replace(/^for /, ''));
    return duration === null ? null : { command: 'snooze', until: { kind: 'after', duration } };
  }

  const extend = /^extend (?:by )?(.+)$/.exec(normalized);
  if (extend?.[1]) {
    const duration = parseDurationText(extend[1]);
    return duration === null ? null : { command: 'extend', by: duration };
  }
  return null;
}

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/**
 * The case id a reply is about when it answers one of our alerts (In-Reply-To first, then References from the
 * newest), else null. The id comes from headers anyone can write: the caller must still check that the case
 * belongs to the user the reply came from.
 */
export function isReplyToOurAlert(
  headers: { inReplyTo: string | null; references: string[] },
  alertDomain: string,
): string | null {
  const candidates = [
    ...(headers.inReplyTo?.match(/<[^<>]+>/g) ?? []),
    ...headers.references.flatMap((value) => value.match(/<[^<>]+>/g) ?? [value]).reverse(),
  ];
  for (const candidate of candidates) {
    const caseId = caseIdFromMessageId(candidate, alertDomain);
    if (caseId !== null) return caseId;
  }
  return null;
}

/**
 * Whether a message was sent by a machine (out-of-office, mailing list, bounce-like): such "replies" must not
 * be read as commands nor answered, or two robots could mail each other forever. Header names lower-case.
 */
export function isAutomaticReply(headers: Record<string, string | undefined>): boolean {
  const autoSubmitted = headers['auto-submitted']?.trim().toLowerCase();
  if (autoSubmitted !== undefined && autoSubmitted !== '' && !autoSubmitted.startsWith('no')) return true;
  const precedence = headers.precedence?.trim().toLowerCase();
  if (precedence !== undefined && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return true;
  return headers['x-autoreply'] !== undefined || headers['x-autorespond'] !== undefined;
}
