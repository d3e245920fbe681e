import { DescribeTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConcurrentUpdateError, ForwardingAddressTakenError } from '../../../shared/store/errors';
import { getProcessedMessage, recordProcessedMessage } from '../../../shared/store/messages';
import { TABLE_ATTRIBUTES } from '../../../shared/store/table-schema';
import { hashToken, issueToken } from '../../../shared/store/tokens';
import {
  findUserByForwardingAddress,
  findUserByTokenHash,
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
