import { parseArgs } from 'node:util';
import { type CliIo, createApiClient, DEFAULT_API_URL, processIo, reportProblem } from './api-client';

export const USERS_USAGE = `Usage: inbox-watcher users add EMAIL --forward ADDRESS [--forward ADDRESS ...] [options]

Creates a user and prints its API token (shown once: keep it).

Options:
  --forward ADDRESS     A From address allowed to forward mail for this user (repeatable, at least one)
  --alert-email EMAIL   Where alerts go (default: EMAIL)
  --time-zone ZONE      IANA time zone, e.g. Europe/Sofia (default UTC)
  --language CODE       ISO 639-1 code for alerts (default en)
  --json                Print the API's JSON
  --url URL             API address (default $INBOX_WATCHER_URL or ${DEFAULT_API_URL})
  --admin-token TOKEN   The admin token (default $INBOX_WATCHER_ADMIN_TOKEN)
`;

/** `inbox-watcher users add …` with the admin token; returns the exit status (0 ok, 1 API error, 2 usage). */
export async function runUsersCommand(args: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USERS_USAGE);
    return name === undefined ? 2 : 0;
  }
  if (name !== 'add') {
    io.stderr.write(`inbox-watcher users: unknown command '${name}'\n\n${USERS_USAGE}`);
    return 2;
  }
  let parsed: ReturnType<typeof parseAddArgs>;
  try {
    parsed = parseAddArgs(rest);
  } catch (error) {
    io.stderr.write(`inbox-watcher users add: ${(error as Error).message}\n\n${USERS_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [email] = positionals;
  if (positionals.length !== 1 || email === undefined || !values.forward?.length) {
    io.stderr.write(
      `inbox-watcher users add: needs EMAIL and at least one --forward ADDRESS\n\n${USERS_USAGE}`,
    );
    return 2;
  }
  const adminToken = values['admin-token'] ?? io.env.INBOX_WATCHER_ADMIN_TOKEN;
  if (!adminToken) {
    io.stderr.write('inbox-watcher: no admin token: set INBOX_WATCHER_ADMIN_TOKEN or pass --admin-token\n');
    return 2;
  }
  const client = createApiClient(values.url ?? io.env.INBOX_WATCHER_URL ?? DEFAULT_API_URL, adminToken);
  const body = {
    email,
    forwardingAddresses: values.forward,
    ...(values['alert-email'] ? { alertEmail: values['alert-email'] } : {}),
    ...(values['time-zone'] ? { timeZone: values['time-zone'] } : {}),
    ...(values.language ? { language: values.language } : {}),
  };
  try {
    const created = await client.request<{
      user: { id: string; email: string; forwardingAddresses: string[] };
      token: string;
    }>('POST', '/v1/users', body);
    io.stdout.write(
      values.json
        ? `${JSON.stringify(created, null, 2)}\n`
        : `Created user ${created.user.id} (${created.user.email}), forwarding from ${created.user.forwardingAddresses.join(', ')}\n` +
            `API token (shown once, keep it): ${created.token}\n` +
            `Use it with: export INBOX_WATCHER_TOKEN=${created.token}\n`,
    );
    return 0;
  } catch (error) {
    return reportProblem(io, error);
  }
}

function parseAddArgs(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      forward: { type: 'string', multiple: true },
      'alert-email': { type: 'string' },
      'time-zone': { type: 'string' },
      language: { type: 'string' },
      json: { type: 'boolean' },
      url: { type: 'string' },
      'admin-token': { type: 'string' },
    },
  });
}
