import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Expectation } from '../cases/case';
import { expectationFromItem } from './case-items';
import type { TableHandle } from './client';
import { decodeCursor, encodeCursor, type Page } from './cursor';
import { SWEEP_PARTITION, sweepIndexUntil } from './keys';
import { INDEX_NAMES } from './table-schema';

/** An expectation the sweep must look at, with the case fields copied onto its item. */
export interface DueExpectation {
  caseId: string;
  userId: string;
  vendorDomain: string;
  /** When the sweep was due to look at it (due time, reminder time or end of a snooze). */
  sweepAt: string;
  expectation: Expectation;
}

/** A page of due expectations, with how many index items DynamoDB read for it (what the sweep pays for). */
export interface DuePage extends Page<DueExpectation> {
  itemsRead: number;
}

/**
 * Expectations the sweep must look at by `until`, earliest first. Reads only the sparse sweep index, so the cost
 * follows what is due, not how many cases exist. Index reads are eventually consistent: re-read the case before
 * acting (saveCase's version condition rejects stale decisions).
 */
export async function listDueExpectations(
  table: TableHandle,
  until: Date,
  options: { limit: number; cursor?: string | null | undefined },
): Promise<DuePage> {
  const page = await table.client.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: INDEX_NAMES.sweep,
      KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK <= :until',
      ExpressionAttributeValues: { ':pk': SWEEP_PARTITION, ':until': sweepIndexUntil(until.toISOString()) },
      Limit: options.limit,
      ExclusiveStartKey: options.cursor
        ? decodeCursor(options.cursor, { GSI2PK: SWEEP_PARTITION })
        : undefined,
    }),
  );
  const items = (page.Items ?? []).map((item) => ({
    caseId: item.caseId as string,
    userId: item.userId as string,
    vendorDomain: item.vendorDomain as string,
    sweepAt: String(item.GSI2SK).split('#')[0] ?? '',
    expectation: expectationFromItem(item),
  }));
  return {
    items,
    nextCursor: encodeCursor(page.LastEvaluatedKey),
    itemsRead: page.ScannedCount ?? items.length,
  };
}
