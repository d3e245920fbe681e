import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** The document client and the table every store function works on (passed in, never read from the environment). */
export interface TableHandle {
  client: DynamoDBDocumentClient;
  name: string;
}

export interface DynamoClientOptions {
  region: string;
  /** DynamoDB Local's URL; omit on AWS. */
  endpoint?: string | undefined;
  /** Static credentials (DynamoDB Local accepts any); omit to use the default provider chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** A low-level DynamoDB client (for table management) pointed at AWS or DynamoDB Local. */
export function createDynamoClient(options: DynamoClientOptions): DynamoDBClient {
  return new DynamoDBClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
}

/** A table handle over a document client that drops undefined attributes and keeps numbers as JS numbers. */
export function createTableHandle(client: DynamoDBClient, tableName: string): TableHandle {
  return {
    client: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
    name: tableName,
  };
}
