import { type AlertRecipient, type ComposeAlertInput, composeAlert } from '../../../shared/alerts/compose';
import type { ComposedAlert } from '../../../shared/alerts/composed-alert';
import type { Case, Expectation, TimelineEntry } from '../../../shared/cases/case';

/** A pending refund confirmation promised "within 2 business days" on Mon 15 Dec 2025, due Wed 17 Dec 23:59:59 ET. */
export function makeExpectation(overrides: Partial<Expectation> = {}): Expectation {
  return {
    id: 'exp-1',
    expect: 'refund.confirmed',
    status: 'pending',
    promisedAt: '2025-12-15T15:10:00.000Z',
    dueAt: '2025-12-18T04:59:59.000Z',
    timeZone: 'America/New_York',
    source: { kind: 'promise', messageId: 'msg-1', within: { value: 2, unit: 'business_days' } },
    metAt: null,
    metByMessageId: null,
    amount: null,
    currency: null,
    reference: null,
    nextAlertAt: '2025-12-18T04:59:59.000Z',
    alertsSent: 0,
    lastAlertAt: null,
    ...overrides,
  };
}

/** The vendor message that made the promise, as the inbound pipeline records it. */
export function makeMessageEntry(
  overrides: Partial<TimelineEntry> = {},
  subject = 'Your refund request',
): TimelineEntry {
  return {
    id: 'entry-1',
    at: '2025-12-15T15:12:00.000Z',
    type: 'message',
    summary: `refund.received: ${subject}`,
    details: {
      messageId: 'msg-1',
      subject,
      sentAt: '2025-12-15T15:10:00.000Z',
      kinds: ['refund.received'],
    },
    ...overrides,
  };
}

/** An open Constant Contact refund case (a vendor in the seeded directory) with one pending expectation. */
export function makeCase(overrides: Partial<Case> = {}): Case {
  const expectation = makeExpectation();
  return {
    id: 'case-abc_123',
    userId: 'user-1',
    vendor: { domain: 'constantcontact.com', name: 'Constant Contact' },
    title: 'Constant Contact: refund 12.00 USD',
    titleIsCustom: false,
    status: 'open',
    references: ['CC-4471'],
    amount: '12.00',
    currency: 'USD',
    expectations: [expectation],
    timeline: [makeMessageEntry()],
    snoozedUntil: null,
    refundEligibleUntil: null,
    alertNeeded: false,
    createdAt: '2025-12-15T15:12:00.000Z',
    updatedAt: '2025-12-15T15:12:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function makeRecipient(overrides: Partial<AlertRecipient> = {}): AlertRecipient {
  return {
    id: 'user-1',
    email: 'user-1@example.test',
    alertEmail: null,
    timeZone: 'America/New_York',
    language: 'en',
    ...overrides,
  };
}

/** Thu 18 Dec 2025 16:00 UTC (11:00 ET, billing open): the refund confirmation is 11 hours overdue. */
export const OVERDUE_NOW = new Date('2025-12-18T16:00:00.000Z');

/** An overdue alert for the sample case; any input can be overridden. */
export function composeSample(overrides: Partial<ComposeAlertInput> = {}): ComposedAlert {
  const caseRecord = overrides.caseRecord ?? makeCase();
  return composeAlert({
    reason: 'overdue',
    caseRecord,
    expectation: caseRecord.expectations[0] ?? null,
    user: makeRecipient(),
    now: OVERDUE_NOW,
    alertId: 'alert-1',
    alertDomain: 'alerts.example.test',
    from: 'inbox-watcher <alerts@example.test>',
    ...overrides,
  });
}
