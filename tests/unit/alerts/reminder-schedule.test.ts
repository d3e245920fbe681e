import { describe, expect, it } from 'vitest';
import {
  type AlertDelivery,
  alertPolicy,
  DEFAULT_REMINDER_SCHEDULE,
  nextReminderAt,
  type PlannedAlert,
  pendingGuaranteeNoticeAt,
  planAlert,
  planGuaranteeNotice,
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
    if (plan.action === 'reschedule') return { caseRecord: plan.caseRecord, sent };
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
    expect(plan).toMatchObject({ action: 'reschedule' });
    if (plan.action === 'reschedule') expect(plan.caseRecord.expectations[0]?.nextAlertAt).toBeNull();
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
    const planned = planGuaranteeNotice(caseWith({ dueAt: iso(T + 20 * DAY) }, window), new Date(T), policy);
    if (planned.action !== 'reschedule') throw new Error('expected the notice to be planned');
    const notice = planGuaranteeNotice(planned.caseRecord, new Date(T + 7 * DAY), policy);
    if (notice.action !== 'send') throw new Error('expected the notice');
    const noticed = recordAlert(planned.caseRecord, notice.alert, delivered(T + 7 * DAY), {
      policy,
      newId: sequentialIds(),
    });

    // Assess
    expect(pendingGuaranteeNoticeAt(confirmed, iso(T), policy)).toBeNull();
    expect(pendingGuaranteeNoticeAt(caseWith({}, window), iso(T + 10 * DAY), policy)).toBeNull();
    expect(noticed && pendingGuaranteeNoticeAt(noticed, iso(T + 7 * DAY), policy)).toBeNull();
    expect(noticed?.expectations[0]?.nextAlertAt).toBe(iso(T));
  });
});

describe('Function: planGuaranteeNotice', () => {
  const window = { refundEligibleUntil: iso(T + 10 * DAY) };

  it('stores the notice time of its policy when it looks at a window early, and sends the notice then', () => {
    // Act
    const early = planGuaranteeNotice(
      caseWith({}, window),
      new Date(T),
      alertPolicy(DEFAULT_REMINDER_SCHEDULE, 5),
    );
    const planned = early.action === 'reschedule' ? early.caseRecord : caseWith();
    const before = planGuaranteeNotice(
      planned,
      new Date(T + 5 * DAY - 1),
      alertPolicy(DEFAULT_REMINDER_SCHEDULE, 5),
    );
    const due = planGuaranteeNotice(
      planned,
      new Date(T + 5 * DAY),
      alertPolicy(DEFAULT_REMINDER_SCHEDULE, 5),
    );

    // Assess
    expect(planned.guaranteeNotice).toEqual({ until: iso(T + 10 * DAY), noticeAt: iso(T + 5 * DAY) });
    expect(before).toEqual({ action: 'skip', reason: 'not-due' });
    expect(due).toEqual({
      action: 'send',
      alert: {
        reason: 'guarantee-closing',
        caseId: 'case-1',
        expectationId: null,
        occurrence: iso(T + 10 * DAY),
        sequence: 0,
      },
    });
  });

  it('plans nothing more for a window that closed before the sweep looked at it', () => {
    // Act
    const plan = planGuaranteeNotice(caseWith({}, window), new Date(T + 11 * DAY), policy);

    // Assess
    expect(plan).toMatchObject({
      action: 'reschedule',
      caseRecord: { guaranteeNotice: { until: iso(T + 10 * DAY), noticeAt: null } },
    });
  });

  it('records the notice once, and plans nothing more for its window', () => {
    // Prepare
    const plan = planGuaranteeNotice(caseWith({}, window), new Date(T + 8 * DAY), policy);
    if (plan.action !== 'send') throw new Error('expected the notice');

    // Act
    const once = recordAlert(caseWith({}, window), plan.alert, delivered(T + 8 * DAY), {
      policy,
      newId: sequentialIds(),
    });
    const twice =
      once && recordAlert(once, plan.alert, delivered(T + 8 * DAY), { policy, newId: sequentialIds() });

    // Assess
    expect(once?.guaranteeNotice).toEqual({ until: iso(T + 10 * DAY), noticeAt: null });
    expect(once?.expectations).toEqual(caseWith().expectations);
    expect(twice).toBeNull();
  });
});
