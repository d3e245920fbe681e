import { DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConcurrentUpdateError,
  ForwardingAddressTakenError,
  WatchAddressTakenError,
} from '../../../shared/store/errors';
import { getProcessedMessage, recordProcessedMessage } from '../../../shared/store/messages';
import { TABLE_ATTRIBUTES } from '../../../shared/store/table-schema';
import { hashToken, issueToken } from '../../../shared/store/tokens';
import {
  findUserByForwardingAddress,
  findUserByTokenHash,
  findUserByWatchAddress,
  getUser,
  saveUser,
} from '../../../shared/store/users';
import { makeUser } from '../../helpers/case-builders';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

let local: TestTable;
beforeAll(async () => {
  local = await createTestTable('users');
});
afterAll(async () => {
  await local.drop();
});

describe('Store: users', () => {
  it('finds a user by id, by forwarding address (any case) and by token hash', async () => {
    // Prepare
    const token = issueToken();
    const user = makeUser({ id: 'ana', forwardingAddresses: ['Ana@Mail.test'], tokenHashes: [token.hash] });

    // Act
    const saved = await saveUser(local.table, null, user);

    // Assess
    expect(saved.version).toBe(1);
    expect(await getUser(local.table, 'ana')).toEqual(saved);
    expect((await findUserByForwardingAddress(local.table, 'ANA@mail.test'))?.id).toBe('ana');
    expect((await findUserByTokenHash(local.table, hashToken(token.token)))?.id).toBe('ana');
    expect(await findUserByTokenHash(local.table, hashToken('iw_not-a-token'))).toBeNull();
  });

  it('refuses a forwarding address another user holds, writing nothing for the second user', async () => {
    // Prepare
    await saveUser(local.table, null, makeUser({ id: 'bob', forwardingAddresses: ['shared@mail.test'] }));

    // Act
    const attempt = saveUser(
      local.table,
      null,
      makeUser({ id: 'eve', forwardingAddresses: ['eve@mail.test', 'shared@mail.test'] }),
    );

    // Assess
    await expect(attempt).rejects.toBeInstanceOf(ForwardingAddressTakenError);
    expect(await getUser(local.table, 'eve')).toBeNull();
    expect(await findUserByForwardingAddress(local.table, 'eve@mail.test')).toBeNull();
    expect((await findUserByForwardingAddress(local.table, 'shared@mail.test'))?.id).toBe('bob');
  });

  it('moves forwarding addresses and rotates tokens in one change', async () => {
    // Prepare
    const first = issueToken();
    const second = issueToken();
    const created = await saveUser(
      local.table,
      null,
      makeUser({ id: 'cy', forwardingAddresses: ['old@mail.test'], tokenHashes: [first.hash] }),
    );

    // Act
    await saveUser(local.table, created, {
      ...created,
      forwardingAddresses: ['new@mail.test'],
      tokenHashes: [second.hash],
    });

    // Assess
    expect(await findUserByForwardingAddress(local.table, 'old@mail.test')).toBeNull();
    expect((await findUserByForwardingAddress(local.table, 'new@mail.test'))?.id).toBe('cy');
    expect(await findUserByTokenHash(local.table, first.hash)).toBeNull();
    expect((await findUserByTokenHash(local.table, second.hash))?.id).toBe('cy');
  });

  it('rejects a change made from a stale read', async () => {
    // Prepare
    const created = await saveUser(
      local.table,
      null,
      makeUser({ id: 'dee', forwardingAddresses: ['dee@mail.test'] }),
    );
    await saveUser(local.table, created, { ...created, timeZone: 'Europe/Sofia' });

    // Act
    const stale = saveUser(local.table, created, { ...created, language: 'bg' });

    // Assess
    await expect(stale).rejects.toBeInstanceOf(ConcurrentUpdateError);
    expect((await getUser(local.table, 'dee'))?.timeZone).toBe('Europe/Sofia');
  });
});

describe('Store: watch addresses', () => {
  it('finds a user by watch address (any case), and a new user without any has none', async () => {
    // Prepare
    const user = makeUser({
      id: 'wa',
      forwardingAddresses: ['wa@mail.test'],
      watchAddresses: ['WA@Inbox.test'],
    });

    // Act
    const saved = await saveUser(local.table, null, user);
    const plain = await saveUser(
      local.table,
      null,
      makeUser({ id: 'wb', forwardingAddresses: ['wb@mail.test'] }),
    );

    // Assess
    expect(saved.watchAddresses).toEqual(['wa@inbox.test']);
    expect((await findUserByWatchAddress(local.table, 'wa@INBOX.test'))?.id).toBe('wa');
    expect(plain.watchAddresses).toEqual([]);
    expect((await getUser(local.table, 'wb'))?.watchAddresses).toEqual([]);
  });

  it('keeps watch and forwarding addresses apart: an address may be both, for different users', async () => {
    // Act
    await saveUser(local.table, null, makeUser({ id: 'wc', forwardingAddresses: ['both@x.test'] }));
    await saveUser(
      local.table,
      null,
      makeUser({ id: 'wd', forwardingAddresses: ['wd@mail.test'], watchAddresses: ['both@x.test'] }),
    );

    // Assess
    expect((await findUserByForwardingAddress(local.table, 'both@x.test'))?.id).toBe('wc');
    expect((await findUserByWatchAddress(local.table, 'both@x.test'))?.id).toBe('wd');
  });

  it('refuses a watch address another user holds, writing nothing for the second user', async () => {
    // Prepare
    await saveUser(
      local.table,
      null,
      makeUser({ id: 'we', forwardingAddresses: ['we@mail.test'], watchAddresses: ['taken@inbox.test'] }),
    );

    // Act
    const attempt = saveUser(
      local.table,
      null,
      makeUser({ id: 'wf', forwardingAddresses: ['wf@mail.test'], watchAddresses: ['Taken@inbox.test'] }),
    );

    // Assess
    await expect(attempt).rejects.toEqual(new WatchAddressTakenError('taken@inbox.test'));
    expect(await getUser(local.table, 'wf')).toBeNull();
    expect(await findUserByForwardingAddress(local.table, 'wf@mail.test')).toBeNull();
    expect((await findUserByWatchAddress(local.table, 'taken@inbox.test'))?.id).toBe('we');
  });

  it('moves watch addresses, and keeps them when a change leaves the field out', async () => {
    // Prepare
    const created = await saveUser(
      local.table,
      null,
      makeUser({ id: 'wg', forwardingAddresses: ['wg@mail.test'], watchAddresses: ['old@inbox.test'] }),
    );
    const moved = await saveUser(local.table, created, { ...created, watchAddresses: ['new@inbox.test'] });
    const { watchAddresses: _left, ...withoutWatch } = moved;

    // Act
    const unchanged = await saveUser(local.table, moved, { ...withoutWatch, timeZone: 'Europe/Madrid' });

    // Assess
    expect(await findUserByWatchAddress(local.table, 'old@inbox.test')).toBeNull();
    expect((await findUserByWatchAddress(local.table, 'new@inbox.test'))?.id).toBe('wg');
    expect(unchanged.watchAddresses).toEqual(['new@inbox.test']);
    expect((await getUser(local.table, 'wg'))?.watchAddresses).toEqual(['new@inbox.test']);
  });

  it('lets only one of two users racing for one watch address have it', async () => {
    // Act
    const results = await Promise.allSettled(
      ['wh', 'wi'].map((id) =>
        saveUser(
          local.table,
          null,
          makeUser({ id, forwardingAddresses: [`${id}@mail.test`], watchAddresses: ['race@inbox.test'] }),
        ),
      ),
    );

    // Assess
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const winner = results.find((result) => result.status === 'fulfilled')?.value.id;
    expect((await findUserByWatchAddress(local.table, 'race@inbox.test'))?.id).toBe(winner);
  });
});

describe('Store: processed messages', () => {
  it('records a message once and says so the second time', async () => {
    // Prepare
    const record = {
      messageId: 'm-1',
      outcome: 'processed',
      userId: 'ana',
      caseId: null,
      processedAt: '2026-03-02T10:00:00.000Z',
      expiresAt: 1_780_000_000,
    };

    // Act
    const first = await recordProcessedMessage(local.table, record);
    const second = await recordProcessedMessage(local.table, { ...record, outcome: 'other' });

    // Assess
    expect([first, second]).toEqual([true, false]);
    expect(await getProcessedMessage(local.table, 'm-1')).toEqual(record);
  });

  it('lets DynamoDB expire dedupe records through the TTL attribute', async () => {
    const { TimeToLiveDescription } = await local.client.send(
      new DescribeTimeToLiveCommand({ TableName: local.table.name }),
    );
    expect(TimeToLiveDescription).toMatchObject({
      AttributeName: TABLE_ATTRIBUTES.timeToLive,
      TimeToLiveStatus: 'ENABLED',
    });
  });
});
