import { PROBLEM_TYPES } from './problem';

type JsonObject = Record<string, unknown>;

/**
 * A self-contained HTML reference of an OpenAPI document: operations with their parameters, bodies and
 * responses, then every schema as a table. No scripts or remote assets (the page must work offline).
 */
export function renderDocsPage(document: JsonObject): string {
  const info = (document.info ?? {}) as JsonObject;
  const paths = (document.paths ?? {}) as Record<string, Record<string, JsonObject>>;
  const schemas = (((document.components ?? {}) as JsonObject).schemas ?? {}) as Record<string, JsonObject>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const toc = operations
    .map(
      ({ path, method }) =>
        `<li><a href="#${anchor(method, path)}"><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></a></li>`,
    )
    .join('');
  const body = operations
    .map(({ path, method, operation }) => operationSection(path, method, operation))
    .join('\n');
  const schemaSections = Object.entries(schemas)
    .map(
      ([id, schema]) =>
        `<section id="schema-${escapeHtml(id)}"><h3>${escapeHtml(id)}</h3>${describe(schema)}${schemaTable(schema)}</section>`,
    )
    .join('\n');
  const problems = Object.values(PROBLEM_TYPES)
    .map(
      (problem) =>
        `<tr><td><code>${escapeHtml(problem.type)}</code></td><td>${problem.status}</td><td>${escapeHtml(problem.title)}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title ?? 'API'))} reference</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
code,pre{font:13px ui-monospace,monospace}pre{background:#f5f5f7;padding:.75rem;overflow:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
.method{font-weight:bold;text-transform:uppercase}section{border-top:1px solid #eee;margin-top:1.5rem}
</style>
</head>
<body>
<h1>${escapeHtml(String(info.title ?? 'API'))} <small>v${escapeHtml(String(info.version ?? ''))}</small></h1>
<p>${escapeHtml(String(info.description ?? ''))}</p>
<p>Machine-readable: <a href="/openapi.json"><code>/openapi.json</code></a> (OpenAPI 3.1).</p>
<h2>Operations</h2>
<ul>${toc}</ul>
${body}
<h2>Problem types</h2>
<p>Errors are <code>application/problem+json</code> (RFC 9457) with a <code>detail</code> saying what to fix.</p>
<table><tr><th>type</th><th>status</th><th>title</th></tr>${problems}</table>
<h2>Schemas</h2>
${schemaSections}
</body>
</html>
`;
}

function operationSection(path: string, method: string, operation: JsonObject): string {
  const security = (operation.security as JsonObject[] | undefined) ?? [];
  const auth = security.length === 0 ? 'none' : Object.keys(security[0] ?? {}).join(', ');
  const parameters = ((operation.parameters as JsonObject[] | undefined) ?? [])
    .map(
      (parameter) =>
        `<tr><td><code>${escapeHtml(String(parameter.name))}</code></td><td>${escapeHtml(String(parameter.in))}</td><td>${typeText(parameter.schema as JsonObject)}</td><td>${escapeHtml(String(parameter.description ?? ''))}</td></tr>`,
    )
    .join('');
  const requestBody = operation.requestBody as JsonObject | undefined;
  const requestRef = requestBody
    ? refOf(((requestBody.content as JsonObject)['application/json'] as JsonObject).schema)
    : null;
  const responses = Object.entries((operation.responses ?? {}) as Record<string, JsonObject>)
    .map(([status, response]) => {
      const content = (response.content ?? {}) as Record<string, JsonObject>;
      const media = Object.keys(content)[0] ?? '';
      const ref = refOf(content[media]?.schema);
      return `<tr><td>${escapeHtml(status)}</td><td>${escapeHtml(String(response.description ?? ''))}</td><td><code>${escapeHtml(media)}</code> ${ref ? schemaLink(ref) : ''}</td></tr>`;
    })
    .join('');
  return `<section id="${anchor(method, path)}">
<h3><span class="method">${escapeHtml(method)}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(String(operation.summary ?? ''))}</p>
${operation.description ? `<p>${escapeHtml(String(operation.description))}</p>` : ''}
<p>Authentication: ${escapeHtml(auth)}</p>
${parameters ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th>description</th></tr>${parameters}</table>` : ''}
${requestRef ? `<p>Request body: ${schemaLink(requestRef)}</p>` : ''}
<table><tr><th>status</th><th>meaning</th><th>body</th></tr>${responses}</table>
</section>`;
}

function schemaTable(schema: JsonObject): string {
  const properties = schema.properties as Record<string, JsonObject> | undefined;
  if (!properties) return `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const rows = Object.entries(properties)
    .map(
      ([name, property]) =>
        `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? '' : ' <small>(optional)</small>'}</td><td>${typeText(property)}</td><td>${escapeHtml(String(property.description ?? ''))}</td></tr>`,
    )
    .join('');
  return `<table><tr><th>field</th><th>type</th><th>description</th></tr>${rows}</table>`;
}

/** A short readable type: "string (date-time) | null", "array of Expectation", "one of: open, closed". */
function typeText(schema: JsonObject | undefined): string {
  if (!schema) return 'any';
  const ref = refOf(schema);
  if (ref) return schemaLink(ref);
  if (Array.isArray(schema.enum))
    return `one of: ${schema.enum.map((value) => `<code>${escapeHtml(String(value))}</code>`).join(', ')}`;
  if ('const' in schema) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`;
  const variants = (schema.anyOf ?? schema.oneOf) as JsonObject[] | undefined;
  if (variants) return variants.map(typeText).join(' | ');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  return types
    .map((type) => {
      if (type === 'array') return `array of ${typeText(schema.items as JsonObject | undefined)}`;
      if (type === 'string' && schema.format) return `string (${escapeHtml(String(schema.format))})`;
      return escapeHtml(String(type));
    })
    .join(' | ');
}

function describe(schema: JsonObject): string {
  return schema.description ? `<p>${escapeHtml(String(schema.description))}</p>` : '';
}

function refOf(schema: unknown): string | null {
  const ref = (schema as JsonObject | undefined)?.$ref;
  return typeof ref === 'string' ? (ref.split('/').pop() ?? null) : null;
}

function schemaLink(id: string): string {
  return `<a href="#schema-${escapeHtml(id)}">${escapeHtml(id)}</a>`;
}

function anchor(method: string, path: string): string {
  return `${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** HTML-escapes text for element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
