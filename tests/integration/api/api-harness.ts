import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import type { Hono } from 'hono';
import { createApp } from '../../../shared/api/app';
import type { ApiEnv } from '../../../shared/api/auth';
import type { ApiDeps } from '../../../shared/api/deps';
import { buildOpenApiDocument } from '../../../shared/api/openapi';
import { computeDueAt } from '../../../shared/cases/deadlines';
import { newId } from '../../../shared/cases/ids';
import { findVendorProfile } from '../../../shared/cases/vendor-directory';
import { silentLogger } from '../../../shared/logger';
import {
  newUnmatchedMessage,
  type UnmatchedMessage,
  unmatchedMessageWrite,
} from '../../../shared/store/messages';
import { transactWrite } from '../../../shared/store/transact';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

export const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

/** What a call answered: status, parsed JSON body (or text) and headers. */
export interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked against the OpenAPI document instead
  body: any;
  headers: Headers;
}

export interface CallOptions {
  token?: string | null;
  body?: unknown;
  /** Raw body text instead of JSON (malformed input tests). */
  rawBody?: string;
  headers?: Record<string, string>;
}

/** An API over a fresh DynamoDB Local table, a settable clock, and response checks against the OpenAPI document. */
export interface ApiHarness {
  app: Hono<ApiEnv>;
  deps: ApiDeps;
  local: TestTable;
  clock: { now: Date };
  call(method: string, path: string, options?: CallOptions): Promise<Answer>;
  /** Creates a user through the API; returns its id and token. */
  createUser(fields?: Record<string, unknown>): Promise<{ id: string; token: string }>;
  drop(): Promise<void>;
}

let userCount = 0;

/**
 * Starts a harness. Every call's response is checked against the response schema the OpenAPI document publishes
 * for that operation and status (a mismatch throws, failing the test).
 */
export async function startApiHarness(
  label: string,
  start = new Date('2026-12-15T15:00:00Z'),
): Promise<ApiHarness> {
  const local = await createTestTable(label);
  const clock = { now: start };
  const deps: ApiDeps = {
    table: local.table,
    adminToken: ADMIN_TOKEN,
    now: () => clock.now,
    transition: { computeDueAt, findVendorProfile, newId },
    logger: silentLogger,
  };
  const app = createApp(deps);
  const checkResponse = responseChecker();

  const call = async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await app.request(`http://localhost${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const parsed = contentType.includes('json') ? JSON.parse(text) : text;
    checkResponse(method, path, response.status, contentType, parsed);
    return { status: response.status, body: parsed, headers: response.headers };
  };

  return {
    app,
    deps,
    local,
    clock,
    call,
    async createUser(fields = {}) {
      userCount += 1;
      const name = `person${userCount}-${Math.random().toString(36).slice(2, 8)}`;
      const answer = await call('POST', '/v1/users', {
        token: ADMIN_TOKEN,
        body: { email: `${name}@example.test`, forwardingAddresses: [`${name}@forward.test`], ...fields },
      });
      if (answer.status !== 201) throw new Error(`creating a user failed: ${JSON.stringify(answer.body)}`);
      return { id: answer.body.user.id, token: answer.body.token };
    },
    drop: () => local.drop(),
  };
}

/** Stores an unmatched message the way the inbound pipeline does. */
export async function storeUnmatched(
  harness: ApiHarness,
  userId: string,
  index: number,
): Promise<UnmatchedMessage> {
  const message = newUnmatchedMessage({
    userId,
    messageId: `ses-${userId}-${index}`,
    receivedAt: new Date(Date.UTC(2026, 11, 14, 9, index)).toISOString(),
    reason: index % 2 === 0 ? 'unrelated' : 'no-vendor',
    error: null,
    subject: `Message ${index}`,
    vendorDomain: index % 2 === 0 ? 'hulu.com' : null,
    vendorName: index % 2 === 0 ? 'Hulu' : null,
    kinds: index % 2 === 0 ? [] : ['refund.confirmed'],
    sizeBytes: 2048,
    rawLocation: `s3://raw/${index}`,
  });
  await transactWrite(harness.local.table, [unmatchedMessageWrite(harness.local.table, message)]);
  return message;
}

type JsonObject = Record<string, unknown>;

/** Checks a response against the document: a documented status, the documented media type, and its schema. */
export function responseChecker(): (
  method: string,
  path: string,
  status: number,
  contentType: string,
  body: unknown,
) => void {
  const document = buildOpenApiDocument() as {
    paths: Record<string, Record<string, JsonObject>>;
    components: { schemas: JsonObject };
  };
  // Formats are not checked by Ajv itself: the generated schemas carry a pattern for each (date-time, email).
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema({ $id: 'openapi', components: document.components });
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (ref: string) => {
    let validate = validators.get(ref);
    if (!validate) {
      validate = ajv.compile({ $ref: `openapi${ref}` });
      validators.set(ref, validate);
    }
    return validate;
  };
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));

  return (method, path, status, contentType, body) => {
    const pathname = new URL(path, 'http://localhost').pathname;
    const template = templates.find((candidate) => candidate.pattern.test(pathname))?.template;
    const operation = template ? document.paths[template]?.[method.toLowerCase()] : undefined;
    if (!operation) {
      // Only problems may answer undocumented routes.
      if (!contentType.startsWith('application/problem+json'))
        throw new Error(`undocumented ${method} ${pathname} answered ${status}`);
      return assertValid(
        validatorFor('#/components/schemas/Problem'),
        body,
        `${method} ${pathname} ${status}`,
      );
    }
    const responses = operation.responses as Record<
      string,
      { content: Record<string, { schema: { $ref?: string } }> }
    >;
    const response = responses[String(status)];
    if (!response)
      throw new Error(`${method} ${template} answered ${status}, which the document does not list`);
    const mediaType = contentType.split(';')[0]?.trim() ?? '';
    const media = response.content[mediaType];
    if (!media)
      throw new Error(
        `${method} ${template} ${status} answered ${mediaType}, documented: ${Object.keys(response.content).join(', ')}`,
      );
    if (media.schema.$ref)
      assertValid(validatorFor(media.schema.$ref), body, `${method} ${template} ${status}`);
  };
}

function assertValid(validate: ValidateFunction, body: unknown, label: string): void {
  if (!validate(body)) {
    throw new Error(
      `${label}: response does not match the OpenAPI document: ${JSON.stringify(validate.errors)}\n${JSON.stringify(body)}`,
    );
  }
}
