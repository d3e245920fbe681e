import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../../shared/api/app';
import type { ApiDeps } from '../../../shared/api/deps';
import { renderDocsPage } from '../../../shared/api/docs-page';
import { buildOpenApiDocument, OPERATIONS } from '../../../shared/api/openapi';
import { silentLogger } from '../../../shared/logger';
import type { TableHandle } from '../../../shared/store/client';
import { responseChecker } from './api-harness';

// These routes never reach the store.
const offlineDeps: ApiDeps = {
  table: {} as TableHandle,
  adminToken: 'admin-token-for-tests-0123456789',
  now: () => new Date('2026-12-15T15:00:00Z'),
  transition: { computeDueAt: () => new Date(), findVendorProfile: () => null, newId: () => 'id' },
  logger: silentLogger,
};

describe('OpenAPI document', () => {
  const app = createApp(offlineDeps);
  const document = buildOpenApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, unknown> };
  };

  it('is OpenAPI 3.1 with every component a valid JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: 'openapi', components: document.components });

    expect(document.openapi).toBe('3.1.0');
    for (const id of Object.keys(document.components.schemas)) {
      expect(() => ajv.compile({ $ref: `openapi#/components/schemas/${id}` }), id).not.toThrow();
    }
  });

  it('documents every route the app serves, and nothing else', () => {
    const served = new Set(
      app.routes
        .filter((route) => route.method !== 'ALL')
        .map(
          (route) =>
            `${route.method.toLowerCase()} ${route.path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1')}`,
        ),
    );
    const documented = new Set(OPERATIONS.map((operation) => `${operation.method} ${operation.path}`));

    expect(served).toEqual(documented);
  });

  it('is served at /openapi.json as generated', async () => {
    const response = await app.request('/openapi.json');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it('is checked against responses: a body that breaks its schema is caught', () => {
    const check = responseChecker();

    expect(() => check('GET', '/healthz', 200, 'application/json', { status: 'ok' })).not.toThrow();
    expect(() => check('GET', '/healthz', 200, 'application/json', { status: 'fine' })).toThrow(
      /does not match/,
    );
    expect(() => check('GET', '/v1/cases/abc', 200, 'application/json', { id: 'abc' })).toThrow(
      /does not match/,
    );
    expect(() => check('GET', '/v1/cases/abc', 418, 'application/json', {})).toThrow(/does not list/);
  });
});

describe('GET /docs', () => {
  const app = createApp(offlineDeps);

  it('renders a self-contained reference of every operation and schema', async () => {
    const response = await app.request('/docs');
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    for (const operation of OPERATIONS) expect(html).toContain(`<code>${operation.path}</code>`);
    expect(html).toContain('id="schema-Case"');
    expect(html).toContain('urn:inbox-watcher:problem:validation');
    expect(html).not.toMatch(/(?:src|href)="https?:/);
    expect(html).not.toContain('<script');
  });

  it('escapes text taken from the document', () => {
    const html = renderDocsPage({
      info: { title: '<img src=x onerror=alert(1)>' },
      paths: {},
      components: { schemas: {} },
    });

    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toContain('<img');
  });
});

describe('GET /healthz and unknown routes', () => {
  const app = createApp(offlineDeps);

  it('answers health without a token', async () => {
    const response = await app.request('/healthz');

    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers unknown routes with a problem', async () => {
    const response = await app.request('/v2/cases');

    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(((await response.json()) as { detail: string }).detail).toBe(
      'there is no GET /v2/cases; see /docs',
    );
  });
});
