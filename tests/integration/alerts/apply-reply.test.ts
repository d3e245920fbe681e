import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApplyReplyDeps, applyReplyCommand, recogniseReply } from '../../../shared/alerts/apply-reply';
import type { ReplyCommand } from '../../../shared/alerts/reply-command';
import { runSweep } from '../../../shared/alerts/sweep';
import type { Case } from '../../../shared/cases/case';
import { computeDueAt } from '../../../shared/cases/deadlines';
import type { User } from '../../../shared/cases/user';
import { silentLogger } from '../../../shared/logger';
import { getCase } from '../../../shared/store/cases';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';
import {
  at,
  createTestOutbox,
  DAY,
  HOUR,
  iso,
  storedCase,
  storedUser,
  type TestOutbox,
} from './alert-store-fixtures';

// Monday 2 March 2026; the case's confirmation was due at T and alerted at T + 1 h.
const T = Date.parse('2026-03-02T10:00:00.000Z');
const NOW = T + 2 * HOUR;
const ALERT_DOMAIN = 'alerts.example.test';

let local: TestTable;
let outbox: TestOutbox;
let user: User;
let overdueCase: Case;
beforeEach(async () => {
  local = await createTestTable('reply');
  outbox = await createTestOutbox();
  user = await storedUser(local.table);
  const opened = await storedCase(local.table, { userId: user.id, dueAt: T });
  await runSweep(sweepDeps(), at(T + HOUR));
  overdueCase = await stored(opened.id);
  outbox.sent.length = 0;
});
afterEach(async () => {
  await local.drop();
  await outbox.remove();
});

function sweepDeps() {
  return {
    table: local.table,
    notifier: outbox.notifier,
    logger: silentLogger,
    alertDomain: ALERT_DOMAIN,
    from: 'inbox-watcher <alerts@example.test>',
  };
}

function replyDeps(now = NOW): ApplyReplyDeps {
  return { ...sweepDeps(), now: at(now) };
}

async function stored(caseId: string): Promise<Case> {
  const found = await getCase(local.table, caseId);
  if (!found) throw new Error(`case ${caseId} not found`);
  return found;
}

const reply = (command: ReplyCommand | null, caseId = overdueCase.id, from: User = user) =>
  applyReplyCommand(replyDeps(), {
    user: from,
    caseId,
    command,
    replyMessageId: '<reply-1@mail.example.test>',
  });

describe('Reply commands: applied to the user’s case', () => {
  it('snoozes alerts for two days and confirms it', async () => {
    // Act
    const outcome = await reply({
      command: 'snooze',
      until: { kind: 'after', duration: { value: 2, unit: 'days' } },
    });

    // Assess
    expect(outcome.outcome).toBe('applied');
    const after = await stored(overdueCase.id);
    expect(after.snoozedUntil).toBe(iso(NOW + 2 * DAY));
    expect(after.timeline.at(-1)?.summary).toContain('snoozed');
    const [confirmation] = outbox.sent;
    expect(confirmation?.meta.reason).toBe('reply-confirmation');
    expect(confirmation?.headers['In-Reply-To']).toBe('<reply-1@mail.example.test>');
    expect((await runSweep(sweepDeps(), at(NOW + DAY + 23 * HOUR))).alertsSent).toBe(0);
    expect((await runSweep(sweepDeps(), at(NOW + 2 * DAY))).alertsSent).toBe(1);
  });

  it('meets the overdue expectation on "done", resolving the case and ending its alerts', async () => {
    // Act
    const outcome = await reply({ command: 'done' });

    // Assess
    expect(outcome.outcome).toBe('applied');
    const after = await stored(overdueCase.id);
    expect(after.status).toBe('resolved');
    expect(after.expectations[0]).toMatchObject({ status: 'met', metAt: iso(NOW), nextAlertAt: null });
    expect(outbox.sent).toHaveLength(1);
    expect((await runSweep(sweepDeps(), at(NOW + 30 * DAY))).alertsSent).toBe(0);
  });

  it('closes a case on "done" when nothing is awaited any more', async () => {
    // Prepare
    await reply({ command: 'done' });

    // Act
    const outcome = await applyReplyCommand(replyDeps(NOW + HOUR), {
      user,
      caseId: overdueCase.id,
      command: { command: 'done' },
    });

    // Assess
    expect(outcome.outcome).toBe('applied');
    expect((await stored(overdueCase.id)).status).toBe('closed');
  });

  it('closes and reopens the case', async () => {
    // Act
    await reply({ command: 'close' });
    const closed = await stored(overdueCase.id);
    await applyReplyCommand(replyDeps(NOW + HOUR), {
      user,
      caseId: overdueCase.id,
      command: { command: 'reopen' },
    });
    const reopened = await stored(overdueCase.id);

    // Assess
    expect(closed.status).toBe('closed');
    expect(reopened.status).toBe('open');
    expect(outbox.sent).toHaveLength(2);
  });

  it('extends the overdue deadline by three business days from now, alerts starting over', async () => {
    // Act
    const outcome = await reply({ command: 'extend', by: { value: 3, unit: 'business_days' } });

    // Assess
    expect(outcome.outcome).toBe('applied');
    const dueAt = computeDueAt(
      at(NOW),
      { value: 3, unit: 'business_days' },
      { timeZone: 'UTC', country: null },
    );
    expect(dueAt.toISOString()).toBe('2026-03-05T23:59:59.000Z');
    expect((await stored(overdueCase.id)).expectations[0]).toMatchObject({
      status: 'pending',
      dueAt: dueAt.toISOString(),
      nextAlertAt: dueAt.toISOString(),
      alertsSent: 0,
    });
    expect((await runSweep(sweepDeps(), at(dueAt.getTime() - 1))).alertsSent).toBe(0);
    expect((await runSweep(sweepDeps(), dueAt)).alertsSent).toBe(1);
  });

  it('changes nothing and sends nothing when extending a case with nothing awaited', async () => {
    // Prepare
    await reply({ command: 'done' });
    outbox.sent.length = 0;
    const before = await stored(overdueCase.id);

    // Act
    const outcome = await reply({ command: 'extend', by: { value: 1, unit: 'weeks' } });

    // Assess
    expect(outcome).toMatchObject({ outcome: 'nothing-to-change' });
    expect((await stored(overdueCase.id)).version).toBe(before.version);
    expect(outbox.sent).toEqual([]);
  });

  it('answers a reply without a command with the list of commands and changes nothing', async () => {
    // Act
    const outcome = await reply(null);

    // Assess
    expect(outcome.outcome).toBe('not-understood');
    expect((await stored(overdueCase.id)).version).toBe(overdueCase.version);
    expect(outbox.sent[0]?.text).toContain('snooze 2d');
  });
});

describe('Reply commands: isolation between users', () => {
  it('treats another user’s case id as not found, changing and sending nothing', async () => {
    // Prepare
    const mallory = await storedUser(local.table);

    // Act
    const outcome = await reply({ command: 'close' }, overdueCase.id, mallory);

    // Assess
    expect(outcome).toEqual({ outcome: 'not-found' });
    expect((await stored(overdueCase.id)).status).toBe('open');
    expect(outbox.sent).toEqual([]);
  });
});

describe('Reply commands: recognising a reply to an alert', () => {
  it('finds the case and the command in a reply to an alert from the outbox, end to end', async () => {
    // Prepare: a reminder goes out; the user answers it.
    await runSweep(sweepDeps(), at(T + HOUR + DAY));
    const [alert] = await outbox.messages();
    const headers = {
      inReplyTo: alert?.messageId ?? null,
      references: [String(alert?.headers.get('references') ?? ''), alert?.messageId ?? ''],
      headers: {},
    };

    // Act
    const recognised = recogniseReply(
      headers,
      'close\n\nOn Tue, 3 Mar 2026 at 11:00, inbox-watcher wrote:\n> …',
      ALERT_DOMAIN,
    );
    const outcome = recognised && (await reply(recognised.command, recognised.caseId));

    // Assess
    expect(recognised).toEqual({ caseId: overdueCase.id, command: { command: 'close' } });
    expect(outcome?.outcome).toBe('applied');
    expect((await stored(overdueCase.id)).status).toBe('closed');
  });

  it('ignores automatic replies and replies to other domains’ messages', () => {
    // Prepare
    const ours = `<case-${overdueCase.id}@${ALERT_DOMAIN}>`;

    // Act
    const outOfOffice = recogniseReply(
      { inReplyTo: ours, references: [ours], headers: { 'auto-submitted': ['auto-replied'] } },
      'done',
      ALERT_DOMAIN,
    );
    const elsewhere = recogniseReply(
      { inReplyTo: `<case-${overdueCase.id}@other.example>`, references: [], headers: {} },
      'done',
      ALERT_DOMAIN,
    );
    const withoutCommand = recogniseReply(
      { inReplyTo: ours, references: [], headers: {} },
      'thanks!',
      ALERT_DOMAIN,
    );

    // Assess
    expect(outOfOffice).toBeNull();
    expect(elsewhere).toBeNull();
    expect(withoutCommand).toEqual({ caseId: overdueCase.id, command: null });
  });
});
