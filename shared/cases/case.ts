import type { Duration } from '../classify/types';

/** open: something is still awaited; resolved: nothing pending; closed: the user is done with it. */
export type CaseStatus = 'open' | 'resolved' | 'closed';

/** What a case waits for: the vendor confirming the cancellation or the refund. */
export type ExpectedKind = 'cancellation.confirmed' | 'refund.confirmed';

/** pending: awaited; overdue: awaited past its due time (set by the sweep when it alerts); the rest are final. */
export type ExpectationStatus = 'pending' | 'met' | 'overdue' | 'rejected' | 'cancelled';

/** Where an expectation's due time came from. */
export interface ExpectationSource {
  /** promise: the vendor's own window; default: the user's window, the vendor named none; note/manual: the user. */
  kind: 'promise' | 'default' | 'note' | 'manual';
  /** Our id of the message that created or last moved it (null for notes and manual entries). */
  messageId: string | null;
  /** The window the due time was computed from (null for an absolute manual due time). */
  within: Duration | null;
}

/** A confirmation the vendor owes by a time. */
export interface Expectation {
  id: string;
  expect: ExpectedKind;
  status: ExpectationStatus;
  /** When the promise was made (the vendor message's Date, or the note's time), ISO 8601 UTC. */
  promisedAt: string;
  dueAt: string;
  /** The IANA zone the deadline was counted in (the vendor's when known, else the user's). */
  timeZone: string;
  source: ExpectationSource;
  metAt: string | null;
  metByMessageId: string | null;
  /** Facts from the message that met or rejected it. */
  amount: string | null;
  currency: string | null;
  reference: string | null;
  /** When the sweep should next look at it (first the due time, then reminders); null: nothing to send. */
  nextAlertAt: string | null;
  alertsSent: number;
  lastAlertAt: string | null;
}

export type TimelineEntryType = 'message' | 'note' | 'alert' | 'status' | 'expectation';

/** JSON-friendly detail values of a timeline entry. */
export type TimelineDetails = Record<string, string | number | boolean | null | string[]>;

/** One thing that happened to a case, oldest first in `Case.timeline`. */
export interface TimelineEntry {
  id: string;
  at: string;
  type: TimelineEntryType;
  summary: string;
  details: TimelineDetails;
}

/** When the sweep gives the notice of one money-back window, as it planned it with its configured notice period. */
export interface GuaranteeNoticePlan {
  /** The window end (`refundEligibleUntil`) planned for: a moved window is planned anew. */
  until: string;
  /** When the notice is due; null when there is nothing (more) to send for this window. */
  noticeAt: string | null;
}

/** Something a user is waiting for from one vendor. */
export interface Case {
  id: string;
  userId: string;
  vendor: { domain: string; name: string | null };
  title: string;
  /** True once the user set the title; automatic titles follow the expectations. */
  titleIsCustom: boolean;
  status: CaseStatus;
  /** The vendor's case, ticket, order or refund numbers seen so far. */
  references: string[];
  amount: string | null;
  currency: string | null;
  expectations: Expectation[];
  timeline: TimelineEntry[];
  /** No alerts before this time. */
  snoozedUntil: string | null;
  /** End of a money-back window, when known. */
  refundEligibleUntil: string | null;
  /** The sweep's plan for the window's notice; absent until the sweep has looked at the window (guaranteeSweepAt). */
  guaranteeNotice?: GuaranteeNoticePlan;
  /** Set when something needs an alert at once (a rejected refund); the sweep clears it. */
  alertNeeded: boolean;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-locking counter of the stored case; 0 before the first save. */
  version: number;
}

/** A new, empty open case (no expectations, no timeline yet); version 0 until first saved. */
export function newCase(fields: {
  id: string;
  userId: string;
  vendor: Case['vendor'];
  at: Date;
  title?: string | undefined;
}): Case {
  const at = fields.at.toISOString();
  return {
    id: fields.id,
    userId: fields.userId,
    vendor: fields.vendor,
    title: fields.title ?? '',
    titleIsCustom: fields.title !== undefined,
    status: 'open',
    references: [],
    amount: null,
    currency: null,
    expectations: [],
    timeline: [],
    snoozedUntil: null,
    refundEligibleUntil: null,
    alertNeeded: false,
    createdAt: at,
    updatedAt: at,
    version: 0,
  };
}

/** A newly awaited confirmation: pending, due (and first looked at by the sweep) at `dueAt`. */
export function pendingExpectation(fields: {
  id: string;
  expect: ExpectedKind;
  promisedAt: string;
  dueAt: string;
  timeZone: string;
  source: ExpectationSource;
}): Expectation {
  return {
    ...fields,
    status: 'pending',
    metAt: null,
    metByMessageId: null,
    amount: null,
    currency: null,
    reference: null,
    nextAlertAt: fields.dueAt,
    alertsSent: 0,
    lastAlertAt: null,
  };
}

/** Whether the vendor still owes this confirmation. */
export function isAwaited(expectation: Expectation): boolean {
  return expectation.status === 'pending' || expectation.status === 'overdue';
}

/**
 * When the sweep must look at an expectation, or null when it must not: closed cases and expectations with
 * nothing to send stay out of the sweep index; a snooze pushes the time back. Only the expectation's own alerts
 * count here (due time, reminders, a rejection); the money-back window has its own entry (guaranteeSweepAt).
 */
export function sweepAt(caseRecord: Case, expectation: Expectation): string | null {
  if (caseRecord.status === 'closed' || expectation.nextAlertAt === null) return null;
  if (!isAwaited(expectation) && expectation.status !== 'rejected') return null;
  return afterSnooze(caseRecord, expectation.nextAlertAt);
}

/**
 * The longest notice period the sweep may be configured with (ALERT_GUARANTEE_NOTICE_DAYS). Writers of a case do
 * not know the sweep's configuration, so a window nobody has planned yet is looked at this long before it closes;
 * the sweep then stores its own notice time on the case (`guaranteeNotice`), and no configuration hears late.
 */
export const MAX_GUARANTEE_NOTICE_DAYS = 30;

const DAY_MS = 86_400_000;

/**
 * When the sweep must look at a case's money-back window, or null when it must not: no window, the case closed,
 * the refund confirmed, or nothing left to send for the window. Until the sweep has planned the window, the
 * earliest its notice could be due (MAX_GUARANTEE_NOTICE_DAYS before the end); then the planned notice time. A
 * snooze pushes the time back. This is the case's own sweep index entry, apart from its expectations', so a
 * window is watched whatever the case awaits, and its notice is not held back by a later due time.
 */
export function guaranteeSweepAt(caseRecord: Case): string | null {
  const until = caseRecord.refundEligibleUntil;
  if (until === null || caseRecord.status === 'closed' || isRefundConfirmed(caseRecord)) return null;
  const plan = caseRecord.guaranteeNotice;
  const noticeAt =
    plan?.until === until
      ? plan.noticeAt
      : new Date(Date.parse(until) - MAX_GUARANTEE_NOTICE_DAYS * DAY_MS).toISOString();
  return noticeAt === null ? null : afterSnooze(caseRecord, noticeAt);
}

/** Whether the vendor has confirmed the refund (a money-back window then needs no notice). */
export function isRefundConfirmed(caseRecord: Case): boolean {
  return caseRecord.expectations.some(
    (expectation) => expectation.expect === 'refund.confirmed' && expectation.status === 'met',
  );
}

/** `at`, or the end of the case's snooze when that is later. */
function afterSnooze(caseRecord: Case, at: string): string {
  const snoozedUntil = caseRecord.snoozedUntil;
  // ISO 8601 UTC times sort as text.
  return snoozedUntil !== null && snoozedUntil > at ? snoozedUntil : at;
}

/** The earliest due time among awaited expectations, or null. */
export function nextDueAt(caseRecord: Case): string | null {
  const due = caseRecord.expectations.filter(isAwaited).map((expectation) => expectation.dueAt);
  // ISO 8601 UTC times sort as text.
  return due.sort()[0] ?? null;
}

/** Whether any awaited expectation has been flagged overdue. */
export function hasOverdue(caseRecord: Case): boolean {
  return caseRecord.expectations.some((expectation) => expectation.status === 'overdue');
}
