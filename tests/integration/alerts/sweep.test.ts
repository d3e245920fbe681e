import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertSendError, type Notifier } from '../../../shared/alerts/notifiers/notifier';
import {
  alertPolicy,
  DEFAULT_REMINDER_SCHEDULE,
  planAlert,
  type ReminderSchedule,
} from '../../../shared/alerts/reminder-schedule';
import { alertClaimOf, runSweep, type SweepDeps } from '../../../shared/alerts/sweep';
import { applyMessage } from '../../../shared/cases/apply-message';
import { type Case, newCase } from '../../../shared/cases/case';
import { openManualCase } from '../../../shared/cases/manual-case';
import { closeCase } from '../../../shared/cases/user-actions';
import { silentLogger } from '../../../shared/logger';
import { claimAlert, getAlertClaim } from '../../../shared/store/alert-claims';
import { getCase, saveCase } from '../../../shared/store/cases';
import type { TableHandle } from '../../../shared/store/client';
import { listDueSweepEntries } from '../../../shared/store/sweep-index';
import { makeUnderstanding, makeUser, sequentialIds, testTransitionDeps } from '../../helpers/case-builders';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';
import {
  at,
  createTestOutbox,
  DAY,
  HOUR,
  iso,
  MINUTE,
  storedCase,
  storedUser,
  type TestOutbox,
} from './alert-store-fixtures';

const T = Date.parse('2026-03-02T10:00:00.000Z');

let local: TestTable;
let outbox: TestOutbox;
beforeEach(async () => {
  local = await createTestTable('sweep');
  outbox = await createTestOutbox();
});
afterEach(async () => {
  await local.drop();
  await outbox.remove();
});

function sweepDeps(overrides: Partial<SweepDeps> = {}): SweepDeps {
  return {
    table: local.table,
    notifier: outbox.notifier,
    logger: silentLogger,
    alertDomain: 'alerts.example.test',
    from: 'inbox-watcher <alerts@example.test>',
    ...overrides,
  };
}

const sweep = (now: number, overrides: Partial<SweepDeps> = {}) => runSweep(sweepDeps(overrides), at(now));

async function stored(caseId: string): Promise<Case> {
  const found = await getCase(local.table, caseId);
  if (!found) throw new Error(`case ${caseId} not found`);
  return found;
}

/** Whether a request is the transaction that records an alert on its case (it writes a timeline entry). */
function recordsAlert(command: unknown): boolean {
  return (
    command instanceof TransactWriteCommand &&
    (command.input.TransactItems ?? []).some((item) => String(item.Put?.Item?.SK).startsWith('EVENT#'))
  );
}

function alertEntries(caseRecord: Case) {
  return caseRecord.timeline.filter((entry) => entry.type === 'alert');
}

describe('Sweep: overdue alerts', () => {
  it('sends one alert for an expectation past its due time and records it on the case', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });

    // Act
    const report = await sweep(T + MINUTE);

    // Assess
    expect(report).toEqual({ itemsRead: 1, dueItems: 1, alertsSent: 1, skipped: 0, failed: 0 });
    const [message, ...others] = await outbox.messages();
    expect(others).toHaveLength(0);
    expect(message?.to).toMatchObject({ text: user.email });
    expect(message?.subject).toMatch(/^Overdue: Example Shop refund confirmation/);
    const after = await stored(opened.id);
    const expectation = after.expectations[0];
    expect(expectation).toMatchObject({
      status: 'overdue',
      alertsSent: 1,
      lastAlertAt: iso(T + MINUTE),
      nextAlertAt: iso(T + MINUTE + DAY),
    });
    const [entry] = alertEntries(after);
    expect(entry?.details).toMatchObject({ reason: 'overdue', messageId: message?.messageId });
  });

  it('sends nothing before the due time', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });

    // Act
    const report = await sweep(T - 1);

    // Assess
    expect(report).toMatchObject({ itemsRead: 0, alertsSent: 0 });
    expect(await outbox.files()).toEqual([]);
    expect((await stored(opened.id)).expectations[0]?.status).toBe('pending');
  });

  it('holds a snoozed case back until the snooze ends, then alerts', async () => {
    // Prepare
    const user = await storedUser(local.table);
    await storedCase(local.table, { userId: user.id, dueAt: T, snoozedUntil: T + 2 * DAY });

    // Act
    const during = await sweep(T + DAY);
    const afterSnooze = await sweep(T + 2 * DAY);

    // Assess
    expect(during.alertsSent).toBe(0);
    expect(afterSnooze.alertsSent).toBe(1);
    expect(await outbox.files()).toHaveLength(1);
  });

  it('sends nothing for a met expectation or a closed case', async () => {
    // Prepare
    const user = await storedUser(local.table);
    await storedCase(local.table, {
      userId: user.id,
      dueAt: T,
      expectation: { status: 'met', metAt: iso(T - HOUR), nextAlertAt: null },
    });
    await storedCase(local.table, { userId: user.id, dueAt: T, status: 'closed' });

    // Act
    const report = await sweep(T + DAY);

    // Assess
    expect(report.alertsSent).toBe(0);
    expect(await outbox.files()).toEqual([]);
  });

  it('drops a stale index entry when the case was closed after it was listed', async () => {
    // Prepare: the sweep plans on an open case, then the user closes it before the claim.
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });
    await saveCase(local.table, {
      before: opened,
      after: closeCase(opened, { at: at(T), newId: sequentialIds('close') }),
    });

    // Act
    const report = await sweep(T + MINUTE);

    // Assess
    expect(report.alertsSent).toBe(0);
    expect(alertEntries(await stored(opened.id))).toEqual([]);
  });
});

describe('Sweep: reminders', () => {
  it('reminds one day after the first alert, then every three days, five times at most', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });
    const first = T;
    const expectedTimes = [
      first,
      first + DAY,
      first + 4 * DAY,
      first + 7 * DAY,
      first + 10 * DAY,
      first + 13 * DAY,
    ];

    // Act: a sweep just before and one exactly at each expected time, then much later.
    const sentBefore: number[] = [];
    const sentAt: number[] = [];
    for (const time of expectedTimes) {
      sentBefore.push((await sweep(time - 1)).alertsSent);
      sentAt.push((await sweep(time)).alertsSent);
    }
    const later = await sweep(first + 60 * DAY);

    // Assess
    expect(sentBefore).toEqual([0, 0, 0, 0, 0, 0]);
    expect(sentAt).toEqual([1, 1, 1, 1, 1, 1]);
    expect(later).toMatchObject({ itemsRead: 0, alertsSent: 0 });
    const subjects = outbox.sent.map((alert) => alert.meta.reason);
    expect(subjects).toEqual(['overdue', 'reminder', 'reminder', 'reminder', 'reminder', 'reminder']);
    const after = await stored(opened.id);
    expect(alertEntries(after).map((entry) => entry.at)).toEqual(expectedTimes.map(iso));
    expect(after.expectations[0]).toMatchObject({ alertsSent: 6, nextAlertAt: null });
  });

  it('follows a configured schedule and its cap', async () => {
    // Prepare
    const reminderSchedule: ReminderSchedule = { firstAfterMs: 2 * HOUR, everyMs: 6 * HOUR, maxReminders: 1 };
    const user = await storedUser(local.table);
    await storedCase(local.table, { userId: user.id, dueAt: T });

    // Act
    const sent = [];
    for (const time of [T, T + 2 * HOUR, T + 8 * HOUR, T + 30 * DAY]) {
      sent.push((await sweep(time, { reminderSchedule })).alertsSent);
    }

    // Assess
    expect(sent).toEqual([1, 1, 0, 0]);
  });

  it('stops reminding once the confirmation arrives', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });
    await sweep(T);
    const alerted = await stored(opened.id);
    const confirmed = applyMessage(
      alerted,
      {
        id: 'msg-confirmed',
        receivedAt: at(T + HOUR),
        understanding: makeUnderstanding({ kinds: ['refund.confirmed'], vendor: 'shop.example' }),
        rawLocation: null,
      },
      user,
      testTransitionDeps({ newId: sequentialIds('confirm') }),
    );
    if (confirmed.kind !== 'case') throw new Error('expected a case');
    await saveCase(local.table, { before: alerted, after: confirmed.case });

    // Act
    const report = await sweep(T + 30 * DAY);

    // Assess
    expect(report.alertsSent).toBe(0);
    expect(await outbox.files()).toHaveLength(1);
  });
});

describe('Sweep: rejected refunds and money-back windows', () => {
  it('alerts about a rejected refund on the next sweep, once', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T + 10 * DAY });
    const rejected = applyMessage(
      opened,
      {
        id: 'msg-rejected',
        receivedAt: at(T),
        understanding: makeUnderstanding({ kinds: ['refund.rejected'], vendor: 'shop.example' }),
        rawLocation: null,
      },
      user,
      testTransitionDeps({ newId: sequentialIds('reject') }),
    );
    if (rejected.kind !== 'case') throw new Error('expected a case');
    await saveCase(local.table, { before: opened, after: rejected.case });

    // Act
    const first = await sweep(T + MINUTE);
    const second = await sweep(T + 20 * DAY);

    // Assess
    expect(first.alertsSent).toBe(1);
    expect(second.alertsSent).toBe(0);
    expect(outbox.sent.map((alert) => alert.meta.reason)).toEqual(['rejected']);
    const after = await stored(opened.id);
    expect(after.alertNeeded).toBe(false);
    expect(after.expectations[0]).toMatchObject({ status: 'rejected', alertsSent: 1, nextAlertAt: null });
  });

  it('gives notice three days before a money-back window closes, between the deadline alerts', async () => {
    // Prepare: due at T; the window ends at T + 4.5 days, so its notice is due at T + 1.5 days.
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, {
      userId: user.id,
      dueAt: T,
      refundEligibleUntil: T + 4.5 * DAY,
    });

    // Act
    const reports = [];
    for (const time of [T, T + 1.5 * DAY - 1, T + 1.5 * DAY, T + DAY + 12 * HOUR + MINUTE, T + 20 * DAY]) {
      reports.push((await sweep(time)).alertsSent);
    }

    // Assess
    expect(reports).toEqual([1, 1, 1, 0, 1]);
    expect(outbox.sent.map((alert) => alert.meta.reason)).toEqual([
      'overdue',
      'reminder',
      'guarantee-closing',
      'reminder',
    ]);
    expect(outbox.sent[2]?.meta.dueAt).toBe(iso(T + 4.5 * DAY));
    expect(alertEntries(await stored(opened.id))).toHaveLength(4);
  });

  it('gives no notice when the refund is already confirmed', async () => {
    // Prepare: a cancellation still awaited, the refund met.
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, {
      userId: user.id,
      expect: 'cancellation.confirmed',
      dueAt: T + 20 * DAY,
      refundEligibleUntil: T + 5 * DAY,
      expectation: { nextAlertAt: iso(T + 2 * DAY) },
    });
    const refund = { ...opened.expectations[0], id: 'refund-met' } as Case['expectations'][number];
    await saveCase(local.table, {
      before: opened,
      after: {
        ...opened,
        expectations: [
          ...opened.expectations,
          { ...refund, expect: 'refund.confirmed', status: 'met', metAt: iso(T), nextAlertAt: null },
        ],
      },
    });

    // Act
    const report = await sweep(T + 2 * DAY);

    // Assess
    expect(report.alertsSent).toBe(0);
    const cancellation = (await stored(opened.id)).expectations.find(
      (expectation) => expectation.expect === 'cancellation.confirmed',
    );
    expect(cancellation?.nextAlertAt).toBe(iso(T + 20 * DAY));
  });
});

describe('Sweep: money-back window notices, whatever the case awaits', () => {
  /** Opens, through the store, a case by hand with a refund expected in 20 days and the window given. */
  async function manualRefundCase(userId: string, refundEligibleUntil: number): Promise<Case> {
    const opened = openManualCase(
      {
        vendor: { domain: 'shop.example', name: 'Example Shop' },
        title: null,
        expectations: [
          { expect: 'refund.confirmed', due: { kind: 'within', within: { value: 20, unit: 'days' } } },
        ],
        promisedAt: at(T),
        refundEligibleUntil: iso(refundEligibleUntil),
        note: null,
        reference: null,
      },
      makeUser({ id: userId }),
      testTransitionDeps({ newId: sequentialIds(`window-${refundEligibleUntil}`) }),
      at(T),
    );
    return saveCase(local.table, { before: null, after: opened });
  }

  it('gives the notice three days before the window closes when the refund is due later', async () => {
    // Prepare: the window closes on day 10, the refund is due on day 20.
    const user = await storedUser(local.table);
    const opened = await manualRefundCase(user.id, T + 10 * DAY);

    // Act
    const reports = [];
    for (const time of [T, T + 7 * DAY - MINUTE, T + 7 * DAY, T + 8 * DAY]) {
      reports.push((await sweep(time)).alertsSent);
    }

    // Assess
    expect(reports).toEqual([0, 0, 1, 0]);
    expect(outbox.sent.map((alert) => alert.meta.reason)).toEqual(['guarantee-closing']);
    expect(alertEntries(await stored(opened.id)).map((entry) => entry.at)).toEqual([iso(T + 7 * DAY)]);
  });

  it('gives the notice for a case that awaits nothing', async () => {
    // Prepare: a case with a money-back window and no expectation at all.
    const user = await storedUser(local.table);
    const opened = newCase({
      id: 'window-only',
      userId: user.id,
      vendor: { domain: 'shop.example', name: null },
      at: at(T),
    });
    await saveCase(local.table, {
      before: null,
      after: { ...opened, title: 'Example Shop', refundEligibleUntil: iso(T + 10 * DAY) },
    });

    // Act
    const early = await sweep(T + 7 * DAY - MINUTE);
    const notice = await sweep(T + 7 * DAY);
    const later = await sweep(T + 9 * DAY);

    // Assess
    expect([early.alertsSent, notice.alertsSent, later.alertsSent]).toEqual([0, 1, 0]);
    expect(outbox.sent[0]?.meta).toMatchObject({ reason: 'guarantee-closing', caseId: 'window-only' });
  });

  it('gives no notice once the refund is confirmed, and drops the case from the index', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const opened = await manualRefundCase(user.id, T + 10 * DAY);
    const confirmed = applyMessage(
      opened,
      {
        id: 'msg-confirmed',
        receivedAt: at(T + 2 * DAY),
        understanding: makeUnderstanding({ kinds: ['refund.confirmed'], vendor: 'shop.example' }),
        rawLocation: null,
      },
      makeUser({ id: user.id }),
      testTransitionDeps({ newId: sequentialIds('confirm') }),
    );
    if (confirmed.kind !== 'case') throw new Error('expected a case');
    await saveCase(local.table, { before: opened, after: confirmed.case });

    // Act
    const report = await sweep(T + 9 * DAY);
    const due = await listDueSweepEntries(local.table, at(T + 30 * DAY), { limit: 10 });

    // Assess
    expect(report.alertsSent).toBe(0);
    expect(due.items).toEqual([]);
  });

  it('follows the configured notice period, longer or shorter than three days', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const longer = await manualRefundCase(user.id, T + 10 * DAY);

    // Act: five days' notice
    const first = await sweep(T, { guaranteeNoticeDays: 5 });
    const beforeFive = await sweep(T + 5 * DAY - MINUTE, { guaranteeNoticeDays: 5 });
    const atFive = await sweep(T + 5 * DAY, { guaranteeNoticeDays: 5 });
    const shorter = await manualRefundCase(user.id, T + 20 * DAY);
    const atSeventeen = await sweep(T + 17 * DAY, { guaranteeNoticeDays: 1 });
    const atNineteen = await sweep(T + 19 * DAY, { guaranteeNoticeDays: 1 });

    // Assess
    expect([first, beforeFive, atFive].map((report) => report.alertsSent)).toEqual([0, 0, 1]);
    expect(outbox.sent[0]?.meta.caseId).toBe(longer.id);
    expect(atSeventeen.alertsSent).toBe(0);
    expect(atNineteen.alertsSent).toBe(1);
    expect(
      outbox.sent.filter((alert) => alert.meta.caseId === shorter.id).map((alert) => alert.meta.reason),
    ).toEqual(['guarantee-closing']);
  });
  it('pushes back a window notice it cannot send, and goes on with the others', async () => {
    // Prepare: the case of a user who no longer exists, its window closing in two days.
    const orphan = newCase({
      id: 'window-orphan',
      userId: 'user-gone',
      vendor: { domain: 'shop.example', name: null },
      at: at(T),
    });
    await saveCase(local.table, {
      before: null,
      after: { ...orphan, title: 'Example Shop', refundEligibleUntil: iso(T + 2 * DAY) },
    });

    // Act
    const report = await sweep(T, { logger: silentLogger });
    const dueSoon = await listDueSweepEntries(local.table, at(T + 30 * MINUTE), { limit: 10 });
    const dueLater = await listDueSweepEntries(local.table, at(T + HOUR), { limit: 10 });

    // Assess
    expect(report).toMatchObject({ dueItems: 1, alertsSent: 0, failed: 1 });
    expect(dueSoon.items).toEqual([]);
    expect(dueLater.items).toEqual([
      {
        caseId: 'window-orphan',
        userId: 'user-gone',
        sweepAt: iso(T + HOUR),
        subject: { kind: 'guarantee' },
      },
    ]);
  });
});

describe('Sweep: once and only once', () => {
  it('sends each alert once when two sweeps run at the same time', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const cases = await Promise.all(
      [0, 1, 2, 3, 4].map((offset) =>
        storedCase(local.table, { userId: user.id, dueAt: T - offset * MINUTE }),
      ),
    );

    // Act
    const [a, b] = await Promise.all([sweep(T + MINUTE), sweep(T + MINUTE)]);

    // Assess
    expect((a?.alertsSent ?? 0) + (b?.alertsSent ?? 0)).toBe(5);
    expect(await outbox.files()).toHaveLength(5);
    expect(outbox.sent).toHaveLength(5);
    for (const opened of cases) {
      const after = await stored(opened.id);
      expect(alertEntries(after)).toHaveLength(1);
      expect(after.expectations[0]?.alertsSent).toBe(1);
    }
  });

  it('retries on the next sweep an alert whose sending failed, under the same Message-ID', async () => {
    // Prepare: the channel fails once.
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });
    const attempted: string[] = [];
    let failures = 1;
    const flaky: Notifier = {
      send: async (alert) => {
        attempted.push(alert.messageId);
        if (failures-- > 0)
          throw new AlertSendError('relay unavailable', { channel: 'outbox', permanent: false });
        return outbox.notifier.send(alert);
      },
    };

    // Act
    const first = await sweep(T + MINUTE, { notifier: flaky });
    const second = await sweep(T + 2 * MINUTE, { notifier: flaky });
    const third = await sweep(T + 3 * MINUTE, { notifier: flaky });

    // Assess
    expect(first).toMatchObject({ alertsSent: 0, failed: 1 });
    expect(second).toMatchObject({ alertsSent: 1, failed: 0 });
    expect(third.alertsSent).toBe(0);
    expect(attempted).toHaveLength(2);
    expect(attempted[1]).toBe(attempted[0]);
    const messages = await outbox.messages();
    expect(messages.map((message) => message.messageId)).toEqual([attempted[0]]);
    expect(alertEntries(await stored(opened.id))).toHaveLength(1);
  });

  it('records an alert the channel refuses for good, and moves on to the next reminder', async () => {
    // Prepare
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });
    const refusing: Notifier = {
      send: () =>
        Promise.reject(new AlertSendError('recipient rejected', { channel: 'smtp', permanent: true })),
    };

    // Act
    const refused = await sweep(T, { notifier: refusing });
    const soon = await sweep(T + MINUTE);
    const reminder = await sweep(T + DAY);

    // Assess
    expect(refused).toMatchObject({ alertsSent: 0, failed: 1 });
    expect(soon.alertsSent).toBe(0);
    expect(reminder.alertsSent).toBe(1);
    const entries = alertEntries(await stored(opened.id));
    expect(entries.map((entry) => entry.details.error)).toEqual(['recipient rejected', null]);
    expect(outbox.sent.map((alert) => alert.meta.reason)).toEqual(['reminder']);
  });

  it('resends an alert claimed by a sweep that died before sending, once its lease runs out', async () => {
    // Prepare: a sweep at T claimed the alert and died.
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });
    const plan = planAlert(
      opened,
      opened.expectations[0]?.id ?? '',
      at(T),
      alertPolicy(DEFAULT_REMINDER_SCHEDULE),
    );
    if (plan.action !== 'send') throw new Error('expected an alert to send');
    const { key, alertId } = alertClaimOf(plan.alert);
    await claimAlert(local.table, key, { alertId, now: at(T), leaseMs: 2 * MINUTE });

    // Act
    const whileLeased = await sweep(T + MINUTE);
    const afterLease = await sweep(T + 3 * MINUTE);
    const later = await sweep(T + 4 * MINUTE);

    // Assess
    expect(whileLeased).toMatchObject({ alertsSent: 0, skipped: 1 });
    expect(afterLease.alertsSent).toBe(1);
    expect(later.alertsSent).toBe(0);
    const messages = await outbox.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0]?.messageId).toContain(alertId);
    // The alert's time is the claim's, the same on every attempt.
    expect(alertEntries(await stored(opened.id)).map((entry) => entry.at)).toEqual([iso(T)]);
    expect(await getAlertClaim(local.table, key)).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('resends under the same Message-ID an alert that went out just before the sweep died, recording it once', async () => {
    // Prepare: the store refuses the recording transaction once (as if the sweep died right after sending).
    const user = await storedUser(local.table);
    const opened = await storedCase(local.table, { userId: user.id, dueAt: T });
    let refusals = 1;
    const client = local.table.client;
    const failingOnce: TableHandle = {
      name: local.table.name,
      client: new Proxy(client, {
        get(target, property, receiver) {
          if (property !== 'send') return Reflect.get(target, property, receiver);
          return (command: unknown) => {
            if (recordsAlert(command) && refusals-- > 0) return Promise.reject(new Error('connection reset'));
            return target.send(command as never);
          };
        },
      }),
    };

    // Act
    const crashed = await sweep(T + MINUTE, { table: failingOnce });
    const pushedBack = await listDueSweepEntries(local.table, at(T + MINUTE), { limit: 10 });
    const retried = await sweep(T + MINUTE + HOUR);

    // Assess
    expect(crashed).toMatchObject({ alertsSent: 1, failed: 1 });
    expect(pushedBack.items).toEqual([]);
    expect(retried).toMatchObject({ alertsSent: 1, failed: 0 });
    expect(outbox.sent.map((alert) => alert.messageId)).toEqual([
      outbox.sent[0]?.messageId,
      outbox.sent[0]?.messageId,
    ]);
    expect(await outbox.files()).toHaveLength(1);
    const after = await stored(opened.id);
    expect(alertEntries(after)).toHaveLength(1);
    expect(after.expectations[0]).toMatchObject({ status: 'overdue', alertsSent: 1 });
  });

  it('logs and pushes back an item that keeps failing, and goes on with the others', async () => {
    // Prepare: one case belongs to a user who no longer exists.
    const user = await storedUser(local.table);
    const healthy = await storedCase(local.table, { userId: user.id, dueAt: T });
    const orphan = await storedCase(local.table, { userId: 'user-gone', dueAt: T - HOUR });
    const errors: string[] = [];
    const logger = { ...silentLogger, error: (message: string) => errors.push(message) };

    // Act
    const report = await sweep(T + MINUTE, { logger });
    const dueSoon = await listDueSweepEntries(local.table, at(T + 30 * MINUTE), { limit: 10 });
    const dueLater = await listDueSweepEntries(local.table, at(T + MINUTE + HOUR), { limit: 10 });

    // Assess
    expect(report).toMatchObject({ dueItems: 2, alertsSent: 1, failed: 1 });
    expect(errors).toEqual(['sweep item failed; retrying it later']);
    expect(alertEntries(await stored(healthy.id))).toHaveLength(1);
    expect(dueSoon.items).toEqual([]);
    expect(dueLater.items.map((item) => item.caseId)).toEqual([orphan.id]);
  });
});
