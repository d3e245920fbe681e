import { handle } from 'hono/aws-lambda';
import { loadApiConfig } from '../shared/api/api-config';
import { createApp } from '../shared/api/app';
import { createApiDeps } from '../shared/api/deps';

// Built once per container at module load: the DynamoDB client and the app are reused across invocations.
const app = createApp(createApiDeps(loadApiConfig(process.env)));

/** API Gateway HTTP API (payload v2) handler. */
export const handler = handle(app);
