import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMessage } from '../../../shared/cases/apply-message';
import type { Case } from '../../../shared/cases/case';
import { attachUnmatchedMessage, closeCase, snoozeCase } from '../../../shared/cases/user-actions';
import {
  getCase,
  getOpenVendorCases,
  getUserCase,
  listUserCases,
  saveCase,
} from '../../../shared/store/cases';
import { ConcurrentUpdateError, InvalidCursorError } from '../../../shared/store/errors';
import {
  deleteUnmatchedMessage,
  getUnmatchedMessage,
  listUnmatchedMessages,
  newUnmatchedMessage,
  unmatchedMessageDeleteWrite,
  unmatchedMessageWrite,
} from '../../../shared/store/messages';
import { listDueSweepEntries } from '../../../shared/store/sweep-index';
import { transactWrite } from '../../../shared/store/transact';
import {
  makeUnderstanding,
  makeUser,
  sequentialIds,
  testTransitionDeps,
  type UnderstandingSpec,
} from '../../helpers/case-builders';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

let local: TestTable;
beforeAll(async () => {
  local = await createTestTable('cases');
});
afterAll(async () => {
  await local.drop();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const base = Date.parse('2026-03-02T10:00:00.000Z');

let applied = 0;

/** Applies a message to `current` (or opens a case) in memory, for a given user; ids never repeat. */
function messageCase(
  userId: string,
  spec: UnderstandingSpec,
  receivedAt: Date,
  current: Case | null = null,
): Case {
  const result = applyMessage(
    current,
    {
      id: `msg-${receivedAt.getTime()}`,
      receivedAt,
      understanding: makeUnderstanding(spec),
      rawLocation: null,
    },
    makeUser({ id: userId }),
    testTransitionDeps({ newId: sequentialIds(`${userId}-${applied++}`) }),
  );
  if (result.kind !== 'case') throw new Error('expected a case');
  return result.case;
}

async function stored(userId: string, spec: UnderstandingSpec, receivedAt: Date): Promise<Case> {
  return saveCase(local.table, { before: null, after: messageCase(userId, spec, receivedAt) });
}

describe('Store: a case with its expectations and timeline', () => {
  it('reads back exactly the case it stored, after several changes', async () => {
    // Prepare
    const opened = await stored('u-read', { kinds: ['refund.received'], reference: 'R-1' }, new Date(base));
    const changed = messageCase(
      'u-read',
      { kinds: ['refund.confirmed'], amount: '9.99', currency: 'EUR' },
      new Date(base + HOUR),
      opened,
    );

    // Act
    const saved = await saveCase(local.table, { before: opened, after: changed });

    // Assess
    expect(saved.version).toBe(2);
    expect(await getCase(local.table, opened.id)).toEqual(saved);
  });

  it('hides a case from any other user', async () => {
    const opened = await stored('u-owner', { kinds: ['refund.received'] }, new Date(base));
    expect(await getUserCase(local.table, 'u-other', opened.id)).toBeNull();
    expect((await getUserCase(local.table, 'u-owner', opened.id))?.id).toBe(opened.id);
  });

  it('rejects a change made from a stale read and keeps the first writer’s', async () => {
    // Prepare
    const opened = await stored('u-race', { kinds: ['refund.received'] }, new Date(base));
    const first = messageCase('u-race', { kinds: ['refund.confirmed'] }, new Date(base + HOUR), opened);
    const second = messageCase('u-race', { kinds: ['refund.rejected'] }, new Date(base + 2 * HOUR), opened);
    await saveCase(local.table, { before: opened, after: first });

    // Act
    const stale = saveCase(local.table, { before: opened, after: second });

    // Assess
    await expect(stale).rejects.toBeInstanceOf(ConcurrentUpdateError);
    expect((await getCase(local.table, opened.id))?.expectations[0]?.status).toBe('met');
  });
});

describe('Store: a user’s open cases with a vendor', () => {
  it('lists open cases only, and drops a case once resolved or closed', async () => {
    // Prepare
    const refund = await stored('u-vendor', { kinds: ['refund.received'] }, new Date(base));
    const cancel = await stored('u-vendor', { kinds: ['cancellation.received'] }, new Date(base + HOUR));
    await stored('u-vendor', { kinds: ['refund.received'], vendor: 'other.test' }, new Date(base));
    await stored('u-someone', { kinds: ['refund.received'] }, new Date(base));

    // Act
    const before = await getOpenVendorCases(local.table, 'u-vendor', 'vendor.test');
    await saveCase(local.table, {
      before: refund,
      after: messageCase('u-vendor', { kinds: ['refund.confirmed'] }, new Date(base + 2 * HOUR), refund),
    });
    await saveCase(local.table, {
      before: cancel,
      after: closeCase(cancel, { at: new Date(base), newId: sequentialIds('c') }),
    });
    const after = await getOpenVendorCases(local.table, 'u-vendor', 'vendor.test');

    // Assess
    expect(before.cases.map((found) => found.id).sort()).toEqual([refund.id, cancel.id].sort());
    expect(after.cases).toEqual([]);
    expect(after.guard.version).toBeGreaterThan(before.guard.version);
  });
});

describe('Store: listing a user’s cases', () => {
  const user = 'u-list';
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ids.oldOpen = (await stored(user, { kinds: ['refund.received'] }, new Date(base))).id;
    ids.newOpen = (
      await stored(user, { kinds: ['refund.received'], vendor: 'b.test' }, new Date(base + DAY))
    ).id;
    ids.resolved = (
      await stored(user, { kinds: ['refund.confirmed'], vendor: 'c.test' }, new Date(base + 2 * DAY))
    ).id;
    const toClose = await stored(
      user,
      { kinds: ['refund.received'], vendor: 'd.test' },
      new Date(base + 3 * DAY),
    );
    ids.closed = (
      await saveCase(local.table, {
        before: toClose,
        after: closeCase(toClose, { at: new Date(base), newId: sequentialIds('x') }),
      })
    ).id;
    const late = await stored(
      user,
      { kinds: ['cancellation.received'], vendor: 'e.test' },
      new Date(base - DAY),
    );
    const overdue = {
      ...late,
      expectations: late.expectations.map((expectation) => ({ ...expectation, status: 'overdue' as const })),
    };
    ids.overdue = (await saveCase(local.table, { before: late, after: overdue })).id;
    await stored('u-list-other', { kinds: ['refund.received'] }, new Date(base));
  });

  it('puts overdue cases first, then open, resolved and closed ones, newest first within each', async () => {
    // Act
    const page = await listUserCases(local.table, user, { status: 'all', limit: 10 });

    // Assess
    expect(page.items.map((header) => header.id)).toEqual([
      ids.overdue,
      ids.newOpen,
      ids.oldOpen,
      ids.resolved,
      ids.closed,
    ]);
    expect(page.items[0]).toMatchObject({ overdue: true, awaitedCount: 1 });
    expect(page.nextCursor).toBeNull();
  });

  it('pages through with opaque cursors without repeating or skipping', async () => {
    // Act
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listUserCases(local.table, user, { status: 'all', limit: 2, cursor });
      seen.push(...page.items.map((header) => header.id));
      cursor = page.nextCursor;
    } while (cursor);

    // Assess
    expect(seen).toEqual([ids.overdue, ids.newOpen, ids.oldOpen, ids.resolved, ids.closed]);
  });

  it('filters by status', async () => {
    const open = await listUserCases(local.table, user, { status: 'open', limit: 10 });
    const closed = await listUserCases(local.table, user, { status: 'closed', limit: 10 });
    expect(open.items.map((header) => header.id)).toEqual([ids.overdue, ids.newOpen, ids.oldOpen]);
    expect(closed.items.map((header) => header.id)).toEqual([ids.closed]);
  });

  it('refuses a cursor issued for another user or another filter', async () => {
    // Prepare
    const mine = await listUserCases(local.table, user, { status: 'all', limit: 1 });
    const cursor = mine.nextCursor ?? '';

    // Act + Assess
    await expect(
      listUserCases(local.table, 'u-list-other', { status: 'all', limit: 1, cursor }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(
      listUserCases(local.table, user, { status: 'closed', limit: 1, cursor }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(
      listUserCases(local.table, user, { status: 'all', limit: 1, cursor: 'bm90IGpzb24' }),
    ).rejects.toBeInstanceOf(InvalidCursorError);
  });
});

describe('Store: the sparse sweep index', () => {
  it('holds only expectations with something to send, by when, and reads only what is due', async () => {
    // Prepare: a separate table, so other tests' expectations do not count.
    const own = await createTestTable('sweep');
    const save = (after: Case, before: Case | null = null) => saveCase(own.table, { before, after });
    const dueSoon = await save(
      messageCase(
        's1',
        {
          kinds: ['refund.received'],
          promises: [{ expect: 'refund.confirmed', within: { value: 1, unit: 'hours' } }],
        },
        new Date(base),
      ),
    );
    for (let index = 0; index < 20; index += 1) {
      await save(messageCase(`far-${index}`, { kinds: ['refund.received'] }, new Date(base)));
    }
    const met = await save(
      messageCase(
        's2',
        {
          kinds: ['refund.received'],
          promises: [{ expect: 'refund.confirmed', within: { value: 1, unit: 'hours' } }],
        },
        new Date(base),
      ),
    );
    await save(messageCase('s2', { kinds: ['refund.confirmed'] }, new Date(base + 10 * 60_000), met), met);
    const closed = await save(
      messageCase(
        's3',
        {
          kinds: ['refund.received'],
          promises: [{ expect: 'refund.confirmed', within: { value: 1, unit: 'hours' } }],
        },
        new Date(base),
      ),
    );
    await save(closeCase(closed, { at: new Date(base), newId: sequentialIds('z') }), closed);
    const snoozed = await save(
      messageCase(
        's4',
        {
          kinds: ['refund.received'],
          promises: [{ expect: 'refund.confirmed', within: { value: 1, unit: 'hours' } }],
        },
        new Date(base),
      ),
    );
    await save(
      snoozeCase(snoozed, new Date(base + 2 * DAY), { at: new Date(base), newId: sequentialIds('s') }),
      snoozed,
    );
    const rejected = await save(
      messageCase('s5', { kinds: ['refund.rejected'] }, new Date(base + 30 * 60_000)),
    );

    try {
      // Act
      const due = await listDueSweepEntries(own.table, new Date(base + 2 * HOUR), { limit: 100 });
      const afterSnooze = await listDueSweepEntries(own.table, new Date(base + 2 * DAY), { limit: 100 });

      // Assess
      // The rejection alert (due at arrival, +30 min) comes before the 1-hour deadline.
      expect(due.items.map((item) => item.caseId)).toEqual([rejected.id, dueSoon.id]);
      expect(due.itemsRead).toBe(2);
      expect(due.items[1]).toMatchObject({
        userId: 's1',
        subject: { kind: 'expectation', expectationId: dueSoon.expectations[0]?.id },
      });
      expect(afterSnooze.items.map((item) => item.caseId)).toContain(snoozed.id);
      expect(afterSnooze.items.map((item) => item.caseId)).not.toContain(met.id);
      expect(afterSnooze.items.map((item) => item.caseId)).not.toContain(closed.id);
    } finally {
      await own.drop();
    }
  });
});

describe('Store: unmatched messages', () => {
  it('keeps them per user, newest first, pages through them and removes one', async () => {
    // Prepare
    const make = (userId: string, minute: number) =>
      newUnmatchedMessage({
        userId,
        messageId: `m-${minute}`,
        receivedAt: new Date(base + minute * 60_000).toISOString(),
        reason: 'unrelated',
        error: null,
        subject: `subject ${minute}`,
        vendorDomain: 'vendor.test',
        vendorName: null,
        kinds: [],
        sizeBytes: 100,
        rawLocation: null,
      });
    const mine = [make('u-un', 1), make('u-un', 2), make('u-un', 3)];
    await transactWrite(
      local.table,
      [...mine, make('u-un-other', 4)].map((message) => unmatchedMessageWrite(local.table, message)),
    );

    // Act
    const first = await listUnmatchedMessages(local.table, 'u-un', { limit: 2 });
    const second = await listUnmatchedMessages(local.table, 'u-un', { limit: 2, cursor: first.nextCursor });
    await deleteUnmatchedMessage(local.table, 'u-un', mine[0]?.id ?? '');

    // Assess
    expect([...first.items, ...second.items].map((message) => message.messageId)).toEqual([
      'm-3',
      'm-2',
      'm-1',
    ]);
    expect(await getUnmatchedMessage(local.table, 'u-un', mine[1]?.id ?? '')).toEqual(mine[1]);
    expect(await getUnmatchedMessage(local.table, 'u-un', mine[0]?.id ?? '')).toBeNull();
    expect(await getUnmatchedMessage(local.table, 'u-un-other', mine[1]?.id ?? '')).toBeNull();
  });

  it('files an unmatched message on a case in one transaction, only once', async () => {
    // Prepare
    const open = await stored('u-file', { kinds: ['refund.received'] }, new Date(base));
    const message = newUnmatchedMessage({
      userId: 'u-file',
      messageId: 'm-file',
      receivedAt: new Date(base + HOUR).toISOString(),
      reason: 'unrelated',
      error: null,
      subject: 'Re: refund',
      vendorDomain: 'vendor.test',
      vendorName: null,
      kinds: [],
      sizeBytes: 10,
      rawLocation: null,
    });
    await transactWrite(local.table, [unmatchedMessageWrite(local.table, message)]);
    const action = { at: new Date(base + 2 * HOUR), newId: sequentialIds('file') };

    // Act
    const filed = await saveCase(
      local.table,
      { before: open, after: attachUnmatchedMessage(open, message, action) },
      [unmatchedMessageDeleteWrite(local.table, 'u-file', message.id)],
    );
    const again = saveCase(
      local.table,
      { before: filed, after: attachUnmatchedMessage(filed, message, action) },
      [unmatchedMessageDeleteWrite(local.table, 'u-file', message.id)],
    );

    // Assess
    await expect(again).rejects.toBeInstanceOf(ConcurrentUpdateError);
    expect(await getUnmatchedMessage(local.table, 'u-file', message.id)).toBeNull();
    const timeline = (await getCase(local.table, open.id))?.timeline ?? [];
    expect(timeline.filter((entry) => entry.details.messageId === 'm-file')).toHaveLength(1);
  });
});
