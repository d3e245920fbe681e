import { handle } from 'hono/aws-lambda';
import { withAdminTokenFromSecret } from '../shared/api/admin-token';
import { loadApiConfig } from '../shared/api/api-config';
import { createApp } from '../shared/api/app';
import { createApiDeps } from '../shared/api/deps';

// Built once per container at module load (the admin token read from Secrets Manager on AWS): the DynamoDB
// client and the app are reused across invocations, and a bad configuration fails the cold start, not a request.
const app = createApp(createApiDeps(loadApiConfig(await withAdminTokenFromSecret(process.env))));

/** API Gateway HTTP API (payload v2) handler. */
export const handler = handle(app);
