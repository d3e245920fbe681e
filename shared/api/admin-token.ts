import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { Environment } from '../config';
import { ADMIN_TOKEN_MIN_LENGTH, ApiConfigError } from './api-config';

/**
 * The environment with ADMIN_TOKEN filled in from the Secrets Manager secret named by ADMIN_TOKEN_SECRET_ARN
 * (how the API gets its admin token on AWS), read once at start-up. An ADMIN_TOKEN already set wins and no
 * request is made; with neither set the environment is returned as it is, for loadApiConfig to report.
 * @throws ApiConfigError when the secret cannot be read or holds no usable token.
 */
export async function withAdminTokenFromSecret(
  env: Environment,
  client: SecretsManagerClient = new SecretsManagerClient({ region: env.AWS_REGION }),
): Promise<Environment> {
  const secretArn = env.ADMIN_TOKEN_SECRET_ARN;
  if (env.ADMIN_TOKEN !== undefined || secretArn === undefined || secretArn === '') return env;
  return { ...env, ADMIN_TOKEN: await readAdminToken(client, secretArn) };
}

// The stack's secret is generated as a plain string (no JSON template), so SecretString is the token itself.
async function readAdminToken(client: SecretsManagerClient, secretArn: string): Promise<string> {
  let secret: string | undefined;
  try {
    ({ SecretString: secret } = await client.send(new GetSecretValueCommand({ SecretId: secretArn })));
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new ApiConfigError(`ADMIN_TOKEN_SECRET_ARN: cannot read secret ${secretArn} (${reason})`, {
      cause: error,
    });
  }
  const token = secret?.trim() ?? '';
  if (token.length < ADMIN_TOKEN_MIN_LENGTH) {
    const found = token === '' ? 'no SecretString' : `a SecretString of ${token.length} characters`;
    throw new ApiConfigError(
      `ADMIN_TOKEN_SECRET_ARN: secret ${secretArn} holds ${found}; it must hold the admin token as plain text of at least ${ADMIN_TOKEN_MIN_LENGTH} characters`,
    );
  }
  return token;
}
