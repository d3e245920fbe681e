import { Hono } from 'hono';
import type { ApiEnv } from '../auth';
import { renderDocsPage } from '../docs-page';
import { buildOpenApiDocument } from '../openapi';

/** Health, the OpenAPI document and the reference page (no authentication). */
export function metaRoutes(): Hono<ApiEnv> {
  const meta = new Hono<ApiEnv>();
  // Built on first request, then kept: the document only changes with the code.
  let document: Record<string, unknown> | null = null;
  let page: string | null = null;
  const openApi = () => {
    document ??= buildOpenApiDocument();
    return document;
  };

  meta.get('/healthz', (c) => c.json({ status: 'ok' as const }));
  meta.get('/openapi.json', (c) => c.json(openApi()));
  meta.get('/docs', (c) => {
    page ??= renderDocsPage(openApi());
    return c.html(page);
  });
  return meta;
}
