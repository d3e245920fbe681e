import {
  type Case,
  type Expectation,
  guaranteeSweepAt,
  isAwaited,
  isRefundConfirmed,
  MAX_GUARANTEE_NOTICE_DAYS,
  sweepAt,
} from '../cases/case';
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

/**
 * The policy from a reminder schedule and a notice period in days (default 3).
 * @throws RangeError for a notice period above MAX_GUARANTEE_NOTICE_DAYS (windows are first looked at then).
 */
export function alertPolicy(reminders: ReminderSchedule, guaranteeNoticeDays = 3): AlertPolicy {
  if (guaranteeNoticeDays > MAX_GUARANTEE_NOTICE_DAYS) {
    throw new RangeError(`a money-back notice period is at most ${MAX_GUARANTEE_NOTICE_DAYS} days`);
  }
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

/** What the sweep should do for a sweep index entry it found due. */
export type AlertPlan =
  | { action: 'send'; alert: PlannedAlert }
  /** Nothing to send now; store this case (the entry's next look time moved, maybe to none) so the index moves on. */
  | { action: 'reschedule'; caseRecord: Case }
  /** Nothing to do now (met, closed, snoozed, or not due after all: the index entry was stale). */
  | { action: 'skip'; reason: 'not-due' | 'not-found' };

/**
 * Decides, from a freshly read case, what is due for one expectation at `now`: its deadline alert (overdue,
 * reminder, or the rejection). Met and cancelled expectations, closed cases and snoozes are skipped: `sweepAt`
 * already keeps them out of the index until they need a look.
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
  const next = nextAlertAt(expectation, policy.reminders);
  return {
    action: 'reschedule',
    caseRecord: {
      ...caseRecord,
      expectations: caseRecord.expectations.map((candidate) =>
        candidate.id === expectationId ? { ...candidate, nextAlertAt: next } : candidate,
      ),
    },
  };
}

/**
 * Decides, from a freshly read case, what is due for its money-back window at `now`: the notice
 * (`guaranteeNoticeMs` before the window closes), or storing when it will be due under this policy (the case's
 * writers only know the earliest it could be, see guaranteeSweepAt), or that nothing is left to send.
 */
export function planGuaranteeNotice(caseRecord: Case, now: Date, policy: AlertPolicy): AlertPlan {
  const at = guaranteeSweepAt(caseRecord);
  const nowIso = now.toISOString();
  const until = caseRecord.refundEligibleUntil;
  if (at === null || at > nowIso || until === null) return { action: 'skip', reason: 'not-due' };
  const noticeAt = pendingGuaranteeNoticeAt(caseRecord, nowIso, policy);
  if (noticeAt !== null && noticeAt <= nowIso) {
    return {
      action: 'send',
      alert: {
        reason: 'guarantee-closing',
        caseId: caseRecord.id,
        expectationId: null,
        occurrence: until,
        sequence: 0,
      },
    };
  }
  return { action: 'reschedule', caseRecord: { ...caseRecord, guaranteeNotice: { until, noticeAt } } };
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
    // Nothing more to send for this window: its sweep index entry goes.
    return { ...base, guaranteeNotice: { until: alert.occurrence, noticeAt: null } };
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
  const next = nextAlertAt(alerted, context.policy.reminders);
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
 * none to send: no window, the case closed, the refund already confirmed, the window already closed at `now`,
 * or the notice already sent for this window.
 */
export function pendingGuaranteeNoticeAt(caseRecord: Case, now: string, policy: AlertPolicy): string | null {
  const until = caseRecord.refundEligibleUntil;
  if (until === null || until <= now || caseRecord.status === 'closed') return null;
  if (isRefundConfirmed(caseRecord) || guaranteeNoticeSent(caseRecord, until)) return null;
  return new Date(Date.parse(until) - policy.guaranteeNoticeMs).toISOString();
}

/**
 * When the sweep should next look at an expectation for its own alerts: its due time before the first alert (the
 * rejection time for an unannounced rejection), then its next reminder; null when nothing is left to send.
 */
export function nextAlertAt(expectation: Expectation, schedule: ReminderSchedule): string | null {
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
  const at = nextAlertAt(expectation, schedule);
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
