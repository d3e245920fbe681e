import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** One invalid field: a JSON Pointer into the body, or the name of a query or path parameter. */
export interface FieldError {
  detail: string;
  pointer?: string;
  parameter?: string;
}

/** An RFC 9457 problem details object. */
export interface Problem {
  type: string;
  title: string;
  status: ContentfulStatusCode;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

/** The problem types this API answers with; each is described on the /docs page. */
export const PROBLEM_TYPES = {
  validation: { type: 'urn:inbox-watcher:problem:validation', title: 'Invalid request', status: 400 },
  unauthorized: { type: 'urn:inbox-watcher:problem:unauthorized', title: 'Not authenticated', status: 401 },
  forbidden: { type: 'urn:inbox-watcher:problem:forbidden', title: 'Not allowed', status: 403 },
  notFound: { type: 'urn:inbox-watcher:problem:not-found', title: 'Not found', status: 404 },
  conflict: { type: 'urn:inbox-watcher:problem:conflict', title: 'Conflict', status: 409 },
  tooLarge: { type: 'urn:inbox-watcher:problem:too-large', title: 'Request too large', status: 413 },
  unsupportedMediaType: {
    type: 'urn:inbox-watcher:problem:unsupported-media-type',
    title: 'Unsupported media type',
    status: 415,
  },
  internal: { type: 'urn:inbox-watcher:problem:internal', title: 'Internal error', status: 500 },
} as const satisfies Record<string, { type: string; title: string; status: ContentfulStatusCode }>;

export type ProblemKind = keyof typeof PROBLEM_TYPES;

/** Thrown by handlers and middleware; the app's error handler renders it as application/problem+json. */
export class ProblemError extends Error {
  override name = 'ProblemError';
  constructor(
    readonly kind: ProblemKind,
    readonly detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
  }
}

/** Renders a problem as application/problem+json (401s also carry the Bearer challenge). */
export function problemResponse(
  c: Context,
  kind: ProblemKind,
  detail: string,
  errors?: FieldError[],
): Response {
  const { type, title, status } = PROBLEM_TYPES[kind];
  const problem: Problem = {
    type,
    title,
    status,
    detail,
    instance: c.req.path,
    ...(errors ? { errors } : {}),
  };
  const headers: Record<string, string> = { 'content-type': 'application/problem+json' };
  if (status === 401) headers['www-authenticate'] = 'Bearer realm="inbox-watcher"';
  return c.body(JSON.stringify(problem), status, headers);
}
