import type { Context } from 'hono';
import * as z from 'zod/mini';
import { type FieldError, ProblemError } from './problem';
import './zod-english';

/**
 * The request's JSON body, validated by `schema`.
 * @throws ProblemError (415) when it is not JSON, (400) when it does not parse or is invalid, naming each field.
 */
export async function readJsonBody<T extends z.ZodMiniType>(c: Context, schema: T): Promise<z.output<T>> {
  const contentType = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new ProblemError(
      'unsupportedMediaType',
      'send the body as JSON with "Content-Type: application/json"',
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch (error) {
    throw new ProblemError('validation', `the request body is not valid JSON: ${(error as Error).message}`);
  }
  const result = z.safeParse(schema, body);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    pointer: pointer(issue.path),
    detail: issue.message,
  }));
  throw new ProblemError('validation', `the request body is invalid: ${summarize(errors)}`, errors);
}

/**
 * The query string, validated by `schema` (each parameter once).
 * @throws ProblemError (400) naming each invalid or unknown parameter.
 */
export function readQuery<T extends z.ZodMiniType>(c: Context, schema: T): z.output<T> {
  const result = z.safeParse(schema, c.req.query());
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) => {
    // An unknown parameter is reported by its name rather than as an error of the whole query.
    const names = issue.code === 'unrecognized_keys' ? issue.keys : [String(issue.path[0] ?? '')];
    return names.map((name) => ({
      parameter: name,
      detail: issue.code === 'unrecognized_keys' ? 'is not a parameter of this operation' : issue.message,
    }));
  });
  throw new ProblemError('validation', `the query string is invalid: ${summarize(errors)}`, errors);
}

function pointer(path: readonly PropertyKey[]): string {
  return `#/${path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

function summarize(errors: FieldError[]): string {
  return errors
    .map((error) => {
      const where = error.parameter ?? error.pointer?.slice(2) ?? '';
      return where === '' ? error.detail : `${where}: ${error.detail}`;
    })
    .join('; ');
}
