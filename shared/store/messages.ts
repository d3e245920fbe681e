import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Kind } from '../classify/types';
import type { TableHandle } from './client';
import { decodeCursor, encodeCursor, type Page } from './cursor';
import { InvalidCursorError } from './errors';
import { processedMessageKey, UNMATCHED_PREFIX, unmatchedMessageId, unmatchedMessageKey } from './keys';
import type { TransactItem } from './transact';

/** The dedupe record of a message: it has been applied, with this outcome. Deleted by TTL after `expiresAt`. */
export interface ProcessedMessage {
  messageId: string;
  outcome: string;
  userId: string | null;
  caseId: string | null;
  processedAt: string;
  /** Epoch seconds (the table's TTL attribute). */
  expiresAt: number;
}

/** Creates the dedupe record, only if the message has not been processed: put it in the transaction that applies it. */
export function processedMessageWrite(table: TableHandle, record: ProcessedMessage): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: { ...processedMessageKey(record.messageId), type: 'ProcessedMessage', ...record },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** Records a message as processed on its own (outcomes that change nothing else); false when it already was. */
export async function recordProcessedMessage(table: TableHandle, record: ProcessedMessage): Promise<boolean> {
  const put = processedMessageWrite(table, record).Put;
  try {
    await table.client.send(
      new PutCommand({
        TableName: table.name,
        Item: put?.Item,
        ConditionExpression: put?.ConditionExpression,
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** The dedupe record of a message, or null when it has not been processed (or its record expired). */
export async function getProcessedMessage(
  table: TableHandle,
  messageId: string,
): Promise<ProcessedMessage | null> {
  const { Item } = await table.client.send(
    new GetCommand({ TableName: table.name, Key: processedMessageKey(messageId), ConsistentRead: true }),
  );
  if (!Item) return null;
  return {
    messageId: Item.messageId as string,
    outcome: Item.outcome as string,
    userId: (Item.userId as string | null) ?? null,
    caseId: (Item.caseId as string | null) ?? null,
    processedAt: Item.processedAt as string,
    expiresAt: Item.expiresAt as number,
  };
}

/** Why an accepted message is in the user's unmatched list. */
export type UnmatchedReason = 'unrelated' | 'no-vendor' | 'unparsable' | 'oversized';

/** An accepted message that belongs to no case (yet): shown by the API, attachable to a case. */
export interface UnmatchedMessage {
  id: string;
  userId: string;
  messageId: string;
  receivedAt: string;
  reason: UnmatchedReason;
  /** What went wrong, for unparsable or oversized mail. */
  error: string | null;
  subject: string | null;
  vendorDomain: string | null;
  vendorName: string | null;
  kinds: Kind[];
  sizeBytes: number;
  rawLocation: string | null;
}

/** Builds an unmatched-message record; its id sorts by arrival. */
export function newUnmatchedMessage(fields: Omit<UnmatchedMessage, 'id'>): UnmatchedMessage {
  return { id: unmatchedMessageId(fields.receivedAt, fields.messageId), ...fields };
}

export function unmatchedMessageWrite(table: TableHandle, message: UnmatchedMessage): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: { ...unmatchedMessageKey(message.userId, message.id), type: 'UnmatchedMessage', ...message },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** Removes an unmatched message, only if it is still there (attach it to a case in the same transaction). */
export function unmatchedMessageDeleteWrite(table: TableHandle, userId: string, id: string): TransactItem {
  return {
    Delete: {
      TableName: table.name,
      Key: unmatchedMessageKey(userId, id),
      ConditionExpression: 'attribute_exists(PK)',
    },
  };
}

export async function getUnmatchedMessage(
  table: TableHandle,
  userId: string,
  id: string,
): Promise<UnmatchedMessage | null> {
  const { Item } = await table.client.send(
    new GetCommand({ TableName: table.name, Key: unmatchedMessageKey(userId, id), ConsistentRead: true }),
  );
  return Item ? unmatchedFromItem(Item) : null;
}

/** Deletes an unmatched message outright (the user dismissed it). */
export async function deleteUnmatchedMessage(table: TableHandle, userId: string, id: string): Promise<void> {
  await table.client.send(new DeleteCommand({ TableName: table.name, Key: unmatchedMessageKey(userId, id) }));
}

/** A page of the user's unmatched messages, newest first. */
export async function listUnmatchedMessages(
  table: TableHandle,
  userId: string,
  options: { limit: number; cursor?: string | null | undefined },
): Promise<Page<UnmatchedMessage>> {
  const partition = `USER#${userId}`;
  const startKey = options.cursor ? decodeCursor(options.cursor, { PK: partition }) : undefined;
  if (startKey && !String(startKey.SK).startsWith(UNMATCHED_PREFIX)) {
    throw new InvalidCursorError('cursor does not belong to this listing');
  }
  const page = await table.client.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': partition, ':prefix': UNMATCHED_PREFIX },
      ScanIndexForward: false,
      Limit: options.limit,
      ExclusiveStartKey: startKey,
    }),
  );
  return {
    items: (page.Items ?? []).map(unmatchedFromItem),
    nextCursor: encodeCursor(page.LastEvaluatedKey),
  };
}

function unmatchedFromItem(item: Record<string, unknown>): UnmatchedMessage {
  return {
    id: item.id as string,
    userId: item.userId as string,
    messageId: item.messageId as string,
    receivedAt: item.receivedAt as string,
    reason: item.reason as UnmatchedReason,
    error: (item.error as string | null) ?? null,
    subject: (item.subject as string | null) ?? null,
    vendorDomain: (item.vendorDomain as string | null) ?? null,
    vendorName: (item.vendorName as string | null) ?? null,
    kinds: (item.kinds as Kind[]) ?? [],
    sizeBytes: (item.sizeBytes as number) ?? 0,
    rawLocation: (item.rawLocation as string | null) ?? null,
  };
}

/** Forgets a dedupe record written with `outcome`, so a delivery that failed after claiming it can be retried. */
export async function releaseProcessedMessage(
  table: TableHandle,
  messageId: string,
  outcome: string,
): Promise<void> {
  await table.client.send(
    new DeleteCommand({
      TableName: table.name,
      Key: processedMessageKey(messageId),
      ConditionExpression: 'outcome = :outcome',
      ExpressionAttributeValues: { ':outcome': outcome },
    }),
  );
}
