import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type CaseHeader, caseHeaderFromItem } from './case-items';
import type { CaseListingFilter } from './cases';
import type { TableHandle } from './client';
import { decodeCursor, encodeCursor, type Page } from './cursor';
import { InvalidCursorError } from './errors';
import { type ListingBucket, userCasesRange } from './keys';
import { INDEX_NAMES } from './table-schema';

const LISTING_RANGE: Record<CaseListingFilter, [ListingBucket, ListingBucket]> = {
  open: ['open', 'overdue'],
  resolved: ['resolved', 'resolved'],
  closed: ['closed', 'closed'],
  all: ['closed', 'overdue'],
};

// Index items read per DynamoDB call, and the most read for one page, so a rare vendor cannot make one
// request walk a whole account: the page then comes back short, with a cursor to go on.
const READ_BATCH = 100;
const MAX_ITEMS_READ_PER_PAGE = 1000;

export interface VendorListingOptions {
  status: CaseListingFilter;
  limit: number;
  cursor?: string | null | undefined;
  /** Keeps the cases whose vendor this is (domain or name rules are the caller's). */
  matchesVendor: (vendor: CaseHeader['vendor']) => boolean;
}

/**
 * A page of the user's case headers for one vendor, in the UserCases order (overdue, open, resolved, closed;
 * newest first). Reads the index in batches and filters, so a page may hold fewer than `limit` items while
 * `nextCursor` is set; only a null cursor means the end. The cursor is the index position of the last item
 * looked at, so no case is skipped or repeated.
 * @throws InvalidCursorError for a cursor not issued by this listing.
 */
export async function listUserCasesForVendor(
  table: TableHandle,
  userId: string,
  options: VendorListingOptions,
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
  const items: CaseHeader[] = [];
  let read = 0;
  while (items.length < options.limit && read < MAX_ITEMS_READ_PER_PAGE) {
    const page = await table.client.send(
      new QueryCommand({
        TableName: table.name,
        IndexName: INDEX_NAMES.userCases,
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        ExpressionAttributeValues: { ':pk': partition, ':from': range.from, ':to': range.to },
        ScanIndexForward: false,
        Limit: READ_BATCH,
        ExclusiveStartKey: startKey,
      }),
    );
    const batch = page.Items ?? [];
    let consumed = 0;
    for (const item of batch) {
      consumed += 1;
      const header = caseHeaderFromItem(item);
      if (options.matchesVendor(header.vendor)) items.push(header);
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
