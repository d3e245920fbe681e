import { describe, expect, it } from 'vitest';
import {
  type AlertDelivery,
  alertPolicy,
  DEFAULT_REMINDER_SCHEDULE,
  nextReminderAt,
  type PlannedAlert,
  pendingGuaranteeNoticeAt,
  planAlert,
  recordAlert,
} from '../../../shared/alerts/reminder-schedule';
import { type Case, type Expectation, newCase } from '../../../shared/cases/case';
import { sequentialIds } from '../../helpers/case-builders';
import { makeExpectation } from './alert-builders';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T = Date.parse('2026-03-02T10:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();
const policy = alertPolicy(DEFAULT_REMINDER_SCHEDULE);

function caseWith(expectation: Partial<Expectation> = {}, fields: Partial<Case> = {}): Case {
  return {
    ...newCase({
      id: 'case-1',
      userId: 'user-1',
      vendor: { domain: 'shop.example', name: 'Shop' },
      at: new Date(T - DAY),
    }),
    expectations: [
      makeExpectation({ dueAt: iso(T), nextAlertAt: iso(T), promisedAt: iso(T - DAY), ...expectation }),
    ],
    ...fields,
  };
}

function delivered(at: number): AlertDelivery {
  return {
    alertId: 'a-1',
    messageId: '<a-1@x.test>',
    at: iso(at),
    channel: 'outbox',
    receiptId: 'f',
    error: null,
  };
}

/** Plans and records every alert due at `now`, as the sweep would. */
function sweepOnce(caseRecord: Case, now: number): { caseRecord: Case; sent: PlannedAlert[] } {
  const sent: PlannedAlert[] = [];
  let current = caseRecord;
  for (;;) {
    const plan = planAlert(current, 'exp-1', new Date(now), policy);
    if (plan.action === 'skip') return { caseRecord: current, sent };
    if (plan.action === 'reschedule') {
      const expectations = current.expectations.map((e) => ({ ...e, nextAlertAt: plan.nextAlertAt }));
      return { caseRecord: { ...current, expectations }, sent };
    }
    sent.push(plan.alert);
    const recorded = recordAlert(current, plan.alert, delivered(now), { policy, newId: sequentialIds() });
    if (recorded === null) throw new Error('alert not recorded');
    current = recorded;
  }
}

describe('Function: nextReminderAt', () => {
  it('reminds one day after the first alert, then every three days, five times', () => {
    // Prepare
    const times: (string | null)[] = [];

    // Act
    for (let sent = 1; sent <= 7; sent += 1)
      times.push(nextReminderAt(sent, iso(T), DEFAULT_REMINDER_SCHEDULE));

    // Assess
    expect(times).toEqual([
      iso(T + DAY),
      iso(T + 3 * DAY),
      iso(T + 3 * DAY),
      iso(T + 3 * DAY),
      iso(T + 3 * DAY),
      null,
      null,
    ]);
  });

  it('has no reminder before the first alert or when reminders are off', () => {
    expect(nextReminderAt(0, null, DEFAULT_REMINDER_SCHEDULE)).toBeNull();
    expect(nextReminderAt(1, iso(T), { ...DEFAULT_REMINDER_SCHEDULE, maxReminders: 0 })).toBeNull();
  });
});

describe('Function: planAlert', () => {
  it('plans the overdue alert at the due time, and nothing a moment before', () => {
    // Act
    const before = planAlert(caseWith(), 'exp-1', new Date(T - 1), policy);
    const at = planAlert(caseWith(), 'exp-1', new Date(T), policy);

    // Assess
    expect(before).toEqual({ action: 'skip', reason: 'not-due' });
    expect(at).toEqual({
      action: 'send',
      alert: {
        reason: 'overdue',
        caseId: 'case-1',
        expectationId: 'exp-1',
        occurrence: `${iso(T)}/${iso(T - DAY)}`,
        sequence: 0,
      },
    });
  });

  it.each([
    ['a met expectation', caseWith({ status: 'met', nextAlertAt: null })],
    ['a closed case', caseWith({}, { status: 'closed' })],
    ['a snoozed case', caseWith({}, { snoozedUntil: iso(T + DAY) })],
  ])('skips %s', (_label, caseRecord) => {
    expect(planAlert(caseRecord, 'exp-1', new Date(T + HOUR), policy)).toEqual({
      action: 'skip',
      reason: 'not-due',
    });
  });

  it('plans reminders after the first alert and the rejection alert for a rejected refund', () => {
    // Prepare
    const reminded = caseWith({
      status: 'overdue',
      alertsSent: 1,
      lastAlertAt: iso(T),
      nextAlertAt: iso(T + DAY),
    });
    const rejected = caseWith(
      { status: 'rejected', metAt: iso(T - HOUR), nextAlertAt: iso(T - HOUR) },
      { alertNeeded: true },
    );

    // Act
    const reminder = planAlert(reminded, 'exp-1', new Date(T + DAY), policy);
    const rejection = planAlert(rejected, 'exp-1', new Date(T), policy);

    // Assess
    expect(reminder).toMatchObject({ action: 'send', alert: { reason: 'reminder', sequence: 1 } });
    expect(rejection).toMatchObject({ action: 'send', alert: { reason: 'rejected', sequence: 0 } });
  });

  it('reschedules to nothing once the reminders are used up', () => {
    // Prepare
    const exhausted = caseWith({
      status: 'overdue',
      alertsSent: 6,
      lastAlertAt: iso(T),
      nextAlertAt: iso(T),
    });

    // Act
    const plan = planAlert(exhausted, 'exp-1', new Date(T + HOUR), policy);

    // Assess
    expect(plan).toEqual({ action: 'reschedule', nextAlertAt: null });
  });
});

describe('Function: recordAlert', () => {
  it('marks the expectation overdue and schedules the first reminder', () => {
    // Act
    const { caseRecord, sent } = sweepOnce(caseWith(), T + HOUR);

    // Assess
    expect(sent.map((alert) => alert.reason)).toEqual(['overdue']);
    expect(caseRecord.expectations[0]).toMatchObject({
      status: 'overdue',
      alertsSent: 1,
      lastAlertAt: iso(T + HOUR),
      nextAlertAt: iso(T + HOUR + DAY),
    });
    expect(caseRecord.timeline.map((entry) => entry.type)).toEqual(['alert']);
  });

  it('records an alert once: a second recording of the same alert changes nothing', () => {
    // Prepare
    const plan = planAlert(caseWith(), 'exp-1', new Date(T), policy);
    if (plan.action !== 'send') throw new Error('expected an alert');
    const once = recordAlert(caseWith(), plan.alert, delivered(T), { policy, newId: sequentialIds() });

    // Act
    const twice = once && recordAlert(once, plan.alert, delivered(T), { policy, newId: sequentialIds() });

    // Assess
    expect(once).not.toBeNull();
    expect(twice).toBeNull();
  });

  it('treats a moved deadline as a new one whose alerts start over', () => {
    // Prepare
    const occurrence = (caseRecord: Case) => {
      const plan = planAlert(caseRecord, 'exp-1', new Date(T), policy);
      if (plan.action !== 'send') throw new Error('expected an alert');
      return plan.alert.occurrence;
    };

    // Act
    const first = occurrence(caseWith());
    const repromised = occurrence(caseWith({ promisedAt: iso(T - HOUR) }));

    // Assess
    expect(repromised).not.toBe(first);
  });
});

describe('Function: pendingGuaranteeNoticeAt', () => {
  const window = { refundEligibleUntil: iso(T + 10 * DAY) };

  it('is due three days before the money-back window closes', () => {
    expect(pendingGuaranteeNoticeAt(caseWith({}, window), iso(T), policy)).toBe(iso(T + 7 * DAY));
    expect(
      pendingGuaranteeNoticeAt(caseWith({}, window), iso(T), alertPolicy(DEFAULT_REMINDER_SCHEDULE, 5)),
    ).toBe(iso(T + 5 * DAY));
  });

  it('is not due when the refund is confirmed, the window has closed, or the notice went out', () => {
    // Prepare
    const confirmed = caseWith({ status: 'met', nextAlertAt: null }, window);
    const { caseRecord: noticed, sent } = sweepOnce(
      caseWith({ dueAt: iso(T + 20 * DAY), nextAlertAt: iso(T + 7 * DAY) }, window),
      T + 7 * DAY,
    );

    // Assess
    expect(pendingGuaranteeNoticeAt(confirmed, iso(T), policy)).toBeNull();
    expect(pendingGuaranteeNoticeAt(caseWith({}, window), iso(T + 10 * DAY), policy)).toBeNull();
    expect(sent.map((alert) => alert.reason)).toEqual(['guarantee-closing']);
    expect(pendingGuaranteeNoticeAt(noticed, iso(T + 7 * DAY), policy)).toBeNull();
    expect(noticed.expectations[0]?.nextAlertAt).toBe(iso(T + 20 * DAY));
  });
});
