import { GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Case, CaseStatus } from '../cases/case';
import {
  type CaseHeader,
  caseFromItems,
  caseHeaderFromItem,
  caseHeaderItem,
  expectationItem,
  type Item,
  timelineEntryItem,
} from './case-items';
import type { TableHandle } from './client';
import { decodeCursor, encodeCursor, type Page } from './cursor';
import { ConcurrentUpdateError, InvalidCursorError } from './errors';
import { casePartition, type ListingBucket, userCasesRange, vendorCasesKey } from './keys';
import { INDEX_NAMES } from './table-schema';
import { type TransactItem, TransactionCancelledError, transactWrite } from './transact';

/** A case as it was read (null for a new case) and as it should be stored. */
export interface CaseChange {
  before: Case | null;
  after: Case;
}

/**
 * The version of a user's vendor record read before matching. Writing it back conditionally makes two messages
 * for the same user and vendor apply one after the other, so they never open two cases side by side.
 */
export interface VendorGuard {
  version: number;
}

/**
 * The writes that persist a case change, for one transaction. Every write of a case goes through here: the header
 * put is conditioned on the version read (or on absence for a new case), so expectations and timeline entries,
 * which are written unconditionally beside it, can never interleave with another writer's.
 */
export function caseWrites(table: TableHandle, change: CaseChange, guard?: VendorGuard): TransactItem[] {
  const { before, after } = change;
  const header = { ...caseHeaderItem(after), version: (before?.version ?? 0) + 1 };
  const writes: TransactItem[] = [
    {
      Put: {
        TableName: table.name,
        Item: header,
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

  const storedExpectations = new Map(
    (before?.expectations ?? []).map((expectation) => [
      expectation.id,
      JSON.stringify(expectationItem(before as Case, expectation)),
    ]),
  );
  for (const expectation of after.expectations) {
    const item = expectationItem(after, expectation);
    if (storedExpectations.get(expectation.id) !== JSON.stringify(item)) {
      writes.push({ Put: { TableName: table.name, Item: item } });
    }
  }

  // Entries are only appended, so a new entry's position in the timeline is its sequence number; the header's
  // version check makes sure no other writer numbers an entry from the same read.
  const storedEntries = new Set((before?.timeline ?? []).map((entry) => entry.id));
  after.timeline.forEach((entry, sequence) => {
    if (storedEntries.has(entry.id)) return;
    if (sequence < storedEntries.size) {
      throw new Error(`case ${after.id}: timeline entry ${entry.id} is not appended after the stored ones`);
    }
    writes.push({
      Put: {
        TableName: table.name,
        Item: timelineEntryItem(after.id, entry, sequence),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    });
  });

  const vendorWrite = vendorCasesWrite(table, change, guard);
  if (vendorWrite) writes.push(vendorWrite);
  return writes;
}

// Keeps the user's set of open case ids for the vendor in step with the case's status.
function vendorCasesWrite(table: TableHandle, change: CaseChange, guard?: VendorGuard): TransactItem | null {
  const { before, after } = change;
  const wasOpen = before?.status === 'open';
  const isOpen = after.status === 'open';
  if (wasOpen === isOpen && guard === undefined) return null;
  const names: Record<string, string> = { '#version': 'version' };
  const values: Record<string, unknown> = { ':one': 1 };
  let expression = 'ADD #version :one';
  if (wasOpen !== isOpen) {
    names['#open'] = 'openCaseIds';
    values[':case'] = new Set([after.id]);
    expression += isOpen ? ', #open :case' : ' DELETE #open :case';
  }
  let condition: string | undefined;
  if (guard !== undefined) {
    condition = guard.version === 0 ? 'attribute_not_exists(#version)' : '#version = :expected';
    if (guard.version !== 0) values[':expected'] = guard.version;
  }
  return {
    Update: {
      TableName: table.name,
      Key: vendorCasesKey(after.userId, after.vendor.domain),
      UpdateExpression: expression,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      ...(condition ? { ConditionExpression: condition } : {}),
    },
  };
}

/**
 * Stores a case change (with `extra` writes in the same transaction) and returns the case with its new version.
 * @throws ConcurrentUpdateError when another writer changed the case (or the vendor guard) first.
 */
export async function saveCase(
  table: TableHandle,
  change: CaseChange,
  extra: TransactItem[] = [],
): Promise<Case> {
  try {
    await transactWrite(table, [...caseWrites(table, change), ...extra]);
  } catch (error) {
    if (error instanceof TransactionCancelledError) {
      throw new ConcurrentUpdateError(`case ${change.after.id} changed concurrently`, { cause: error });
    }
    throw error;
  }
  return { ...change.after, version: (change.before?.version ?? 0) + 1 };
}

/** A case with its expectations and timeline (strongly consistent), or null. */
export async function getCase(table: TableHandle, caseId: string): Promise<Case | null> {
  const items = await queryAll(table, {
    TableName: table.name,
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': casePartition(caseId) },
    ConsistentRead: true,
  });
  return caseFromItems(items);
}

/** A case of this user, or null when it does not exist or is someone else's (callers answer 404 either way). */
export async function getUserCase(table: TableHandle, userId: string, caseId: string): Promise<Case | null> {
  const found = await getCase(table, caseId);
  return found?.userId === userId ? found : null;
}

/** The version of the user's vendor record and the user's open cases with that vendor (strongly consistent). */
export async function getOpenVendorCases(
  table: TableHandle,
  userId: string,
  vendorDomain: string,
): Promise<{ guard: VendorGuard; cases: Case[] }> {
  const { Item: record } = await table.client.send(
    new GetCommand({
      TableName: table.name,
      Key: vendorCasesKey(userId, vendorDomain),
      ConsistentRead: true,
    }),
  );
  const ids = [...((record?.openCaseIds as Set<string> | undefined) ?? [])];
  const cases = await Promise.all(ids.map((id) => getCase(table, id)));
  return {
    guard: { version: (record?.version as number | undefined) ?? 0 },
    cases: cases.filter((found): found is Case => found?.status === 'open'),
  };
}

/** Which cases a listing shows. */
export type CaseListingFilter = CaseStatus | 'all';

const LISTING_RANGE: Record<CaseListingFilter, [ListingBucket, ListingBucket]> = {
  open: ['open', 'overdue'],
  resolved: ['resolved', 'resolved'],
  closed: ['closed', 'closed'],
  all: ['closed', 'overdue'],
};

export interface ListCasesOptions {
  status: CaseListingFilter;
  limit: number;
  cursor?: string | null | undefined;
  /** Keeps only the cases whose vendor this accepts (the caller's domain or name rules); all when absent. */
  matchesVendor?: ((vendor: CaseHeader['vendor']) => boolean) | undefined;
}

// With a vendor filter the index is read in batches, and at most this many items for one page, so a rare
// vendor cannot make one request walk a whole account: the page then comes back short, with a cursor to go on.
const FILTERED_READ_BATCH = 100;
const MAX_FILTERED_ITEMS_PER_PAGE = 1000;

/**
 * A page of the user's case headers: open cases with an overdue expectation first, then other open ones, then
 * resolved, then closed; newest first within each. With `matchesVendor` a page may hold fewer than `limit`
 * items while `nextCursor` is set (only a null cursor means the end); the cursor is the index position of the
 * last item looked at, so no case is skipped or repeated.
 * @throws InvalidCursorError for a cursor not issued by this listing.
 */
export async function listUserCases(
  table: TableHandle,
  userId: string,
  options: ListCasesOptions,
): Promise<Page<CaseHeader>> {
  const [lowest, highest] = LISTING_RANGE[options.status];
  const range = userCasesRange(lowest, highest);
  const partition = `USER#${userId}`;
  let startKey: Record<string, unknown> | undefined;
  if (options.cursor) {
    startKey = decodeCursor(options.cursor, { GSI1PK: partition });
    const sortKey = String(startKey.GSI1SK);
    if (sortKey < range.from || sortKey > range.to)
      throw new InvalidCursorError('cursor does not belong to this listing');
  }
  const matches = options.matchesVendor ?? (() => true);
  const batchSize = options.matchesVendor ? FILTERED_READ_BATCH : options.limit;
  const items: CaseHeader[] = [];
  let read = 0;
  while (items.length < options.limit && read < MAX_FILTERED_ITEMS_PER_PAGE) {
    const page = await table.client.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: INDEX_NAMES.userCases,
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': partition, ':from': range.from, ':to': range.to },
        ScanIndexForward: false,
        Limit: batchSize,
        ExclusiveStartKey: startKey,
      }),
    );
    const batch = page.Items ?? [];
    let consumed = 0;
    for (const item of batch) {
      consumed += 1;
      const header = caseHeaderFromItem(item);
      if (matches(header.vendor)) items.push(header);
      if (items.length === options.limit) break;
    }
    read += consumed;
    const last = batch[consumed - 1];
    if (consumed < batch.length && last) {
      // Stopped inside the batch: resume right after the last item looked at.
      return { items, nextCursor: encodeCursor(indexPosition(last)) };
    }
    startKey = page.LastEvaluatedKey;
    if (!startKey) return { items, nextCursor: null };
  }
  return { items, nextCursor: encodeCursor(startKey) };
}

// An index query's LastEvaluatedKey: the table key and the index key of the item.
function indexPosition(item: Record<string, unknown>): Record<string, unknown> {
  return { PK: item.PK, SK: item.SK, GSI1PK: item.GSI1PK, GSI1SK: item.GSI1SK };
}

/** Runs a query to the end, following LastEvaluatedKey. */
async function queryAll(table: TableHandle, input: QueryCommandInput): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.client.send(new QueryCommand({ ...input, ExclusiveStartKey: startKey }));
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}
