import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TableHandle } from './client';
import { caseKey, expectationKey, GUARANTEE_SWEEP_SUBJECT, sweepIndexKey } from './keys';
import type { SweepEntry } from './sweep-index';

/**
 * Moves one sweep index entry (on an expectation item or a case header) to `until` by writing its GSI2SK directly,
 * touching nothing else (not even the case's version), so an entry the sweep keeps failing on comes back later
 * instead of on every run (the case itself may be unreadable). Conditioned on the entry still being where the
 * sweep found it: a case saved meanwhile keeps the time it was saved with. The next save of that item (the header
 * on every save, an expectation when it changes) puts the entry back at the time the case says. Returns whether
 * it moved.
 */
export async function postponeSweepEntry(table: TableHandle, due: SweepEntry, until: Date): Promise<boolean> {
  const subject = due.subject.kind === 'guarantee' ? GUARANTEE_SWEEP_SUBJECT : due.subject.expectationId;
  const seen = sweepIndexKey(due.sweepAt, due.caseId, subject);
  const later = sweepIndexKey(until.toISOString(), due.caseId, subject);
  try {
    await table.client.send(
      new UpdateCommand({
        TableName: table.name,
        Key:
          due.subject.kind === 'guarantee'
            ? caseKey(due.caseId)
            : expectationKey(due.caseId, due.subject.expectationId),
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
