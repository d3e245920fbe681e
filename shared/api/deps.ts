import type { TransitionDeps } from '../cases/apply-message';
import { TRANSITION_DEPS } from '../cases/transition-deps';
import { createJsonLogger, type Logger } from '../logger';
import { createDynamoClient, createTableHandle, type TableHandle } from '../store/client';
import type { ApiConfig } from './api-config';

/** Everything the HTTP app needs, built once per process (Lambda container or local server). */
export interface ApiDeps {
  table: TableHandle;
  /** The configured admin token (user management); compared in constant time. */
  adminToken: string;
  now: () => Date;
  transition: TransitionDeps;
  logger: Logger;
}

/** Builds the app's dependencies from configuration: the DynamoDB table, the real clock, deadlines and ids. */
export function createApiDeps(config: ApiConfig): ApiDeps {
  const client = createDynamoClient({
    region: config.store.region,
    endpoint: config.store.endpoint,
    // DynamoDB Local accepts any credentials; on AWS the default provider chain applies.
    ...(config.store.endpoint ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  });
  return {
    table: createTableHandle(client, config.store.tableName),
    adminToken: config.adminToken,
    now: () => new Date(),
    transition: TRANSITION_DEPS,
    logger: createJsonLogger({ level: config.logLevel, fields: { component: 'api' } }),
  };
}
