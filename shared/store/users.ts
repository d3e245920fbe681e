import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { normalizeAddress, type User } from '../cases/user';
import type { TableHandle } from './client';
import { ConcurrentUpdateError, ForwardingAddressTakenError } from './errors';
import { forwardingAddressKey, tokenKey, userKey } from './keys';
import { type TransactItem, TransactionCancelledError, transactWrite } from './transact';

/**
 * Stores a user change in one transaction: the profile (conditioned on the version read, or on absence for a new
 * user), the forwarding-address claims (a new claim only if nobody holds it; a released one only if it is ours)
 * and the token lookups. Returns the user with its new version.
 * @throws ForwardingAddressTakenError when another user holds an address being claimed.
 * @throws ConcurrentUpdateError when the profile changed since it was read.
 */
export async function saveUser(table: TableHandle, before: User | null, after: User): Promise<User> {
  const addresses = [...new Set(after.forwardingAddresses.map(normalizeAddress))];
  const next: User = { ...after, forwardingAddresses: addresses, version: (before?.version ?? 0) + 1 };
  const writes: TransactItem[] = [
    {
      Put: {
        TableName: table.name,
        Item: { ...userKey(after.id), type: 'User', ...next },
        ...(before === null
          ? { ConditionExpression: 'attribute_not_exists(PK)' }
          : {
              ConditionExpression: '#version = :version',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':version': before.version },
            }),
      },
    },
  ];
  const claimed = added(before?.forwardingAddresses ?? [], addresses);
  for (const address of claimed) {
    writes.push({
      Put: {
        TableName: table.name,
        Item: { ...forwardingAddressKey(address), type: 'ForwardingAddress', address, userId: after.id },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    });
  }
  for (const address of added(addresses, before?.forwardingAddresses ?? [])) {
    writes.push({
      Delete: {
        TableName: table.name,
        Key: forwardingAddressKey(address),
        ConditionExpression: 'userId = :me',
        ExpressionAttributeValues: { ':me': after.id },
      },
    });
  }
  for (const hash of added(before?.tokenHashes ?? [], after.tokenHashes)) {
    writes.push({
      Put: {
        TableName: table.name,
        Item: { ...tokenKey(hash), type: 'Token', userId: after.id, createdAt: after.updatedAt },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    });
  }
  for (const hash of added(after.tokenHashes, before?.tokenHashes ?? [])) {
    writes.push({ Delete: { TableName: table.name, Key: tokenKey(hash) } });
  }

  try {
    await transactWrite(table, writes);
  } catch (error) {
    if (!(error instanceof TransactionCancelledError)) throw error;
    const taken = claimed.find((_address, index) => error.failedCondition(index + 1));
    if (taken !== undefined) throw new ForwardingAddressTakenError(taken);
    throw new ConcurrentUpdateError(`user ${after.id} changed concurrently`, { cause: error });
  }
  return next;
}

/** The user with this id, or null. */
export async function getUser(table: TableHandle, userId: string): Promise<User | null> {
  const { Item } = await table.client.send(
    new GetCommand({ TableName: table.name, Key: userKey(userId), ConsistentRead: true }),
  );
  return Item ? userFromItem(Item) : null;
}

/** The user who may forward mail from this address, or null. */
export async function findUserByForwardingAddress(table: TableHandle, address: string): Promise<User | null> {
  const { Item } = await table.client.send(
    new GetCommand({
      TableName: table.name,
      Key: forwardingAddressKey(normalizeAddress(address)),
      ConsistentRead: true,
    }),
  );
  return Item ? getUser(table, Item.userId as string) : null;
}

/** The user holding a token with this SHA-256, or null (also when the token was revoked from the profile). */
export async function findUserByTokenHash(table: TableHandle, tokenHash: string): Promise<User | null> {
  const { Item } = await table.client.send(
    new GetCommand({ TableName: table.name, Key: tokenKey(tokenHash), ConsistentRead: true }),
  );
  if (!Item) return null;
  const user = await getUser(table, Item.userId as string);
  return user?.tokenHashes.includes(tokenHash) ? user : null;
}

function added(before: readonly string[], after: readonly string[]): string[] {
  const known = new Set(before);
  return after.filter((value) => !known.has(value));
}

function userFromItem(item: Record<string, unknown>): User {
  return {
    id: item.id as string,
    email: item.email as string,
    forwardingAddresses: (item.forwardingAddresses as string[]) ?? [],
    alertEmail: (item.alertEmail as string | null) ?? null,
    timeZone: item.timeZone as string,
    language: item.language as string,
    defaultWindows: item.defaultWindows as User['defaultWindows'],
    tokenHashes: (item.tokenHashes as string[]) ?? [],
    createdAt: item.createdAt as string,
    updatedAt: item.updatedAt as string,
    version: item.version as number,
  };
}
