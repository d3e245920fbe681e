import * as z from 'zod/mini';
import {
  listCasesQuerySchema,
  listMessagesQuerySchema,
  requestSchemas,
  responseSchemas,
  type SchemaMeta,
} from './schemas';
import './zod-english';

type JsonObject = Record<string, unknown>;
type Method = 'get' | 'post' | 'patch';

/** One documented operation; the route handlers validate with the very schemas named here. */
export interface OperationSpec {
  method: Method;
  /** OpenAPI path template, e.g. /v1/cases/{id}. */
  path: string;
  summary: string;
  description?: string;
  auth: 'user' | 'admin' | 'none';
  query?: z.ZodMiniObject;
  queryDescriptions?: Record<string, string>;
  /** Id of a request component. */
  body?: string;
  /** Success status → response component id (or a non-JSON body). */
  success: { status: number; description: string; schema?: string; mediaType?: string };
  /** Problem statuses this operation can answer with, besides 401 and 500. */
  problems: number[];
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is invalid; `detail` says why and `errors` names each field',
  401: 'No API token, or one that is unknown or was replaced',
  403: 'A user token where the admin token is needed',
  404: "Not found (another user's id answers the same)",
  409: 'The current state does not allow the change, or another request changed it first',
  413: 'The request body is too large',
  415: 'The body is not JSON',
  500: 'Internal error',
};

/** Every operation of the API, in the order the reference shows them. */
export const OPERATIONS: OperationSpec[] = [
  {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness check',
    auth: 'none',
    success: { status: 200, description: 'The server is up', schema: 'Health' },
    problems: [],
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This API description (OpenAPI 3.1)',
    auth: 'none',
    success: { status: 200, description: 'The OpenAPI document', mediaType: 'application/json' },
    problems: [],
  },
  {
    method: 'get',
    path: '/docs',
    summary: 'This API reference as a web page',
    auth: 'none',
    success: { status: 200, description: 'HTML', mediaType: 'text/html' },
    problems: [],
  },
  {
    method: 'post',
    path: '/v1/users',
    summary: 'Create a user (admin)',
    description:
      'Creates a user and returns its API token, which is shown only this once. Forwarding addresses are the From addresses allowed to forward mail for the user; each belongs to one user only.',
    auth: 'admin',
    body: 'CreateUserRequest',
    success: { status: 201, description: 'The user and its token', schema: 'CreatedUser' },
    problems: [400, 403, 409, 413, 415],
  },
  {
    method: 'post',
    path: '/v1/users/{id}/tokens',
    summary: 'Issue a new token for a user (admin)',
    description: 'Every earlier token of the user stops working at once.',
    auth: 'admin',
    success: { status: 201, description: 'The new token', schema: 'IssuedToken' },
    problems: [403, 404, 409],
  },
  {
    method: 'get',
    path: '/v1/me',
    summary: 'Your profile',
    auth: 'user',
    success: { status: 200, description: 'Your profile', schema: 'User' },
    problems: [],
  },
  {
    method: 'patch',
    path: '/v1/me',
    summary: 'Change your time zone, alert address, language or default promise windows',
    auth: 'user',
    body: 'UpdateMeRequest',
    success: { status: 200, description: 'Your profile', schema: 'User' },
    problems: [400, 409, 413, 415],
  },
  {
    method: 'get',
    path: '/v1/cases',
    summary: 'List your cases',
    description:
      'Open cases first (those with an overdue expectation at the top), then resolved, then closed; newest first within each.',
    auth: 'user',
    query: listCasesQuerySchema,
    queryDescriptions: {
      status: 'open, resolved, closed or all (default all)',
      vendor: 'only this vendor: its domain (a subdomain works too) or its name, any case',
      cursor: 'nextCursor of the previous page',
      limit: 'page size, 1 to 100 (default 20)',
      view: 'full (default: each item is the whole case) or summary (header fields only, cheaper)',
    },
    success: { status: 200, description: 'A page of cases', schema: 'CaseList' },
    problems: [400],
  },
  {
    method: 'post',
    path: '/v1/cases',
    summary: 'Open a case by hand',
    description:
      'For a promise made by phone, chat or letter. Each expectation has a window ("2 business days", "PT4H", counted from promisedAt, default now) or an absolute dueAt; day windows end at 23:59:59 in the vendor\'s time zone when the vendor is known, else yours.',
    auth: 'user',
    body: 'OpenCaseRequest',
    success: { status: 201, description: 'The new case', schema: 'Case' },
    problems: [400, 413, 415],
  },
  {
    method: 'get',
    path: '/v1/cases/{id}',
    summary: 'One case with its expectations and timeline',
    auth: 'user',
    success: { status: 200, description: 'The case', schema: 'Case' },
    problems: [404],
  },
  {
    method: 'patch',
    path: '/v1/cases/{id}',
    summary: 'Close, reopen or snooze a case, or move a due time',
    auth: 'user',
    body: 'UpdateCaseRequest',
    success: { status: 200, description: 'The case', schema: 'Case' },
    problems: [400, 404, 409, 413, 415],
  },
  {
    method: 'post',
    path: '/v1/cases/{id}/notes',
    summary: 'Log a phone call or chat, optionally with a promise',
    auth: 'user',
    body: 'AddNoteRequest',
    success: { status: 201, description: 'The case', schema: 'Case' },
    problems: [400, 404, 409, 413, 415],
  },
  {
    method: 'get',
    path: '/v1/messages',
    summary: 'Accepted messages that matched no case',
    auth: 'user',
    query: listMessagesQuerySchema,
    queryDescriptions: {
      matched: "false (the only listing: matched messages are on their cases' timelines)",
      cursor: 'nextCursor of the previous page',
      limit: 'page size, 1 to 100 (default 20)',
    },
    success: { status: 200, description: 'A page of messages', schema: 'MessageList' },
    problems: [400],
  },
  {
    method: 'post',
    path: '/v1/messages/{id}/case',
    summary: 'Attach an unmatched message to one of your cases',
    description: "The message goes on the case's timeline and leaves the unmatched list.",
    auth: 'user',
    body: 'AttachMessageRequest',
    success: { status: 200, description: 'The case', schema: 'Case' },
    problems: [400, 404, 409, 413, 415],
  },
];

const COMPONENT_PREFIX = '#/components/schemas/';

/** JSON Schemas (draft 2020-12) of every component: requests as accepted, responses as sent. */
export function componentSchemas(): Record<string, JsonObject> {
  const generate = (registry: z.core.$ZodRegistry<SchemaMeta>, io: 'input' | 'output') =>
    z.toJSONSchema(registry, { io, uri: (id) => `${COMPONENT_PREFIX}${id}`, unrepresentable: 'any' }).schemas;
  const all = { ...generate(requestSchemas, 'input'), ...generate(responseSchemas, 'output') };
  const components: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(all)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonObject;
    components[id] = rest;
  }
  return components;
}

/** The OpenAPI 3.1 document of the API, generated from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument(): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const operation of OPERATIONS) {
    paths[operation.path] ??= {};
    (paths[operation.path] as Record<string, JsonObject>)[operation.method] = operationObject(operation);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'inbox-watcher API',
      version: '1',
      description:
        'Cases of things you wait for from vendors, their expectations (confirmations due by a time) and timelines. Authenticate with "Authorization: Bearer <token>". Errors are RFC 9457 application/problem+json.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        userToken: { type: 'http', scheme: 'bearer', description: "A user's API token (iw_…)" },
        adminToken: {
          type: 'http',
          scheme: 'bearer',
          description: "The admin token from the server's configuration",
        },
      },
    },
    paths,
  };
}

function operationObject(operation: OperationSpec): JsonObject {
  const parameters = [...pathParameters(operation.path), ...queryParameters(operation)];
  const success = operation.success;
  const responses: Record<string, JsonObject> = {
    [String(success.status)]: {
      description: success.description,
      content: {
        [success.mediaType ?? 'application/json']: {
          schema: success.schema ? { $ref: `${COMPONENT_PREFIX}${success.schema}` } : {},
        },
      },
    },
  };
  const problems = operation.auth === 'none' ? operation.problems : [401, ...operation.problems];
  for (const status of [...problems, 500].sort()) {
    responses[String(status)] = {
      description: PROBLEM_DESCRIPTIONS[status] ?? 'Problem',
      content: { 'application/problem+json': { schema: { $ref: `${COMPONENT_PREFIX}Problem` } } },
    };
  }
  return {
    operationId: `${operation.method}${operation.path.replace(/[{}]/g, '').replace(/[/.](\w)/g, (_match, c: string) => c.toUpperCase())}`,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    security:
      operation.auth === 'none' ? [] : [{ [operation.auth === 'admin' ? 'adminToken' : 'userToken']: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `${COMPONENT_PREFIX}${operation.body}` } } },
          },
        }
      : {}),
    responses,
  };
}

function pathParameters(path: string): JsonObject[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((match) => ({
    name: match[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
}

function queryParameters(operation: OperationSpec): JsonObject[] {
  if (!operation.query) return [];
  const schema = z.toJSONSchema(operation.query, { io: 'input' }) as {
    properties?: Record<string, JsonObject>;
  };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: false,
    description: operation.queryDescriptions?.[name] ?? '',
    schema: property,
  }));
}
