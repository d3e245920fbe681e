import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The single table's physical names. The CDK stack mirrors these; change them here only.
 * Items overload `PK`/`SK`; see docs/data-model.md for the item types and access patterns.
 */
export const TABLE_ATTRIBUTES = {
  partitionKey: 'PK',
  sortKey: 'SK',
  /** A user's cases, ordered open-and-overdue first, then open, resolved, closed; newest first within each. */
  userCasesPartitionKey: 'GSI1PK',
  userCasesSortKey: 'GSI1SK',
  /** Sparse: only expectations the sweep must look at, by the time it must. */
  sweepPartitionKey: 'GSI2PK',
  sweepSortKey: 'GSI2SK',
  /** Epoch seconds after which DynamoDB deletes the item (dedupe records). */
  timeToLive: 'expiresAt',
} as const;

export const INDEX_NAMES = {
  userCases: 'UserCases',
  sweep: 'Sweep',
} as const;

/** CreateTable input for the table named `tableName`: on-demand, string keys, the two GSIs (all attributes). */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const a = TABLE_ATTRIBUTES;
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      a.partitionKey,
      a.sortKey,
      a.userCasesPartitionKey,
      a.userCasesSortKey,
      a.sweepPartitionKey,
      a.sweepSortKey,
    ].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: a.partitionKey, KeyType: 'HASH' },
      { AttributeName: a.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: INDEX_NAMES.userCases,
        KeySchema: [
          { AttributeName: a.userCasesPartitionKey, KeyType: 'HASH' },
          { AttributeName: a.userCasesSortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: INDEX_NAMES.sweep,
        KeySchema: [
          { AttributeName: a.sweepPartitionKey, KeyType: 'HASH' },
          { AttributeName: a.sweepSortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}
