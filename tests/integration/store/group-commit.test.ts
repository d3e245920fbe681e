import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableHandle } from '../../../shared/store/client';
import { createGroupCommit } from '../../../shared/store/group-commit';
import { type TransactItem, TransactionCancelledError } from '../../../shared/store/transact';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

let local: TestTable;
beforeAll(async () => {
  local = await createTestTable('group-commit');
});
afterAll(async () => {
  await local.drop();
});

/** The table, counting the transactions sent to DynamoDB. */
function countingTransactions(): { table: TableHandle; count: () => number } {
  let transactions = 0;
  const client = new Proxy(local.table.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: unknown) => {
        if (command instanceof TransactWriteCommand) transactions += 1;
        return target.send(command as never);
      };
    },
  });
  return { table: { name: local.table.name, client }, count: () => transactions };
}

const putNew = (pk: string): TransactItem => ({
  Put: {
    TableName: local.table.name,
    Item: { PK: pk, SK: 'X' },
    ConditionExpression: 'attribute_not_exists(PK)',
  },
});

async function exists(pk: string): Promise<boolean> {
  const { Item } = await local.table.client.send(
    new GetCommand({ TableName: local.table.name, Key: { PK: pk, SK: 'X' }, ConsistentRead: true }),
  );
  return Item !== undefined;
}

describe('Store: group commit', () => {
  it('commits writes that arrive together in one transaction', async () => {
    // Prepare
    const { table, count } = countingTransactions();
    const commits = createGroupCommit(table);

    // Act
    await Promise.all(['gc-a', 'gc-b', 'gc-c'].map((pk) => commits.write([putNew(pk)])));

    // Assess
    expect(count()).toBe(1);
    expect(await Promise.all(['gc-a', 'gc-b', 'gc-c'].map(exists))).toEqual([true, true, true]);
  });

  it('gives each caller its own outcome when one of them fails its condition', async () => {
    // Prepare
    await createGroupCommit(local.table).write([putNew('gc-taken')]);
    const commits = createGroupCommit(local.table);

    // Act
    const outcomes = await Promise.allSettled(
      ['gc-d', 'gc-taken', 'gc-e'].map((pk) => commits.write([putNew(pk)])),
    );

    // Assess
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(TransactionCancelledError);
    expect(await Promise.all(['gc-d', 'gc-e'].map(exists))).toEqual([true, true]);
  });

  it('lets only one of two callers create the same item', async () => {
    // Prepare
    const commits = createGroupCommit(local.table);

    // Act
    const outcomes = await Promise.allSettled([
      commits.write([putNew('gc-same')]),
      commits.write([putNew('gc-same')]),
    ]);

    // Assess
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
  });
});
