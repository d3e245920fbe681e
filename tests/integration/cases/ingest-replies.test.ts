import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ComposedAlert } from '../../../shared/alerts/composed-alert';
import type { Notifier } from '../../../shared/alerts/notifiers/notifier';
import { alertMessageId, caseThreadRootId } from '../../../shared/alerts/thread-ids';
import { type InboundEmail, type IngestDeps, ingestInboundEmail } from '../../../shared/cases/ingest';
import { understandMessage } from '../../../shared/classify/understand-message';
import { silentLogger } from '../../../shared/logger';
import { getCase } from '../../../shared/store/cases';
import type { TableHandle } from '../../../shared/store/client';
import { getProcessedMessage, listUnmatchedMessages } from '../../../shared/store/messages';
import { saveUser } from '../../../shared/store/users';
import { makeUnderstanding, makeUser, testTransitionDeps } from '../../helpers/case-builders';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

const ALERT_DOMAIN = 'alerts.inbox.test';
let local: TestTable;
let sent: ComposedAlert[] = [];
const notifier: Notifier = {
  send: async (alert) => {
    sent.push(alert);
    return { channel: 'memory', id: alert.messageId };
  },
};
// Prepared understandings for the vendor mail that opens cases; replies go through the real pipeline.
const prepared = new Map<string, ReturnType<typeof makeUnderstanding>>();

beforeAll(async () => {
  local = await createTestTable('replies');
  for (const id of ['ana', 'bob']) {
    await saveUser(local.table, null, makeUser({ id, forwardingAddresses: [`${id}@forwarder.test`] }));
  }
});
afterAll(async () => {
  await local.drop();
});
beforeEach(() => {
  sent = [];
});

function deps(overrides: Partial<IngestDeps> = {}): IngestDeps {
  return {
    table: local.table,
    understand: async (raw) => prepared.get(raw.toString('utf8')) ?? understandMessage(raw),
    transition: testTransitionDeps({ newId: () => `id-${Math.random().toString(36).slice(2)}` }),
    logger: silentLogger,
    options: { rejectSpoofed: true, maxMessageBytes: 100_000, dedupeTtlDays: 30 },
    replies: { notifier, alertDomain: ALERT_DOMAIN, from: `alerts@${ALERT_DOMAIN}` },
    ...overrides,
  };
}

let sequence = 0;
const at = new Date('2026-03-02T10:00:00.000Z');

function envelope(raw: string, from: string, extra: Partial<InboundEmail> = {}): InboundEmail {
  sequence += 1;
  return {
    raw: Buffer.from(raw),
    messageId: `ses-reply-${sequence}`,
    receivedAt: new Date(at.getTime() + sequence * 60_000),
    envelope: { mailFrom: from, recipients: ['watch@inbox.test'] },
    verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    ...extra,
  };
}

/** Opens a case for `userId` awaiting a refund confirmation from `vendor`; returns its id. */
async function openCase(userId: string, vendor: string): Promise<string> {
  const forwarder = `${userId}@forwarder.test`;
  const raw = `From: ${forwarder}\r\nSubject: Fwd: refund ${vendor}\r\n\r\nforwarded ${vendor}`;
  prepared.set(
    raw,
    makeUnderstanding({
      forwarder,
      vendor,
      kinds: ['refund.received'],
      promises: [{ expect: 'refund.confirmed', within: { value: 2, unit: 'days' } }],
    }),
  );
  const outcome = await ingestInboundEmail(deps(), envelope(raw, forwarder));
  if (outcome.status !== 'processed') throw new Error(`case not opened: ${outcome.status}`);
  return outcome.caseId;
}

/** The user's reply to an alert of `caseId`, as a mail client writes it: command on top, the alert quoted. */
function replyTo(caseId: string, from: string, body: string): string {
  const alert = alertMessageId('first', caseId, ALERT_DOMAIN);
  return [
    `From: Someone <${from}>`,
    `To: alerts@${ALERT_DOMAIN}`,
    'Subject: Re: Overdue: Vendor refund confirmation',
    `Message-ID: <reply-${sequence + 1}@forwarder.test>`,
    `In-Reply-To: ${alert}`,
    `References: ${caseThreadRootId(caseId, ALERT_DOMAIN)} ${alert}`,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
    `On Mon, 2 Mar 2026 at 10:00, inbox-watcher <alerts@${ALERT_DOMAIN}> wrote:`,
    '> Overdue: Vendor refund confirmation. Reply "done" when it arrives.',
    '',
  ].join('\r\n');
}

describe('Ingest: replies to our alerts', () => {
  it('applies the command to the case, confirms it once, and treats the reply as no vendor mail', async () => {
    // Prepare
    const caseId = await openCase('ana', 'snooze.test');
    const email = envelope(replyTo(caseId, 'ana@forwarder.test', 'snooze 2d'), 'ana@forwarder.test');

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toEqual({
      status: 'reply-command',
      messageId: email.messageId,
      userId: 'ana',
      caseId,
      command: 'snooze',
      result: 'applied',
    });
    const stored = await getCase(local.table, caseId);
    expect(stored?.snoozedUntil).not.toBeNull();
    expect(stored?.timeline.map((entry) => entry.summary)).toContainEqual(expect.stringMatching(/snoozed/i));
    expect(stored?.timeline.filter((entry) => entry.type === 'message')).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ meta: { caseId, reason: 'reply-confirmation' } });
    expect(await getProcessedMessage(local.table, email.messageId)).toMatchObject({
      outcome: 'reply-command',
      userId: 'ana',
      caseId,
    });
    const unmatched = await listUnmatchedMessages(local.table, 'ana', { limit: 50 });
    expect(unmatched.items.map((item) => item.messageId)).not.toContain(email.messageId);
  });

  it('closes the case on "close"', async () => {
    const caseId = await openCase('ana', 'close.test');
    const email = envelope(replyTo(caseId, 'ana@forwarder.test', 'Close'), 'ana@forwarder.test');

    const outcome = await ingestInboundEmail(deps(), email);

    expect(outcome).toMatchObject({ status: 'reply-command', command: 'close', result: 'applied' });
    expect((await getCase(local.table, caseId))?.status).toBe('closed');
  });

  it('applies a repeated or concurrent delivery of one reply once', async () => {
    // Prepare
    const caseId = await openCase('ana', 'twice.test');
    const email = envelope(replyTo(caseId, 'ana@forwarder.test', 'close'), 'ana@forwarder.test');

    // Act
    const concurrent = await Promise.all([
      ingestInboundEmail(deps(), email),
      ingestInboundEmail(deps(), email),
    ]);
    const again = await ingestInboundEmail(deps(), email);

    // Assess
    expect(concurrent.map((outcome) => outcome.status).sort()).toEqual(['duplicate', 'reply-command']);
    expect(again).toMatchObject({ status: 'duplicate', firstOutcome: 'reply-command' });
    expect(sent).toHaveLength(1);
    const stored = await getCase(local.table, caseId);
    expect(stored?.timeline.filter((entry) => /closed/i.test(entry.summary))).toHaveLength(1);
  });

  it('answers the commands list when a reply holds no command, changing nothing', async () => {
    const caseId = await openCase('ana', 'chatty.test');
    const before = await getCase(local.table, caseId);
    const email = envelope(
      replyTo(caseId, 'ana@forwarder.test', 'Thanks, I will call them.'),
      'ana@forwarder.test',
    );

    const outcome = await ingestInboundEmail(deps(), email);

    expect(outcome).toMatchObject({ status: 'reply-command', command: null, result: 'not-understood' });
    expect((await getCase(local.table, caseId))?.version).toBe(before?.version);
    expect(sent).toHaveLength(1);
  });

  it('never lets a user’s reply change another user’s case', async () => {
    // Prepare: Bob replies with threading headers naming Ana's case.
    const anasCase = await openCase('ana', 'forged-thread.test');
    const email = envelope(replyTo(anasCase, 'bob@forwarder.test', 'close'), 'bob@forwarder.test');

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'reply-command', userId: 'bob', result: 'not-found' });
    expect((await getCase(local.table, anasCase))?.status).toBe('open');
    expect(sent).toEqual([]);
  });

  it('rejects a reply from an address no user forwards from', async () => {
    const caseId = await openCase('ana', 'stranger-reply.test');
    const email = envelope(replyTo(caseId, 'eve@elsewhere.test', 'close'), 'eve@elsewhere.test');

    const outcome = await ingestInboundEmail(deps(), email);

    expect(outcome).toMatchObject({ status: 'rejected-unknown-forwarder' });
    expect((await getCase(local.table, caseId))?.status).toBe('open');
  });

  it('rejects a spoofed reply', async () => {
    const caseId = await openCase('ana', 'spoofed-reply.test');
    const email = envelope(replyTo(caseId, 'ana@forwarder.test', 'close'), 'ana@forwarder.test', {
      verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'FAIL' },
    });

    const outcome = await ingestInboundEmail(deps(), email);

    expect(outcome).toMatchObject({ status: 'rejected-spoofed', userId: 'ana' });
    expect((await getCase(local.table, caseId))?.status).toBe('open');
  });

  it('handles a reply as ordinary mail when replies are not configured', async () => {
    const caseId = await openCase('ana', 'no-replies.test');
    const email = envelope(replyTo(caseId, 'ana@forwarder.test', 'close'), 'ana@forwarder.test');

    const outcome = await ingestInboundEmail(deps({ replies: undefined }), email);

    expect(outcome.status).not.toBe('reply-command');
    expect((await getCase(local.table, caseId))?.status).toBe('open');
  });

  it('applies the command on a retry after the first attempt failed', async () => {
    // Prepare: the first case write fails as if DynamoDB were unavailable.
    const caseId = await openCase('ana', 'retry.test');
    const email = envelope(replyTo(caseId, 'ana@forwarder.test', 'close'), 'ana@forwarder.test');
    const failing = failingFirstTransaction(local.table);

    // Act
    const first = ingestInboundEmail(deps({ table: failing }), email);
    await expect(first).rejects.toThrow('unavailable');
    const retry = await ingestInboundEmail(deps(), email);

    // Assess
    expect(retry).toMatchObject({ status: 'reply-command', result: 'applied' });
    expect((await getCase(local.table, caseId))?.status).toBe('closed');
  });
});

/** The table, except that its first write transaction fails. */
function failingFirstTransaction(table: TableHandle): TableHandle {
  let failed = false;
  const client = new Proxy(table.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return async (command: Parameters<typeof target.send>[0]) => {
        if (command instanceof TransactWriteCommand && !failed) {
          failed = true;
          throw new Error('DynamoDB unavailable');
        }
        return target.send(command);
      };
    },
  });
  return { client, name: table.name };
}
