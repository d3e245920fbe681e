import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { normalizeAddress, normalizeAddresses, type User } from '../cases/user';
import type { TableHandle } from './client';
import { ConcurrentUpdateError, ForwardingAddressTakenError, WatchAddressTakenError } from './errors';
import { forwardingAddressKey, tokenKey, userKey, watchAddressKey } from './keys';
import { type TransactItem, TransactionCancelledError, transactWrite } from './transact';

// The two kinds of address claim: same conditional pattern, own key prefix and error.
const ADDRESS_CLAIMS = [
  {
    of: (user: User | null) => user?.forwardingAddresses ?? [],
    key: forwardingAddressKey,
    type: 'ForwardingAddress',
    taken: (address: string) => new ForwardingAddressTakenError(address),
  },
  {
    of: (user: User | null) => user?.watchAddresses ?? [],
    key: watchAddressKey,
    type: 'WatchAddress',
    taken: (address: string) => new WatchAddressTakenError(address),
  },
] as const;

/**
 * Stores a user change in one transaction: the profile (conditioned on the version read, or on absence for a new
 * user), the forwarding- and watch-address claims (a new claim only if nobody holds it; a released one only if
 * it is ours) and the token lookups. Returns the user with its new version. `watchAddresses` left out of `after`
 * keeps those of `before` (none for a new user), so callers that predate watch addresses cannot drop them.
 * @throws ForwardingAddressTakenError when another user holds a forwarding address being claimed.
 * @throws WatchAddressTakenError when another user holds a watch address being claimed.
 * @throws ConcurrentUpdateError when the profile changed since it was read.
 */
export async function saveUser(table: TableHandle, before: User | null, after: User): Promise<User> {
  const next: User = {
    ...after,
    forwardingAddresses: normalizeAddresses(after.forwardingAddresses),
    watchAddresses: normalizeAddresses(after.watchAddresses ?? before?.watchAddresses ?? []),
    version: (before?.version ?? 0) + 1,
  };
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
  // Which claim each conditional put stands for, by its index in the transaction.
  const claims = new Map<number, Error>();
  for (const kind of ADDRESS_CLAIMS) {
    for (const address of added(kind.of(before), kind.of(next))) {
      claims.set(writes.length, kind.taken(address));
      writes.push({
        Put: {
          TableName: table.name,
          Item: { ...kind.key(address), type: kind.type, address, userId: after.id },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      });
    }
    for (const address of added(kind.of(next), kind.of(before))) {
      writes.push({
        Delete: {
          TableName: table.name,
          Key: kind.key(address),
          ConditionExpression: 'userId = :me',
          ExpressionAttributeValues: { ':me': after.id },
        },
      });
    }
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
    const taken = [...claims].find(([index]) => error.failedCondition(index));
    if (taken !== undefined) throw taken[1];
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

/** The user whose watch address (a recipient address vendors write to directly) this is, or null. */
export async function findUserByWatchAddress(table: TableHandle, address: string): Promise<User | null> {
  const { Item } = await table.client.send(
    new GetCommand({
      TableName: table.name,
      Key: watchAddressKey(normalizeAddress(address)),
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
    watchAddresses: (item.watchAddresses as string[] | undefined) ?? [],
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
