import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { LOCAL_AWS } from '../../functions/local/dynamodb-local';
import { createDynamoClient, createTableHandle, type TableHandle } from '../../shared/store/client';
import { ensureTable } from '../../shared/store/ensure-table';

/** A fresh table in the run's DynamoDB Local, private to one test file. */
export interface TestTable {
  table: TableHandle;
  client: DynamoDBClient;
  endpoint: string;
  /** Deletes the table and closes the clients. */
  drop(): Promise<void>;
}

/** The fake credentials and region `npm start` uses too: DynamoDB Local accepts any (-sharedDb: one database). */
export const LOCAL_CREDENTIALS = LOCAL_AWS.credentials;
export const LOCAL_REGION = LOCAL_AWS.region;

/** The endpoint started by the global setup; refuses anything but loopback so tests never touch real AWS. */
export function dynamodbEndpoint(): string {
  const endpoint = inject('dynamodbEndpoint');
  if (!endpoint)
    throw new Error('DynamoDB Local is not running: integration tests must live under tests/integration/');
  const host = new URL(endpoint).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost')
    throw new Error(`refusing a non-local DynamoDB endpoint: ${endpoint}`);
  return endpoint;
}

/** Creates a uniquely named table (the real schema, indexes and TTL) for one test file. */
export async function createTestTable(label: string): Promise<TestTable> {
  const endpoint = dynamodbEndpoint();
  const client = createDynamoClient({ region: LOCAL_REGION, endpoint, credentials: LOCAL_CREDENTIALS });
  const name = `${label}-${randomUUID().slice(0, 8)}`;
  await ensureTable(client, name);
  const table = createTableHandle(client, name);
  return {
    table,
    client,
    endpoint,
    drop: async () => {
      await client.send(new DeleteTableCommand({ TableName: name }));
      client.destroy();
    },
  };
}
