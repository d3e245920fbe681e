import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { TableHandle } from './client';

/** One operation of a write transaction, in document-client form. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A write transaction was cancelled; `reasons[i]` is the code for `items[i]` ('None' when that item was fine). */
export class TransactionCancelledError extends Error {
  override name = 'TransactionCancelledError';
  constructor(
    readonly reasons: string[],
    options: { cause: unknown },
  ) {
    super(`transaction cancelled: ${reasons.join(', ')}`, options);
  }

  /** Whether the item at `index` failed its condition. */
  failedCondition(index: number): boolean {
    return this.reasons[index] === 'ConditionalCheckFailed';
  }
}

/** Writes all items or none; a cancelled transaction surfaces as TransactionCancelledError with per-item reasons. */
export async function transactWrite(table: TableHandle, items: TransactItem[]): Promise<void> {
  if (items.length === 0) return;
  try {
    await table.client.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (error instanceof TransactionCanceledException) {
      const reasons = (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
      throw new TransactionCancelledError(reasons, { cause: error });
    }
    throw error;
  }
}
