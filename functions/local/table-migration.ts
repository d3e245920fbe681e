import { setTimeout as sleep } from 'node:timers/promises';
import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { ensureTable } from '../../shared/store/ensure-table';
import { TABLE_ATTRIBUTES, tableDefinition } from '../../shared/store/table-schema';

/** What bringing the local table up to date did. */
export interface TableMigration {
  created: boolean;
  /** Indexes added to a table made by an older version. */
  addedIndexes: string[];
  ttlEnabled: boolean;
}

/**
 * Creates the table on a first start; on later starts adds what a newer version of the schema has and the stored
 * table lacks (global secondary indexes, TTL), so a DATA_DIR made by an older checkout keeps working. On AWS the
 * CDK stack does this.
 */
export async function migrateTable(client: DynamoDBClient, tableName: string): Promise<TableMigration> {
  if (await ensureTable(client, tableName)) return { created: true, addedIndexes: [], ttlEnabled: false };
  const wanted = tableDefinition(tableName);
  const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const present = new Set((described.Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  const addedIndexes: string[] = [];
  for (const index of wanted.GlobalSecondaryIndexes ?? []) {
    if (index.IndexName === undefined || present.has(index.IndexName)) continue;
    const keyNames = new Set(index.KeySchema?.map((key) => key.AttributeName));
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: wanted.AttributeDefinitions?.filter((attribute) =>
          keyNames.has(attribute.AttributeName),
        ),
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: index.IndexName,
              KeySchema: index.KeySchema,
              Projection: index.Projection,
            },
          },
        ],
      }),
    );
    await waitForIndex(client, tableName, index.IndexName);
    addedIndexes.push(index.IndexName);
  }
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const ttlOn = ttl.TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED';
  if (!ttlOn) {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: TABLE_ATTRIBUTES.timeToLive, Enabled: true },
      }),
    );
  }
  return { created: false, addedIndexes, ttlEnabled: !ttlOn };
}

async function waitForIndex(client: DynamoDBClient, tableName: string, indexName: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    const described = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const index = described.Table?.GlobalSecondaryIndexes?.find(
      (candidate) => candidate.IndexName === indexName,
    );
    if (index?.IndexStatus === 'ACTIVE') return;
    await sleep(200);
  }
  throw new Error(`index ${indexName} of ${tableName} did not become active`);
}
