import { DateTime } from 'luxon';
import type { Duration } from '../classify/types';
import type { UnmatchedMessage } from '../store/messages';
import type { TransitionDeps } from './apply-message';
import {
  type Case,
  type Expectation,
  type ExpectationSource,
  type ExpectedKind,
  isAwaited,
  pendingExpectation,
  type TimelineDetails,
  type TimelineEntry,
  type TimelineEntryType,
} from './case';
import type { DeadlineCalendar } from './deadlines';
import { refreshTitle } from './title';
import type { User } from './user';

/** When a confirmation is due, as a user states it: a window from the promise, an instant, or a whole local day. */
export type DueSpec =
  | { kind: 'within'; within: Duration }
  | { kind: 'at'; at: Date }
  /** A calendar date (YYYY-MM-DD): due at the end of that day in the deadline's time zone. */
  | { kind: 'date'; date: string };

/** Something the user was promised by phone, chat or letter. */
export interface ManualPromise {
  expect: ExpectedKind;
  due: DueSpec;
}

/** A user's request to follow a vendor by hand. */
export interface ManualCaseInput {
  vendor: { domain: string; name: string | null };
  /** null: an automatic title from the vendor and what is awaited. */
  title: string | null;
  expectations: ManualPromise[];
  /** When the promises were made (windows count from here). */
  promisedAt: Date;
  refundEligibleUntil: string | null;
  note: string | null;
  reference: string | null;
}

/** A phone call or chat logged on a case, optionally with a new promise. */
export interface CaseNote {
  text: string;
  at: Date;
  reference: string | null;
  promise: ManualPromise | null;
}

/** A user action that the case's state does not allow (e.g. moving a due time that was already met). */
export class CaseActionError extends Error {
  override name = 'CaseActionError';
}

/**
 * Where a case's deadlines are counted: the vendor's zone and country when the directory knows the vendor,
 * otherwise the user's zone with weekends only (the same rule as for vendor mail).
 */
export function deadlineCalendar(vendorDomain: string, user: User, deps: TransitionDeps): DeadlineCalendar {
  const profile = deps.findVendorProfile(vendorDomain);
  return profile
    ? { timeZone: profile.timeZone, country: profile.country }
    : { timeZone: user.timeZone, country: null };
}

/** The instant a due spec stands for, counted from `promisedAt` in `calendar`. */
export function resolveDue(
  due: DueSpec,
  promisedAt: Date,
  calendar: DeadlineCalendar,
  deps: TransitionDeps,
): Date {
  switch (due.kind) {
    case 'within':
      return deps.computeDueAt(promisedAt, due.within, calendar);
    case 'at':
      return due.at;
    case 'date':
      return endOfLocalDate(due.date, calendar.timeZone);
  }
}

/** The last second of a local calendar day ("2026-12-17" in New York → 2026-12-18T04:59:59Z). */
export function endOfLocalDate(date: string, timeZone: string): Date {
  const day = DateTime.fromISO(date, { zone: timeZone });
  if (!day.isValid) throw new RangeError(`not a calendar date in ${timeZone}: ${date}`);
  return day.plus({ days: 1 }).startOf('day').minus({ seconds: 1 }).toJSDate();
}

/** Opens a case the user states by hand (after a phone call, say), with its expectations and an optional note. */
export function openManualCase(input: ManualCaseInput, user: User, deps: TransitionDeps, now: Date): Case {
  const at = now.toISOString();
  const calendar = deadlineCalendar(input.vendor.domain, user, deps);
  const entries: TimelineEntry[] = [entry(deps, at, 'status', 'Case opened by hand', { status: 'open' })];
  const expectations = input.expectations.map((promise) => {
    const expectation = newExpectation(promise, input.promisedAt, calendar, { kind: 'manual' }, deps);
    entries.push(expectationAddedEntry(deps, at, expectation));
    return expectation;
  });
  if (input.note !== null) entries.push(entry(deps, at, 'note', input.note, { reference: input.reference }));
  const opened: Case = {
    id: deps.newId(),
    userId: user.id,
    vendor: input.vendor,
    title: input.title ?? '',
    titleIsCustom: input.title !== null,
    status: 'open',
    references: input.reference === null ? [] : [input.reference],
    amount: null,
    currency: null,
    expectations,
    timeline: entries,
    snoozedUntil: null,
    refundEligibleUntil: input.refundEligibleUntil,
    alertNeeded: false,
    createdAt: at,
    updatedAt: at,
    version: 0,
  };
  return refreshTitle(opened);
}

/**
 * Logs a note. A promise in it adds the expectation, or moves the due time of the one already awaited (a newer
 * promise replaces an older one, as with vendor mail); a case that was resolved or closed opens again, since
 * something is awaited once more.
 */
export function addNote(caseRecord: Case, note: CaseNote, user: User, deps: TransitionDeps, now: Date): Case {
  const at = now.toISOString();
  const entries: TimelineEntry[] = [
    entry(deps, at, 'note', note.text, { notedAt: note.at.toISOString(), reference: note.reference }),
  ];
  let expectations = caseRecord.expectations;
  if (note.promise !== null) {
    const calendar = deadlineCalendar(caseRecord.vendor.domain, user, deps);
    const awaited = expectations.find(
      (candidate) => candidate.expect === note.promise?.expect && isAwaited(candidate),
    );
    if (awaited) {
      const dueAt = resolveDue(note.promise.due, note.at, calendar, deps).toISOString();
      const moved = rescheduled(
        awaited,
        dueAt,
        note.at.toISOString(),
        calendar.timeZone,
        dueSource('note', note.promise.due),
      );
      expectations = expectations.map((candidate) => (candidate.id === awaited.id ? moved : candidate));
      entries.push(movedEntry(deps, at, awaited, dueAt));
    } else {
      const added = newExpectation(note.promise, note.at, calendar, { kind: 'note' }, deps);
      expectations = [...expectations, added];
      entries.push(expectationAddedEntry(deps, at, added));
    }
  }
  let status = caseRecord.status;
  if (note.promise !== null && status !== 'open') {
    entries.push(
      entry(deps, at, 'status', 'Reopened: a new promise was logged', { from: status, to: 'open' }),
    );
    status = 'open';
  }
  const references =
    note.reference === null || caseRecord.references.includes(note.reference)
      ? caseRecord.references
      : [...caseRecord.references, note.reference];
  return refreshTitle({
    ...caseRecord,
    status,
    references,
    expectations,
    timeline: [...caseRecord.timeline, ...entries],
    updatedAt: at,
  });
}

/**
 * Moves the due time of an awaited expectation (the user agreed a new date with the vendor). Alerts start over
 * from the new time; an overdue expectation becomes pending again.
 * @throws CaseActionError when the case has no such expectation or it is no longer awaited.
 */
export function moveDueTime(
  caseRecord: Case,
  expectationId: string,
  due: DueSpec,
  user: User,
  deps: TransitionDeps,
  now: Date,
): Case {
  const expectation = caseRecord.expectations.find((candidate) => candidate.id === expectationId);
  if (!expectation) throw new CaseActionError(`case ${caseRecord.id} has no expectation ${expectationId}`);
  if (!isAwaited(expectation)) {
    throw new CaseActionError(
      `expectation ${expectationId} is ${expectation.status}: only awaited ones can be moved`,
    );
  }
  const calendar = deadlineCalendar(caseRecord.vendor.domain, user, deps);
  const dueAt = resolveDue(due, now, calendar, deps).toISOString();
  if (dueAt === expectation.dueAt) return caseRecord;
  const at = now.toISOString();
  const moved = rescheduled(expectation, dueAt, at, calendar.timeZone, dueSource('manual', due));
  return {
    ...caseRecord,
    expectations: caseRecord.expectations.map((candidate) =>
      candidate.id === expectationId ? moved : candidate,
    ),
    timeline: [...caseRecord.timeline, movedEntry(deps, at, expectation, dueAt)],
    updatedAt: at,
  };
}

/**
 * Puts an accepted message that matched no case on a case's timeline, as the user asked. The message's facts
 * are recorded; what it means for the expectations is the user's to say (a note or a status change), because
 * unmatched messages carry no reliable vendor reading.
 */
export function attachMessage(
  caseRecord: Case,
  message: UnmatchedMessage,
  deps: TransitionDeps,
  now: Date,
): Case {
  const at = now.toISOString();
  const subject = message.subject ?? '(no subject)';
  const details: TimelineDetails = {
    messageId: message.messageId,
    receivedAt: message.receivedAt,
    subject: message.subject,
    vendorDomain: message.vendorDomain,
    vendorName: message.vendorName,
    kinds: message.kinds,
    unmatchedReason: message.reason,
    rawLocation: message.rawLocation,
    attachedByUser: true,
  };
  return {
    ...caseRecord,
    timeline: [
      ...caseRecord.timeline,
      entry(deps, at, 'message', `Attached by the user: ${subject}`, details),
    ],
    updatedAt: at,
  };
}

/**
 * When a snooze "for" a window ends: minutes and hours exactly; days and weeks at the same local time that many
 * days later; business days at the same local time on the Nth business day (alerts resume during the day, not at
 * midnight as a deadline would).
 */
export function snoozeEnd(now: Date, within: Duration, timeZone: string, deps: TransitionDeps): Date {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  switch (within.unit) {
    case 'minutes':
      return local.plus({ minutes: within.value }).toJSDate();
    case 'hours':
      return local.plus({ hours: within.value }).toJSDate();
    case 'days':
      return local.plus({ days: within.value }).toJSDate();
    case 'weeks':
      return local.plus({ weeks: within.value }).toJSDate();
    case 'business_days': {
      const lastDay = DateTime.fromJSDate(deps.computeDueAt(now, within, { timeZone, country: null }), {
        zone: timeZone,
      });
      return lastDay
        .set({ hour: local.hour, minute: local.minute, second: local.second, millisecond: 0 })
        .toJSDate();
    }
  }
}

function newExpectation(
  promise: ManualPromise,
  promisedAt: Date,
  calendar: DeadlineCalendar,
  origin: { kind: 'manual' | 'note' },
  deps: TransitionDeps,
): Expectation {
  const dueAt = resolveDue(promise.due, promisedAt, calendar, deps).toISOString();
  return pendingExpectation({
    id: deps.newId(),
    expect: promise.expect,
    promisedAt: promisedAt.toISOString(),
    dueAt,
    timeZone: calendar.timeZone,
    source: dueSource(origin.kind, promise.due),
  });
}

function dueSource(kind: 'manual' | 'note', due: DueSpec): ExpectationSource {
  return { kind, messageId: null, within: due.kind === 'within' ? due.within : null };
}

function rescheduled(
  expectation: Expectation,
  dueAt: string,
  promisedAt: string,
  timeZone: string,
  source: ExpectationSource,
): Expectation {
  return {
    ...expectation,
    status: 'pending',
    promisedAt,
    dueAt,
    timeZone,
    source,
    nextAlertAt: dueAt,
    alertsSent: 0,
    lastAlertAt: null,
  };
}

function entry(
  deps: TransitionDeps,
  at: string,
  type: TimelineEntryType,
  summary: string,
  details: TimelineDetails,
): TimelineEntry {
  return { id: deps.newId(), at, type, summary, details };
}

function expectationAddedEntry(deps: TransitionDeps, at: string, expectation: Expectation): TimelineEntry {
  return entry(deps, at, 'expectation', `${label(expectation.expect)} expected by ${expectation.dueAt}`, {
    expectationId: expectation.id,
    dueAt: expectation.dueAt,
    source: expectation.source.kind,
  });
}

function movedEntry(
  deps: TransitionDeps,
  at: string,
  expectation: Expectation,
  dueAt: string,
): TimelineEntry {
  return entry(deps, at, 'expectation', `${label(expectation.expect)} now due by ${dueAt}`, {
    expectationId: expectation.id,
    from: expectation.dueAt,
    to: dueAt,
  });
}

function label(expect: ExpectedKind): string {
  return expect === 'cancellation.confirmed' ? 'Cancellation confirmation' : 'Refund confirmation';
}
