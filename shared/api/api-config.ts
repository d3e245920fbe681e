// Not shared/config.ts: that module pulls classic zod (~450 KB) into the API bundle.

import * as z from 'zod/mini';
import type { Environment, StoreConfig } from '../config';
import './zod-english';

/** Thrown at start-up when the API's environment is missing or malformed. */
export class ApiConfigError extends Error {
  override name = 'ApiConfigError';
}

/** What the API needs from the environment. */
export interface ApiConfig {
  store: StoreConfig;
  adminToken: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

/** The shortest admin token accepted. */
export const ADMIN_TOKEN_MIN_LENGTH = 24;

const apiEnvironment = z.object({
  TABLE_NAME: z.string().check(z.minLength(3)),
  DYNAMODB_ENDPOINT: z.optional(z.url()),
  AWS_REGION: z._default(z.string().check(z.minLength(1)), 'us-east-1'),
  ADMIN_TOKEN: z
    .string(
      'required: the admin token itself, or on AWS ADMIN_TOKEN_SECRET_ARN naming the Secrets Manager secret holding it',
    )
    .check(
      z.minLength(
        ADMIN_TOKEN_MIN_LENGTH,
        `must be at least ${ADMIN_TOKEN_MIN_LENGTH} characters (use a random token)`,
      ),
    ),
  LOG_LEVEL: z._default(z.enum(['debug', 'info', 'warn', 'error']), 'info'),
});

/**
 * Reads TABLE_NAME, DYNAMODB_ENDPOINT (optional, for DynamoDB Local), AWS_REGION (default us-east-1),
 * ADMIN_TOKEN (required, at least 24 characters; on AWS filled in from ADMIN_TOKEN_SECRET_ARN by
 * withAdminTokenFromSecret in admin-token.ts) and LOG_LEVEL (default info).
 * @throws ApiConfigError naming every missing or malformed variable.
 */
export function loadApiConfig(env: Environment): ApiConfig {
  const result = z.safeParse(apiEnvironment, env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ApiConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const values = result.data;
  return {
    store: { tableName: values.TABLE_NAME, endpoint: values.DYNAMODB_ENDPOINT, region: values.AWS_REGION },
    adminToken: values.ADMIN_TOKEN,
    logLevel: values.LOG_LEVEL,
  };
}
