import { handle, type LambdaEvent } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, serveApi } from '../../../shared/api/serve';
import { ADMIN_TOKEN, type ApiHarness, startApiHarness } from './api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startApiHarness('api-runtimes');
});
afterAll(async () => {
  await api.drop();
});

describe('Local Node server', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await serveApi(api.app, { port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves the same app over HTTP on loopback', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    const created = await fetch(`${server.url}/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'node@example.test', forwardingAddresses: ['node@mail.test'] }),
    });
    const { token, user } = (await created.json()) as { token: string; user: { id: string } };
    const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    const denied = await fetch(`${server.url}/v1/me`);

    expect(created.status).toBe(201);
    expect(((await me.json()) as { id: string }).id).toBe(user.id);
    expect(denied.status).toBe(401);
    expect(denied.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('Lambda handler (API Gateway HTTP API, payload v2)', () => {
  it('answers an API Gateway event through the same app', async () => {
    const user = await api.createUser();
    const handler = handle(api.app);
    const event = {
      version: '2.0',
      routeKey: '$default',
      rawPath: '/v1/cases',
      rawQueryString: 'status=open&limit=5',
      headers: { authorization: `Bearer ${user.token}`, host: 'api.example.test' },
      requestContext: {
        http: {
          method: 'GET',
          path: '/v1/cases',
          protocol: 'HTTP/1.1',
          sourceIp: '198.51.100.7',
          userAgent: 'test',
        },
        domainName: 'api.example.test',
        requestId: 'request-1',
        routeKey: '$default',
        stage: '$default',
      },
      isBase64Encoded: false,
    } as unknown as LambdaEvent;

    const result = await handler(event);

    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ items: [], nextCursor: null });
  });
});
