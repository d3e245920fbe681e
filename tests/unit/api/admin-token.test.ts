import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { withAdminTokenFromSecret } from '../../../shared/api/admin-token';
import { ApiConfigError, loadApiConfig } from '../../../shared/api/api-config';

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:inbox-watcher-admin-AbCdEf';
const TOKEN = 'k3Vq9ZpX2mWb7RtY4nLs8HcJ6dFg1AeU5oPi0QwErTyUiOp';

interface ReceivedRequest {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

// What the fake Secrets Manager answers next: the SecretString to return, or an AWS JSON-protocol error.
type Answer = { secretString: string | null } | { errorType: string; message: string };

/** A local HTTP server answering GetSecretValue the way Secrets Manager does (AWS JSON 1.1 protocol). */
let server: Server;
let endpoint: string;
let answer: Answer;
const received: ReceivedRequest[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: request.method, url: request.url, headers: request.headers, body });
      const { SecretId } = JSON.parse(body) as { SecretId: string };
      if ('errorType' in answer) {
        response.writeHead(400, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(JSON.stringify({ __type: answer.errorType, message: answer.message }));
        return;
      }
      response.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' });
      response.end(
        JSON.stringify({
          ARN: SecretId,
          Name: 'inbox-watcher-admin',
          VersionId: 'b9f4c6a0-0000-4000-8000-000000000001',
          ...(answer.secretString === null
            ? { SecretBinary: 'AAEC' }
            : { SecretString: answer.secretString }),
          VersionStages: ['AWSCURRENT'],
          CreatedDate: 1_767_225_600,
        }),
      );
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.close();
  await once(server, 'close');
});

beforeEach(() => {
  received.length = 0;
  answer = { secretString: TOKEN };
});

const localClient = () =>
  new SecretsManagerClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
    maxAttempts: 1,
  });

const awsEnvironment = {
  TABLE_NAME: 'inbox-watcher',
  AWS_REGION: 'eu-west-1',
  ADMIN_TOKEN_SECRET_ARN: SECRET_ARN,
};

describe('admin token from Secrets Manager', () => {
  it('reads the secret named by ADMIN_TOKEN_SECRET_ARN with one GetSecretValue request', async () => {
    const env = await withAdminTokenFromSecret(awsEnvironment, localClient());

    expect(env).toEqual({ ...awsEnvironment, ADMIN_TOKEN: TOKEN });
    expect(loadApiConfig(env).adminToken).toBe(TOKEN);
    expect(received).toHaveLength(1);
    const [request] = received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/');
    expect(request?.headers['x-amz-target']).toBe('secretsmanager.GetSecretValue');
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1');
    expect(request?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/eu-west-1\/secretsmanager\/aws4_request, /,
    );
    expect(JSON.parse(request?.body ?? '')).toEqual({ SecretId: SECRET_ARN });
  });

  it('uses ADMIN_TOKEN as it is, without a request, when it is set', async () => {
    const local = { ...awsEnvironment, ADMIN_TOKEN: 'a-local-admin-token-of-32-chars!' };
    expect(await withAdminTokenFromSecret(local, localClient())).toBe(local);
    expect(received).toHaveLength(0);
  });

  it('leaves an environment with neither variable to loadApiConfig, which names both', async () => {
    const env = await withAdminTokenFromSecret({ TABLE_NAME: 'inbox-watcher' }, localClient());
    expect(received).toHaveLength(0);
    expect(() => loadApiConfig(env)).toThrow(/ADMIN_TOKEN: required.*ADMIN_TOKEN_SECRET_ARN/);
  });

  it('fails with a clear error when the secret is empty', async () => {
    answer = { secretString: '' };
    const reading = withAdminTokenFromSecret(awsEnvironment, localClient());
    await expect(reading).rejects.toThrow(ApiConfigError);
    await expect(reading).rejects.toThrow(`secret ${SECRET_ARN} holds no SecretString`);
  });

  it('fails with a clear error when the secret holds binary data or too short a token', async () => {
    answer = { secretString: null };
    await expect(withAdminTokenFromSecret(awsEnvironment, localClient())).rejects.toThrow(
      /holds no SecretString/,
    );
    answer = { secretString: 'short' };
    await expect(withAdminTokenFromSecret(awsEnvironment, localClient())).rejects.toThrow(
      /holds a SecretString of 5 characters; it must hold the admin token as plain text of at least 24/,
    );
  });

  it('fails with a clear error naming the secret when it cannot be read', async () => {
    answer = {
      errorType: 'ResourceNotFoundException',
      message: "Secrets Manager can't find the specified secret.",
    };
    const reading = withAdminTokenFromSecret(awsEnvironment, localClient());
    await expect(reading).rejects.toThrow(ApiConfigError);
    await expect(reading).rejects.toThrow(
      `ADMIN_TOKEN_SECRET_ARN: cannot read secret ${SECRET_ARN} (ResourceNotFoundException: Secrets Manager can't find the specified secret.)`,
    );
  });
});

describe('API function start-up on AWS', () => {
  // The handler module reads the environment at import; the SDK's default client finds the local server
  // through AWS_ENDPOINT_URL_SECRETS_MANAGER, as it would find the real service.
  async function importApiFunction() {
    vi.resetModules();
    for (const [name, value] of Object.entries({
      ...awsEnvironment,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: endpoint,
      AWS_ACCESS_KEY_ID: 'AKIDTEST',
      AWS_SECRET_ACCESS_KEY: 'test-secret',
      AWS_MAX_ATTEMPTS: '1',
    })) {
      vi.stubEnv(name, value);
    }
    vi.stubEnv('ADMIN_TOKEN', undefined);
    try {
      return await import('../../../functions/api');
    } finally {
      vi.unstubAllEnvs();
    }
  }

  const adminRequest = (token: string) => ({
    version: '2.0',
    routeKey: '$default',
    rawPath: '/v1/users',
    rawQueryString: '',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.com',
      domainPrefix: 'api',
      http: {
        method: 'POST',
        path: '/v1/users',
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'test',
      },
      requestId: 'request-1',
      routeKey: '$default',
      stage: '$default',
      time: '01/Jan/2026:00:00:00 +0000',
      timeEpoch: 1_767_225_600_000,
    },
    body: '{}',
    isBase64Encoded: false,
  });

  it('accepts the secret’s token as the admin token', async () => {
    const { handler } = await importApiFunction();
    expect(received.map((request) => request.headers['x-amz-target'])).toEqual([
      'secretsmanager.GetSecretValue',
    ]);
    // The admin token is recognised without the table (there is none here: any other token would be looked up
    // there and fail with 500), so an empty body gets past authentication to validation: 400.
    // biome-ignore lint/suspicious/noExplicitAny: a hand-built API Gateway event and Lambda context.
    const response = await (handler as any)(adminRequest(TOKEN), {});
    expect(response.statusCode).toBe(400);
  });

  it('fails the cold start when the secret is empty', async () => {
    answer = { secretString: '' };
    await expect(importApiFunction()).rejects.toThrow(
      /ADMIN_TOKEN_SECRET_ARN: secret .* holds no SecretString/,
    );
  });
});
