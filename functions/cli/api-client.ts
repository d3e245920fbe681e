/** Where the CLI writes and which environment it reads; tests pass their own. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const processIo: CliIo = { env: process.env, stdout: process.stdout, stderr: process.stderr };

export const DEFAULT_API_URL = 'http://127.0.0.1:3000';

/** An RFC 9457 problem answered by the API (or a transport failure described the same way). */
export class ApiProblem extends Error {
  override name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: { detail: string; pointer?: string; parameter?: string }[] = [],
  ) {
    super(detail);
  }
}

/** A thin JSON client of the inbox-watcher API. */
export interface ApiClient {
  request<T>(method: string, path: string, body?: unknown): Promise<T>;
}

/** A client for `baseUrl` sending `token` as a bearer token. */
export function createApiClient(baseUrl: string, token: string): ApiClient {
  const root = baseUrl.replace(/\/+$/, '');
  return {
    async request<T>(method: string, path: string, body?: unknown): Promise<T> {
      let response: Response;
      try {
        response = await fetch(`${root}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (error) {
        const reason = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
        throw new ApiProblem(
          0,
          'Cannot reach the API',
          `no answer from ${root} (${reason}); is the server running? Set INBOX_WATCHER_URL or --url`,
        );
      }
      const text = await response.text();
      const parsed = parseJson(text);
      if (!response.ok) {
        const problem = (parsed ?? {}) as { title?: string; detail?: string; errors?: ApiProblem['errors'] };
        throw new ApiProblem(
          response.status,
          problem.title ?? response.statusText,
          problem.detail ?? (text.slice(0, 200) || `HTTP ${response.status}`),
          problem.errors ?? [],
        );
      }
      return parsed as T;
    },
  };
}

/** Prints a problem the way a person can act on it; returns the exit status (1). */
export function reportProblem(io: CliIo, error: unknown): number {
  if (!(error instanceof ApiProblem)) throw error;
  const status = error.status === 0 ? '' : ` (${error.status})`;
  io.stderr.write(`inbox-watcher: ${error.title}${status}: ${error.detail}\n`);
  for (const field of error.errors) {
    const where = field.parameter ?? field.pointer?.replace(/^#\//, '') ?? '';
    io.stderr.write(`  - ${where ? `${where}: ` : ''}${field.detail}\n`);
  }
  return 1;
}

function parseJson(text: string): unknown {
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
