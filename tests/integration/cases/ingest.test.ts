import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InboundEmail, type IngestDeps, ingestInboundEmail } from '../../../shared/cases/ingest';
import type { Understanding } from '../../../shared/classify/understand-message';
import { createJsonLogger, silentLogger } from '../../../shared/logger';
import { getCase, getOpenVendorCases } from '../../../shared/store/cases';
import type { TableHandle } from '../../../shared/store/client';
import { getProcessedMessage, listUnmatchedMessages } from '../../../shared/store/messages';
import { saveUser } from '../../../shared/store/users';
import {
  makeUnderstanding,
  makeUser,
  testTransitionDeps,
  type UnderstandingSpec,
} from '../../helpers/case-builders';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

let local: TestTable;
const understandings = new Map<string, Understanding>();
let understandCalls = 0;

beforeAll(async () => {
  local = await createTestTable('ingest');
  for (const id of ['ana', 'bob', 'cy']) {
    await saveUser(
      local.table,
      null,
      makeUser({ id, forwardingAddresses: [`${id}@forwarder.test`], watchAddresses: [`${id}@inbox.test`] }),
    );
  }
});
afterAll(async () => {
  await local.drop();
});

function deps(overrides: Partial<IngestDeps> = {}): IngestDeps {
  return {
    table: local.table,
    // The classify pipeline is another module's job: here each raw message stands for a prepared understanding.
    understand: async (raw) => {
      understandCalls += 1;
      const understanding = understandings.get(raw.toString('utf8'));
      if (!understanding) throw new Error('not a mail message');
      return understanding;
    },
    transition: testTransitionDeps({ newId: () => `id-${Math.random().toString(36).slice(2)}` }),
    logger: silentLogger,
    options: { rejectSpoofed: true, maxMessageBytes: 10_000, dedupeTtlDays: 30 },
    ...overrides,
  };
}

/**
 * The table, except that the first `writers` transactions wait for each other: every writer has read the same
 * state before any commits, so the race the store must settle really happens (not just possibly).
 */
function racingTable(writers: number): { table: TableHandle; transactions: () => number } {
  let arrived = 0;
  let transactions = 0;
  let release: () => void = () => {};
  const allArrived = new Promise<void>((resolve) => {
    release = resolve;
  });
  const client = new Proxy(local.table.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return async (command: Parameters<typeof target.send>[0]) => {
        if (command instanceof TransactWriteCommand) {
          transactions += 1;
          arrived += 1;
          if (arrived === writers) release();
          if (arrived <= writers) await allArrived;
        }
        return target.send(command);
      };
    },
  });
  return { table: { client, name: local.table.name }, transactions: () => transactions };
}

let sequence = 0;
const at = new Date('2026-03-02T10:00:00.000Z');

/** A delivery of a message from `forwarder` whose understanding is `spec`. */
function delivery(
  forwarder: string,
  spec: UnderstandingSpec,
  extra: Partial<InboundEmail> = {},
): InboundEmail {
  sequence += 1;
  const raw = `From: ${forwarder}\r\nSubject: message ${sequence}\r\n\r\nbody ${sequence}`;
  understandings.set(raw, makeUnderstanding({ forwarder, ...spec }));
  return {
    raw: Buffer.from(raw),
    messageId: `ses-${sequence}`,
    receivedAt: new Date(at.getTime() + sequence * 60_000),
    envelope: { mailFrom: forwarder, recipients: ['watch@inbox.test'] },
    verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    ...extra,
  };
}

/** Vendor mail sent straight to `to` (no forwarder), delivered with `to` as the envelope recipient. */
function directDelivery(
  to: string,
  spec: UnderstandingSpec,
  extra: Partial<InboundEmail> = {},
): InboundEmail {
  sequence += 1;
  const vendor = spec.vendor ?? 'vendor.test';
  const raw = `From: billing@${vendor}\r\nTo: ${to}\r\nSubject: message ${sequence}\r\n\r\nbody ${sequence}`;
  understandings.set(raw, makeUnderstanding({ ...spec, forwarder: null }));
  return {
    raw: Buffer.from(raw),
    messageId: `ses-${sequence}`,
    receivedAt: new Date(at.getTime() + sequence * 60_000),
    envelope: { mailFrom: `bounce@${vendor}`, recipients: [to] },
    verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    ...extra,
  };
}

const refundAsked = {
  kinds: ['refund.received' as const],
  promises: [{ expect: 'refund.confirmed' as const, within: { value: 2, unit: 'days' as const } }],
};

describe('Ingest: a forwarded vendor message', () => {
  it('opens a case with the awaited confirmation and records the message as processed', async () => {
    // Prepare
    const email = delivery('Ana@Forwarder.test', { ...refundAsked, vendor: 'first.test' });

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'processed', userId: 'ana' });
    const caseId = outcome.status === 'processed' ? outcome.caseId : '';
    const stored = await getCase(local.table, caseId);
    expect(stored).toMatchObject({ userId: 'ana', status: 'open', vendor: { domain: 'first.test' } });
    expect(stored?.expectations).toMatchObject([{ expect: 'refund.confirmed', status: 'pending' }]);
    expect(stored?.timeline.filter((entry) => entry.type === 'message')).toHaveLength(1);
    expect(await getProcessedMessage(local.table, email.messageId)).toMatchObject({
      outcome: 'processed',
      caseId,
    });
  });

  it('applies a repeated delivery once', async () => {
    // Prepare
    const email = delivery('ana@forwarder.test', { ...refundAsked, vendor: 'repeat.test' });
    const first = await ingestInboundEmail(deps(), email);

    // Act
    const second = await ingestInboundEmail(deps(), email);

    // Assess
    expect(second).toEqual({ status: 'duplicate', messageId: email.messageId, firstOutcome: 'processed' });
    const stored = await getCase(local.table, first.status === 'processed' ? first.caseId : '');
    expect(stored?.version).toBe(1);
    expect(stored?.timeline.filter((entry) => entry.type === 'message')).toHaveLength(1);
  });

  it('applies two concurrent deliveries of one message exactly once', async () => {
    // Prepare
    const email = delivery('ana@forwarder.test', { ...refundAsked, vendor: 'concurrent.test' });
    const race = racingTable(2);

    // Act
    const outcomes = await Promise.all([
      ingestInboundEmail(deps({ table: race.table }), email),
      ingestInboundEmail(deps({ table: race.table }), email),
    ]);

    // Assess
    expect(race.transactions()).toBe(2);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['duplicate', 'processed']);
    const open = await getOpenVendorCases(local.table, 'ana', 'concurrent.test');
    expect(open.cases).toHaveLength(1);
    expect(open.cases[0]?.version).toBe(1);
    expect(open.cases[0]?.timeline.filter((entry) => entry.type === 'message')).toHaveLength(1);
  });

  it('puts two messages about one vendor arriving together on a single case', async () => {
    // Prepare
    const cancellation = delivery('ana@forwarder.test', {
      kinds: ['cancellation.received'],
      vendor: 'together.test',
    });
    const refund = delivery('ana@forwarder.test', { kinds: ['refund.received'], vendor: 'together.test' });
    const race = racingTable(2);

    // Act
    const outcomes = await Promise.all([
      ingestInboundEmail(deps({ table: race.table }), cancellation),
      ingestInboundEmail(deps({ table: race.table }), refund),
    ]);

    // Assess: both opened a case from the same empty read; one lost, re-read and joined the other's case.
    expect(race.transactions()).toBe(3);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['processed', 'processed']);
    const open = await getOpenVendorCases(local.table, 'ana', 'together.test');
    expect(open.cases).toHaveLength(1);
    expect(open.cases[0]?.expectations.map((expectation) => expectation.expect).sort()).toEqual([
      'cancellation.confirmed',
      'refund.confirmed',
    ]);
  });

  it('moves a case forward and resolves it when the confirmation arrives', async () => {
    // Prepare
    const asked = await ingestInboundEmail(
      deps(),
      delivery('ana@forwarder.test', { ...refundAsked, vendor: 'later.test' }),
    );

    // Act
    const confirmed = await ingestInboundEmail(
      deps(),
      delivery('ana@forwarder.test', {
        kinds: ['refund.confirmed'],
        vendor: 'later.test',
        amount: '12.00',
        currency: 'USD',
      }),
    );

    // Assess
    const caseId = asked.status === 'processed' ? asked.caseId : '';
    expect(confirmed).toMatchObject({ status: 'processed', caseId });
    const stored = await getCase(local.table, caseId);
    expect(stored?.status).toBe('resolved');
    expect(stored?.expectations[0]).toMatchObject({ status: 'met', amount: '12.00', currency: 'USD' });
  });
});

describe('Ingest: several users', () => {
  it('never lets one user’s message touch another user’s case with the same vendor', async () => {
    // Prepare
    const bobs = await ingestInboundEmail(
      deps(),
      delivery('bob@forwarder.test', { ...refundAsked, vendor: 'shared.test' }),
    );
    const cys = await ingestInboundEmail(
      deps(),
      delivery('cy@forwarder.test', { ...refundAsked, vendor: 'shared.test' }),
    );

    // Act
    const confirmation = await ingestInboundEmail(
      deps(),
      delivery('bob@forwarder.test', { kinds: ['refund.confirmed'], vendor: 'shared.test' }),
    );

    // Assess
    const bobCase = await getCase(local.table, bobs.status === 'processed' ? bobs.caseId : '');
    const cyCase = await getCase(local.table, cys.status === 'processed' ? cys.caseId : '');
    expect(confirmation).toMatchObject({ status: 'processed', userId: 'bob', caseId: bobCase?.id });
    expect(bobCase?.status).toBe('resolved');
    expect(cyCase?.status).toBe('open');
    expect(cyCase?.version).toBe(1);
  });
});

describe('Ingest: vendor mail sent straight to a watch address', () => {
  it('opens the case for the user whose watch address it reached, and no one else', async () => {
    // Prepare
    const email = directDelivery('Ana@Inbox.test', { ...refundAsked, vendor: 'direct.test' });

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'processed', userId: 'ana', via: 'watch-address' });
    const anas = await getOpenVendorCases(local.table, 'ana', 'direct.test');
    expect(anas.cases).toHaveLength(1);
    expect(anas.cases[0]?.expectations).toMatchObject([{ expect: 'refund.confirmed', status: 'pending' }]);
    expect((await getOpenVendorCases(local.table, 'bob', 'direct.test')).cases).toEqual([]);
    expect((await getOpenVendorCases(local.table, 'cy', 'direct.test')).cases).toEqual([]);
  });

  it('confirms only the case of the user the vendor wrote to', async () => {
    // Prepare: both users wait for the same vendor.
    const anas = await ingestInboundEmail(
      deps(),
      directDelivery('ana@inbox.test', { ...refundAsked, vendor: 'twin.test' }),
    );
    const bobs = await ingestInboundEmail(
      deps(),
      directDelivery('bob@inbox.test', { ...refundAsked, vendor: 'twin.test' }),
    );

    // Act
    const confirmation = await ingestInboundEmail(
      deps(),
      directDelivery('bob@inbox.test', { kinds: ['refund.confirmed'], vendor: 'twin.test' }),
    );

    // Assess
    const anaCase = await getCase(local.table, anas.status === 'processed' ? anas.caseId : '');
    const bobCase = await getCase(local.table, bobs.status === 'processed' ? bobs.caseId : '');
    expect(confirmation).toMatchObject({ status: 'processed', userId: 'bob', caseId: bobCase?.id });
    expect(bobCase?.status).toBe('resolved');
    expect(anaCase).toMatchObject({ userId: 'ana', status: 'open', version: 1 });
  });

  it('reads the To header when the transport gives no envelope recipients', async () => {
    // Prepare
    const email = directDelivery('cy@inbox.test', { ...refundAsked, vendor: 'headers.test' });

    // Act
    const outcome = await ingestInboundEmail(deps(), {
      ...email,
      envelope: { mailFrom: null, recipients: [] },
    });

    // Assess
    expect(outcome).toMatchObject({ status: 'processed', userId: 'cy', via: 'watch-address' });
  });

  it('lets a known forwarder win over another user’s watch address among the recipients', async () => {
    // Prepare
    const forwarded = delivery('ana@forwarder.test', { ...refundAsked, vendor: 'both.test' });
    const email = {
      ...forwarded,
      envelope: { mailFrom: 'ana@forwarder.test', recipients: ['bob@inbox.test'] },
    };

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'processed', userId: 'ana', via: 'forwarder' });
    expect((await getOpenVendorCases(local.table, 'bob', 'both.test')).cases).toEqual([]);
  });

  it('rejects a stranger’s forward to a watch address, touching no case', async () => {
    // Prepare
    const forwarded = delivery('stranger@elsewhere.test', {
      kinds: ['refund.confirmed'],
      vendor: 'forged.test',
    });
    const email = {
      ...forwarded,
      envelope: { mailFrom: 'stranger@elsewhere.test', recipients: ['ana@inbox.test'] },
    };

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'rejected-unknown-forwarder' });
    expect((await getOpenVendorCases(local.table, 'ana', 'forged.test')).cases).toEqual([]);
  });

  it.each([
    { name: 'DMARC fails', verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'FAIL' } },
    { name: 'SPF and DKIM both fail', verdicts: { spf: 'FAIL', dkim: 'FAIL', dmarc: 'GRAY' } },
  ])('rejects direct vendor mail as spoofed when $name', async ({ verdicts }) => {
    // Prepare
    const email = directDelivery(
      'bob@inbox.test',
      { ...refundAsked, vendor: 'spoofed-direct.test' },
      { verdicts },
    );

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'rejected-spoofed', userId: 'bob', via: 'watch-address' });
    expect((await getOpenVendorCases(local.table, 'bob', 'spoofed-direct.test')).cases).toEqual([]);
    expect(await getProcessedMessage(local.table, email.messageId)).toMatchObject({
      outcome: 'rejected-spoofed',
    });
  });

  it('keeps unreadable mail to a watch address as the user’s unmatched message', async () => {
    // Prepare: bytes the understand step refuses, from nobody known, to Cy's watch address.
    const email: InboundEmail = {
      raw: Buffer.from('From: someone@nowhere.test\r\n\r\n\u0000garbage'),
      messageId: 'ses-direct-garbage',
      receivedAt: at,
      envelope: { mailFrom: null, recipients: ['cy@inbox.test'] },
    };

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'unparsable', userId: 'cy', via: 'watch-address' });
    const unmatched = await listUnmatchedMessages(local.table, 'cy', { limit: 10 });
    expect(unmatched.items).toContainEqual(
      expect.objectContaining({ messageId: 'ses-direct-garbage', reason: 'unparsable' }),
    );
  });
});

describe('Ingest: senders that are not accepted', () => {
  it('rejects a forwarder no user has, touching no case', async () => {
    // Prepare
    const email = delivery('stranger@elsewhere.test', { ...refundAsked, vendor: 'stranger.test' });

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({
      status: 'rejected-unknown-forwarder',
      candidates: ['stranger@elsewhere.test'],
    });
    expect(await getProcessedMessage(local.table, email.messageId)).toMatchObject({
      outcome: 'rejected-unknown-forwarder',
    });
  });

  it.each([
    { name: 'DMARC fails', verdicts: { spf: 'PASS', dkim: 'PASS', dmarc: 'FAIL' } },
    { name: 'SPF and DKIM both fail', verdicts: { spf: 'FAIL', dkim: 'FAIL', dmarc: 'GRAY' } },
  ])('rejects a known forwarder as spoofed when $name', async ({ verdicts }) => {
    // Prepare
    const email = delivery('bob@forwarder.test', { ...refundAsked, vendor: 'spoofed.test' }, { verdicts });

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'rejected-spoofed', userId: 'bob' });
    expect((await getOpenVendorCases(local.table, 'bob', 'spoofed.test')).cases).toEqual([]);
  });

  it('accepts a forwarder when only one of SPF and DKIM fails', async () => {
    const email = delivery(
      'bob@forwarder.test',
      { ...refundAsked, vendor: 'half.test' },
      { verdicts: { spf: 'FAIL', dkim: 'PASS', dmarc: 'PASS' } },
    );
    expect(await ingestInboundEmail(deps(), email)).toMatchObject({ status: 'processed' });
  });

  it('accepts failing verdicts when spoofing checks are turned off', async () => {
    const email = delivery(
      'bob@forwarder.test',
      { ...refundAsked, vendor: 'lenient.test' },
      { verdicts: { spf: 'FAIL', dkim: 'FAIL', dmarc: 'FAIL' } },
    );
    const outcome = await ingestInboundEmail(
      deps({ options: { rejectSpoofed: false, maxMessageBytes: 10_000, dedupeTtlDays: 30 } }),
      email,
    );
    expect(outcome).toMatchObject({ status: 'processed' });
  });
});

describe('Ingest: nothing accepted is lost', () => {
  it('keeps an unrelated message with no case in the user’s unmatched messages', async () => {
    // Act
    const outcome = await ingestInboundEmail(
      deps(),
      delivery('cy@forwarder.test', { kinds: [], vendor: 'news.test', subject: 'Our newsletter' }),
    );

    // Assess
    expect(outcome).toMatchObject({ status: 'unmatched', userId: 'cy', reason: 'unrelated' });
    const unmatched = await listUnmatchedMessages(local.table, 'cy', { limit: 10 });
    expect(unmatched.items).toContainEqual(
      expect.objectContaining({ subject: 'Our newsletter', vendorDomain: 'news.test' }),
    );
  });

  it('keeps mail that cannot be understood as unmatched, with the error', async () => {
    // Prepare: raw bytes the understand step refuses, from a known forwarder.
    const email: InboundEmail = {
      raw: Buffer.from('From: cy@forwarder.test\r\n\r\n\u0000garbage'),
      messageId: 'ses-garbage',
      receivedAt: at,
      envelope: { mailFrom: null, recipients: [] },
    };

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'unparsable', userId: 'cy', error: 'not a mail message' });
    const unmatched = await listUnmatchedMessages(local.table, 'cy', { limit: 10 });
    expect(unmatched.items).toContainEqual(
      expect.objectContaining({
        messageId: 'ses-garbage',
        reason: 'unparsable',
        error: 'not a mail message',
      }),
    );
  });

  it('keeps oversized mail as unmatched without parsing it', async () => {
    // Prepare
    const email: InboundEmail = {
      raw: Buffer.from(`From: "Cy" <cy@forwarder.test>\r\n\r\n${'x'.repeat(20_000)}`),
      messageId: 'ses-big',
      receivedAt: at,
      envelope: { mailFrom: null, recipients: [] },
    };
    const callsBefore = understandCalls;

    // Act
    const outcome = await ingestInboundEmail(deps(), email);

    // Assess
    expect(outcome).toMatchObject({ status: 'oversized', userId: 'cy' });
    expect(understandCalls).toBe(callsBefore);
    const unmatched = await listUnmatchedMessages(local.table, 'cy', { limit: 10 });
    expect(unmatched.items).toContainEqual(
      expect.objectContaining({ messageId: 'ses-big', reason: 'oversized' }),
    );
  });
});

describe('Ingest: logs', () => {
  it('writes one JSON line per message carrying its id and outcome', async () => {
    // Prepare
    const lines: string[] = [];
    const logger = createJsonLogger({ write: (line) => lines.push(line) });
    const email = delivery('stranger@elsewhere.test', { kinds: [] });

    // Act
    await ingestInboundEmail(deps({ logger }), email);

    // Assess
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({
        level: 'warn',
        messageId: email.messageId,
        status: 'rejected-unknown-forwarder',
      }),
    ]);
  });
});
