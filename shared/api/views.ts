import { DateTime } from 'luxon';
import { type Case, type Expectation, isAwaited } from '../cases/case';
import type { User } from '../cases/user';
import type { CaseHeader } from '../store/case-items';
import type { UnmatchedMessage } from '../store/messages';
import type {
  CaseListItemView,
  CaseSummaryView,
  CaseView,
  ExpectationView,
  UnmatchedMessageView,
  UserView,
} from './schemas';

/** A user as the API shows it (token hashes and the version stay inside). */
export function userView(user: User): UserView {
  return {
    id: user.id,
    email: user.email,
    forwardingAddresses: user.forwardingAddresses,
    watchAddresses: user.watchAddresses ?? [],
    alertEmail: user.alertEmail,
    timeZone: user.timeZone,
    language: user.language,
    defaultWindows: user.defaultWindows,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

/** The same instant in `timeZone`, ISO 8601 with that zone's offset ("2026-12-17T23:59:59.000-05:00"). */
export function localTime(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).toISO() ?? iso;
}

/** Still awaited and past due at `now` (whether or not the sweep has flagged it yet). */
export function isOverdue(expectation: Expectation, now: Date): boolean {
  return (
    expectation.status === 'overdue' ||
    (isAwaited(expectation) && Date.parse(expectation.dueAt) <= now.getTime())
  );
}

export function expectationView(expectation: Expectation, user: User, now: Date): ExpectationView {
  return {
    id: expectation.id,
    expect: expectation.expect,
    status: expectation.status,
    overdue: isOverdue(expectation, now),
    promisedAt: expectation.promisedAt,
    dueAt: expectation.dueAt,
    dueAtLocal: localTime(expectation.dueAt, user.timeZone),
    timeZone: expectation.timeZone,
    source: expectation.source,
    metAt: expectation.metAt,
    amount: expectation.amount,
    currency: expectation.currency,
    reference: expectation.reference,
    alertsSent: expectation.alertsSent,
    lastAlertAt: expectation.lastAlertAt,
  };
}

/** A case with its expectations and timeline; times also in the user's zone. */
export function caseView(caseRecord: Case, user: User, now: Date): CaseView {
  const expectations = caseRecord.expectations.map((expectation) => expectationView(expectation, user, now));
  const nextDueAt = earliest(
    caseRecord.expectations.filter(isAwaited).map((expectation) => expectation.dueAt),
  );
  return {
    ...commonFields(caseRecord, user, nextDueAt),
    overdue: caseRecord.status !== 'closed' && expectations.some((expectation) => expectation.overdue),
    timeZone: user.timeZone,
    expectations,
    timeline: caseRecord.timeline.map((entry) => ({ ...entry })),
  };
}

/** A listed case: the case as read one by one, plus how many of its expectations are still awaited. */
export function caseListItemView(caseRecord: Case, user: User, now: Date): CaseListItemView {
  return {
    ...caseView(caseRecord, user, now),
    awaitedCount: caseRecord.expectations.filter(isAwaited).length,
  };
}

/** A listed case from its index header alone (`view=summary`). */
export function caseSummaryView(header: CaseHeader, user: User, now: Date): CaseSummaryView {
  const pastDue = header.nextDueAt !== null && Date.parse(header.nextDueAt) <= now.getTime();
  return {
    ...commonFields(header, user, header.nextDueAt),
    overdue: header.status !== 'closed' && (header.overdue || pastDue),
    awaitedCount: header.awaitedCount,
  };
}

export function unmatchedMessageView(message: UnmatchedMessage): UnmatchedMessageView {
  return {
    id: message.id,
    messageId: message.messageId,
    receivedAt: message.receivedAt,
    reason: message.reason,
    error: message.error,
    subject: message.subject,
    vendor: { name: message.vendorName, domain: message.vendorDomain },
    kinds: message.kinds,
    sizeBytes: message.sizeBytes,
  };
}

function commonFields(
  header: Omit<CaseHeader, 'nextDueAt' | 'awaitedCount' | 'overdue'>,
  user: User,
  nextDueAt: string | null,
) {
  return {
    id: header.id,
    title: header.title,
    status: header.status,
    vendor: { name: header.vendor.name, domain: header.vendor.domain },
    nextDueAt,
    nextDueAtLocal: nextDueAt === null ? null : localTime(nextDueAt, user.timeZone),
    references: header.references,
    amount: header.amount,
    currency: header.currency,
    snoozedUntil: header.snoozedUntil,
    refundEligibleUntil: header.refundEligibleUntil,
    createdAt: header.createdAt,
    updatedAt: header.updatedAt,
  };
}

function earliest(times: string[]): string | null {
  // ISO 8601 UTC times sort as text.
  return [...times].sort()[0] ?? null;
}
