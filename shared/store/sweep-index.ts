import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TableHandle } from './client';
import { decodeCursor, encodeCursor, type Page } from './cursor';
import { GUARANTEE_SWEEP_SUBJECT, parseSweepIndexSortKey, SWEEP_PARTITION, sweepIndexUntil } from './keys';
import { INDEX_NAMES } from './table-schema';

/** What a sweep index entry is for: one expectation's alerts, or the case's money-back window notice. */
export type SweepSubject = { kind: 'expectation'; expectationId: string } | { kind: 'guarantee' };

/** Something the sweep must look at: an expectation item or a case header in the sweep index. */
export interface SweepEntry {
  caseId: string;
  userId: string;
  /** When the sweep was due to look at it (due time, reminder time, notice time or end of a snooze). */
  sweepAt: string;
  subject: SweepSubject;
}

/** A page of due sweep entries, with how many index items DynamoDB read for it (what the sweep pays for). */
export interface DuePage extends Page<SweepEntry> {
  itemsRead: number;
}

/**
 * Sweep entries due by `until`, earliest first. Reads only the sparse sweep index, so the cost follows what is
 * due, not how many cases exist. Index reads are eventually consistent: re-read the case before acting
 * (saveCase's version condition rejects stale decisions).
 */
export async function listDueSweepEntries(
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
      // Only what the sweep needs; the index keeps the whole item (projection ALL).
      ProjectionExpression: 'GSI2SK, userId',
      Limit: options.limit,
      ExclusiveStartKey: options.cursor
        ? decodeCursor(options.cursor, { GSI2PK: SWEEP_PARTITION })
        : undefined,
    }),
  );
  const items = (page.Items ?? []).map((item): SweepEntry => {
    const { sweepAt, caseId, subject } = parseSweepIndexSortKey(String(item.GSI2SK));
    return {
      caseId,
      userId: item.userId as string,
      sweepAt,
      subject:
        subject === GUARANTEE_SWEEP_SUBJECT
          ? { kind: 'guarantee' }
          : { kind: 'expectation', expectationId: subject },
    };
  });
  return {
    items,
    nextCursor: encodeCursor(page.LastEvaluatedKey),
    itemsRead: page.ScannedCount ?? items.length,
  };
}
