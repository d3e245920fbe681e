import { type Case, type Expectation, isAwaited, sweepAt } from '../cases/case';
import type { AlertReason } from './composed-alert';

/**
 * When alerts go out for one expectation, and which one is due now. Pure: the sweep reads a case, asks
 * `planAlert` what to do, and after sending asks `recordAlert` for the case as it should be stored.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Reminders after an expectation's first overdue alert. */
export interface ReminderSchedule {
  /** From the first alert to the first reminder. */
  firstAfterMs: number;
  /** Between later reminders. */
  everyMs: number;
  /** Reminders after the first alert; 0 sends the overdue alert only. */
  maxReminders: number;
}

/** One day after the first alert, then every three days, at most five reminders. */
export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  firstAfterMs: DAY_MS,
  everyMs: 3 * DAY_MS,
  maxReminders: 5,
};

/** Everything that decides alert times besides the case itself. */
export interface AlertPolicy {
  reminders: ReminderSchedule;
  /** How long before a money-back window closes the user hears about it. */
  guaranteeNoticeMs: number;
}

/** The policy from a reminder schedule and a notice period in days (default 3). */
export function alertPolicy(reminders: ReminderSchedule, guaranteeNoticeDays = 3): AlertPolicy {
  return { reminders, guaranteeNoticeMs: guaranteeNoticeDays * DAY_MS };
}

/**
 * One alert to send, and what makes it unique. Two plans with the same identity are the same alert: the sweep
 * claims it under this identity so it goes out once, however many sweeps see it.
 */
export interface PlannedAlert {
  reason: AlertReason;
  caseId: string;
  /** The expectation the alert is about; null for a money-back window (a case-level alert). */
  expectationId: string | null;
  /**
   * Which occurrence of the deadline it is about: due and promise times (a moved deadline is a new one), the
   * rejection time, or the end of the money-back window.
   */
  occurrence: string;
  /** Deadline alerts sent before this one for the occurrence (0: the overdue alert, n: the n-th reminder). */
  sequence: number;
}

/** What the sweep should do for an expectation it found due. */
export type AlertPlan =
  | { action: 'send'; alert: PlannedAlert }
  /** Nothing to send; store this as the expectation's next alert time (null: none) so the index moves on. */
  | { action: 'reschedule'; nextAlertAt: string | null }
  /** Nothing to do now (met, closed, snoozed, or not due after all: the index entry was stale). */
  | { action: 'skip'; reason: 'not-due' | 'not-found' };

/**
 * Decides, from a freshly read case, what is due for one expectation at `now`: its deadline alert (overdue,
 * reminder, or the rejection) first, then the money-back window notice. Met and cancelled expectations, closed
 * cases and snoozes are skipped: `sweepAt` already keeps them out of the index until they need a look.
 */
export function planAlert(
  caseRecord: Case,
  expectationId: string,
  now: Date,
  policy: AlertPolicy,
): AlertPlan {
  const expectation = caseRecord.expectations.find((candidate) => candidate.id === expectationId);
  if (!expectation) return { action: 'skip', reason: 'not-found' };
  const at = sweepAt(caseRecord, expectation);
  const nowIso = now.toISOString();
  if (at === null || at > nowIso) return { action: 'skip', reason: 'not-due' };

  const deadlineAlert = dueDeadlineAlert(caseRecord, expectation, nowIso, policy.reminders);
  if (deadlineAlert) return { action: 'send', alert: deadlineAlert };
  const noticeAt = pendingGuaranteeNoticeAt(caseRecord, nowIso, policy);
  if (noticeAt !== null && noticeAt <= nowIso) {
    return {
      action: 'send',
      alert: {
        reason: 'guarantee-closing',
        caseId: caseRecord.id,
        expectationId: null,
        occurrence: caseRecord.refundEligibleUntil ?? '',
        sequence: 0,
      },
    };
  }
  return { action: 'reschedule', nextAlertAt: nextAlertAt(caseRecord, expectation, nowIso, policy) };
}

/** Details of an alert that went out (or was given up on), for the timeline. */
export interface AlertDelivery {
  alertId: string;
  messageId: string;
  /** When the alert was claimed: the alert's time, the same on every retry. */
  at: string;
  channel: string | null;
  /** The channel's id for the delivery; null when delivery failed for good. */
  receiptId: string | null;
  /** Set when the channel refused the alert for good: recorded so the schedule moves on. */
  error: string | null;
}

/**
 * The case after an alert went out: a timeline entry, and for deadline alerts the expectation marked overdue
 * (a rejection stays rejected), its count and time of alerts, and its next alert time per the schedule.
 * Returns null when the case already records this alert (a second sweep or a retry got here first).
 */
export function recordAlert(
  caseRecord: Case,
  alert: PlannedAlert,
  delivery: AlertDelivery,
  context: { policy: AlertPolicy; newId: () => string },
): Case | null {
  const entry = {
    id: context.newId(),
    at: delivery.at,
    type: 'alert' as const,
    summary: alertSummary(alert.reason, delivery.error),
    details: {
      reason: alert.reason,
      alertId: delivery.alertId,
      messageId: delivery.messageId,
      expectationId: alert.expectationId,
      occurrence: alert.occurrence,
      sequence: alert.sequence,
      channel: delivery.channel,
      receiptId: delivery.receiptId,
      error: delivery.error,
    },
  };
  const base = { ...caseRecord, updatedAt: delivery.at, timeline: [...caseRecord.timeline, entry] };

  if (alert.reason === 'guarantee-closing') {
    if (guaranteeNoticeSent(caseRecord, alert.occurrence)) return null;
    // Expectations that were waiting for this notice move on at their own next sweep.
    return base;
  }
  const expectation = caseRecord.expectations.find((candidate) => candidate.id === alert.expectationId);
  if (!expectation || !sameOccurrence(expectation, alert)) return null;
  const alerted: Expectation = {
    ...expectation,
    status: expectation.status === 'rejected' ? 'rejected' : 'overdue',
    alertsSent: expectation.alertsSent + 1,
    lastAlertAt: delivery.at,
  };
  const after: Case = {
    ...base,
    alertNeeded: alert.reason === 'rejected' ? false : caseRecord.alertNeeded,
    expectations: caseRecord.expectations.map((candidate) =>
      candidate.id === alerted.id ? alerted : candidate,
    ),
  };
  const next = nextAlertAt(after, alerted, delivery.at, context.policy);
  return {
    ...after,
    expectations: after.expectations.map((candidate) =>
      candidate.id === alerted.id ? { ...alerted, nextAlertAt: next } : candidate,
    ),
  };
}

/**
 * The first reminder `firstAfterMs` after the first alert, then one every `everyMs`, at most `maxReminders`;
 * null when none is left. `alertsSent` counts the overdue alert and the reminders sent so far.
 */
export function nextReminderAt(
  alertsSent: number,
  lastAlertAt: string | null,
  schedule: ReminderSchedule,
): string | null {
  if (alertsSent === 0 || lastAlertAt === null) return null;
  if (alertsSent - 1 >= schedule.maxReminders) return null;
  const gap = alertsSent === 1 ? schedule.firstAfterMs : schedule.everyMs;
  return new Date(Date.parse(lastAlertAt) + gap).toISOString();
}

/**
 * When the money-back window notice is due (`guaranteeNoticeMs` before the window ends), or null when there is
 * none to send: no window, the refund already confirmed, the window already closed at `now`, or the notice
 * already sent for this window.
 */
export function pendingGuaranteeNoticeAt(caseRecord: Case, now: string, policy: AlertPolicy): string | null {
  const until = caseRecord.refundEligibleUntil;
  if (until === null || until <= now || caseRecord.status === 'closed') return null;
  const refundConfirmed = caseRecord.expectations.some(
    (expectation) => expectation.expect === 'refund.confirmed' && expectation.status === 'met',
  );
  if (refundConfirmed || guaranteeNoticeSent(caseRecord, until)) return null;
  return new Date(Date.parse(until) - policy.guaranteeNoticeMs).toISOString();
}

/**
 * When the sweep should next look at an expectation, given the case as it stands: its due time before the
 * first alert (the rejection time for an unannounced rejection), then its next reminder, or the money-back
 * notice if that comes sooner; null when nothing is left to send.
 */
export function nextAlertAt(
  caseRecord: Case,
  expectation: Expectation,
  now: string,
  policy: AlertPolicy,
): string | null {
  const candidates: string[] = [];
  const deadline = deadlineAlertAt(expectation, policy.reminders);
  if (deadline !== null) candidates.push(deadline);
  if (isAwaited(expectation) || expectation.status === 'rejected') {
    const notice = pendingGuaranteeNoticeAt(caseRecord, now, policy);
    if (notice !== null) candidates.push(notice);
  }
  // ISO 8601 UTC times sort as text.
  return candidates.sort()[0] ?? null;
}

/** When the expectation's own next alert (overdue, reminder or rejection) is due, or null. */
function deadlineAlertAt(expectation: Expectation, schedule: ReminderSchedule): string | null {
  if (expectation.status === 'rejected') {
    return expectation.alertsSent === 0 ? (expectation.metAt ?? expectation.dueAt) : null;
  }
  if (!isAwaited(expectation)) return null;
  if (expectation.alertsSent === 0) return expectation.dueAt;
  return nextReminderAt(expectation.alertsSent, expectation.lastAlertAt, schedule);
}

function dueDeadlineAlert(
  caseRecord: Case,
  expectation: Expectation,
  now: string,
  schedule: ReminderSchedule,
): PlannedAlert | null {
  const at = deadlineAlertAt(expectation, schedule);
  if (at === null || at > now) return null;
  const reason: AlertReason =
    expectation.status === 'rejected' ? 'rejected' : expectation.alertsSent === 0 ? 'overdue' : 'reminder';
  return {
    reason,
    caseId: caseRecord.id,
    expectationId: expectation.id,
    occurrence: occurrenceOf(expectation),
    sequence: expectation.alertsSent,
  };
}

/** A deadline's identity: a new promise or a moved due time starts a new one (and its alerts start over). */
function occurrenceOf(expectation: Expectation): string {
  return expectation.status === 'rejected'
    ? `rejected/${expectation.metAt ?? expectation.dueAt}`
    : `${expectation.dueAt}/${expectation.promisedAt}`;
}

function sameOccurrence(expectation: Expectation, alert: PlannedAlert): boolean {
  return occurrenceOf(expectation) === alert.occurrence && expectation.alertsSent === alert.sequence;
}

function guaranteeNoticeSent(caseRecord: Case, until: string): boolean {
  return caseRecord.timeline.some(
    (entry) =>
      entry.type === 'alert' &&
      entry.details.reason === 'guarantee-closing' &&
      entry.details.occurrence === until,
  );
}

function alertSummary(reason: AlertReason, error: string | null): string {
  const what = {
    overdue: 'Overdue alert',
    reminder: 'Reminder',
    rejected: 'Refund rejection alert',
    'guarantee-closing': 'Money-back window notice',
  }[reason];
  return error === null ? `${what} sent` : `${what} could not be delivered: ${error}`;
}
