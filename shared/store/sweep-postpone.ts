import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TableHandle } from './client';
import { expectationKey, sweepIndexKey } from './keys';
import type { DueExpectation } from './sweep-index';

/**
 * Moves one expectation's sweep index entry to `until`, touching nothing else, so an item the sweep keeps
 * failing on comes back later instead of on every run (the case itself may be unreadable). Conditioned on the
 * entry still being where the sweep found it: a case saved meanwhile keeps the time it was saved with. The next
 * save of the expectation puts the entry back at the time the case says. Returns whether it moved.
 */
export async function postponeSweepEntry(
  table: TableHandle,
  due: DueExpectation,
  until: Date,
): Promise<boolean> {
  const seen = sweepIndexKey(due.sweepAt, due.caseId, due.expectation.id);
  const later = sweepIndexKey(until.toISOString(), due.caseId, due.expectation.id);
  try {
    await table.client.send(
      new UpdateCommand({
        TableName: table.name,
        Key: expectationKey(due.caseId, due.expectation.id),
        UpdateExpression: 'SET GSI2SK = :later',
        ConditionExpression: 'GSI2SK = :seen',
        ExpressionAttributeValues: { ':later': later.GSI2SK, ':seen': seen.GSI2SK },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
