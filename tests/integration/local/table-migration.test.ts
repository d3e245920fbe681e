import { randomUUID } from 'node:crypto';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateTable } from '../../../functions/local/table-migration';
import { createDynamoClient } from '../../../shared/store/client';
import { INDEX_NAMES, tableDefinition } from '../../../shared/store/table-schema';
import { dynamodbEndpoint, LOCAL_CREDENTIALS, LOCAL_REGION } from '../../helpers/dynamodb-local';

let client: DynamoDBClient;
const created: string[] = [];

beforeAll(() => {
  client = createDynamoClient({
    region: LOCAL_REGION,
    endpoint: dynamodbEndpoint(),
    credentials: LOCAL_CREDENTIALS,
  });
});
afterAll(async () => {
  for (const name of created) await client.send(new DeleteTableCommand({ TableName: name }));
  client.destroy();
});

describe('migrateTable', () => {
  it('creates the table on a first start and changes nothing on the next', async () => {
    const name = `migrate-${randomUUID().slice(0, 8)}`;
    created.push(name);
    expect(await migrateTable(client, name)).toEqual({ created: true, addedIndexes: [], ttlEnabled: false });
    expect(await migrateTable(client, name)).toEqual({ created: false, addedIndexes: [], ttlEnabled: false });
  });

  it('adds the indexes and TTL an older table lacks, keeping it', async () => {
    const name = `migrate-old-${randomUUID().slice(0, 8)}`;
    created.push(name);
    const current = tableDefinition(name);
    const userCases = current.GlobalSecondaryIndexes?.find(
      (index) => index.IndexName === INDEX_NAMES.userCases,
    );
    await client.send(
      new CreateTableCommand({
        ...current,
        AttributeDefinitions: current.AttributeDefinitions?.filter((attribute) =>
          ['PK', 'SK', 'GSI1PK', 'GSI1SK'].includes(attribute.AttributeName ?? ''),
        ),
        GlobalSecondaryIndexes: userCases ? [userCases] : [],
      }),
    );
    expect(await migrateTable(client, name)).toEqual({
      created: false,
      addedIndexes: [INDEX_NAMES.sweep],
      ttlEnabled: true,
    });
    const described = await client.send(new DescribeTableCommand({ TableName: name }));
    expect(described.Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(
      [INDEX_NAMES.sweep, INDEX_NAMES.userCases].sort(),
    );
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: name }));
    expect(ttl.TimeToLiveDescription?.TimeToLiveStatus).toBe('ENABLED');
  });
});
