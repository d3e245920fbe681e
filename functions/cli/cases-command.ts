import { parseArgs } from 'node:util';
import {
  type ApiClient,
  type CliIo,
  createApiClient,
  DEFAULT_API_URL,
  processIo,
  reportProblem,
} from './api-client';
import { formatTable, shortTime } from './cli-table';

export const CASES_USAGE = `Usage: inbox-watcher cases <command> [options]

Commands:
  list [--status open|resolved|closed|all] [--vendor V] [--limit N] [--cursor C]
                                   Your cases, open first (overdue at the top)
  show ID                          A case with its expectations and timeline
  open VENDOR [--refund WHEN] [--cancellation WHEN] [--title T] [--note N] [--reference R]
       [--refund-eligible-until DATE]
                                   Open a case by hand; WHEN is a window ("2 business days", "PT4H")
                                   or a due date ("2026-12-17", "2026-12-17T18:00:00-05:00")
  note ID TEXT [--refund WHEN | --cancellation WHEN] [--reference R] [--at TIME]
                                   Log a phone call or chat, optionally with a promise
  snooze ID WINDOW|TIME|off        Hold alerts back ("2 days", "2026-12-20T09:00:00Z"), or lift the snooze
  close ID [--reason R]            Close a case (alerts stop)
  reopen ID                        Reopen a case

Options for every command:
  --json          Print the API's JSON instead of a table
  --url URL       API address (default $INBOX_WATCHER_URL or ${DEFAULT_API_URL})
  --token TOKEN   Your API token (default $INBOX_WATCHER_TOKEN)
`;

const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  url: { type: 'string' },
  token: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SUBCOMMAND_OPTIONS = {
  list: {
    status: { type: 'string' },
    vendor: { type: 'string' },
    limit: { type: 'string' },
    cursor: { type: 'string' },
  },
  show: {},
  open: {
    refund: { type: 'string' },
    cancellation: { type: 'string' },
    title: { type: 'string' },
    note: { type: 'string' },
    reference: { type: 'string' },
    'refund-eligible-until': { type: 'string' },
  },
  note: {
    refund: { type: 'string' },
    cancellation: { type: 'string' },
    reference: { type: 'string' },
    at: { type: 'string' },
  },
  snooze: {},
  close: { reason: { type: 'string' } },
  reopen: {},
} as const;

type Subcommand = keyof typeof SUBCOMMAND_OPTIONS;
type Values = Record<string, string | boolean | undefined>;

/** Thrown for a command line that cannot be run; printed with the usage (exit status 2). */
class UsageError extends Error {}

/** `inbox-watcher cases …`: talks to the API; returns the exit status (0 ok, 1 API error, 2 usage). */
export async function runCasesCommand(args: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(CASES_USAGE);
    return name === undefined ? 2 : 0;
  }
  if (!(name in SUBCOMMAND_OPTIONS)) {
    io.stderr.write(`inbox-watcher cases: unknown command '${name}'\n\n${CASES_USAGE}`);
    return 2;
  }
  const subcommand = name as Subcommand;
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: rest,
      options: { ...COMMON_OPTIONS, ...SUBCOMMAND_OPTIONS[subcommand] },
      allowPositionals: true,
      strict: true,
    }) as { values: Values; positionals: string[] });
  } catch (error) {
    io.stderr.write(`inbox-watcher cases ${subcommand}: ${(error as Error).message}\n\n${CASES_USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(CASES_USAGE);
    return 0;
  }
  const token = (values.token as string | undefined) ?? io.env.INBOX_WATCHER_TOKEN;
  if (!token) {
    io.stderr.write('inbox-watcher: no API token: set INBOX_WATCHER_TOKEN or pass --token\n');
    return 2;
  }
  const client = createApiClient(
    (values.url as string | undefined) ?? io.env.INBOX_WATCHER_URL ?? DEFAULT_API_URL,
    token,
  );
  try {
    const result = await RUNNERS[subcommand](client, values, positionals);
    io.stdout.write(values.json ? `${JSON.stringify(result.json, null, 2)}\n` : result.text);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`inbox-watcher cases ${subcommand}: ${error.message}\n\n${CASES_USAGE}`);
      return 2;
    }
    return reportProblem(io, error);
  }
}

type Output = { json: unknown; text: string };
type Runner = (client: ApiClient, values: Values, positionals: string[]) => Promise<Output>;

const RUNNERS: Record<Subcommand, Runner> = {
  async list(client, values, positionals) {
    expectPositionals(positionals, 0, 'takes no arguments');
    const query = new URLSearchParams();
    for (const name of ['status', 'vendor', 'limit', 'cursor']) {
      const value = values[name];
      if (typeof value === 'string') query.set(name, value);
    }
    // The table shows header fields only; scripts (--json) get the full cases the API lists by default.
    if (!values.json) query.set('view', 'summary');
    const suffix = query.size > 0 ? `?${query}` : '';
    const page = await client.request<CaseList>('GET', `/v1/cases${suffix}`);
    return { json: page, text: caseListText(page) };
  },

  async show(client, _values, positionals) {
    const [id] = expectPositionals(positionals, 1, 'needs a case id');
    const found = await client.request<CaseDetail>('GET', `/v1/cases/${encodeURIComponent(id ?? '')}`);
    return { json: found, text: caseText(found) };
  },

  async open(client, values, positionals) {
    const [vendor] = expectPositionals(positionals, 1, 'needs the vendor (domain or known name)');
    const expectations = promises(values);
    if (expectations.length === 0)
      throw new UsageError('say what is awaited: --refund WHEN and/or --cancellation WHEN');
    const body = {
      vendor,
      expectations,
      ...optional('title', values.title),
      ...optional('note', values.note),
      ...optional('reference', values.reference),
      ...optional('refundEligibleUntil', values['refund-eligible-until']),
    };
    const opened = await client.request<CaseDetail>('POST', '/v1/cases', body);
    return { json: opened, text: `Opened case ${opened.id}\n\n${caseText(opened)}` };
  },

  async note(client, values, positionals) {
    const [id, ...words] = positionals;
    if (id === undefined || words.length === 0) throw new UsageError('needs a case id and the note text');
    const given = promises(values);
    if (given.length > 1)
      throw new UsageError('a note carries one promise: give --refund or --cancellation, not both');
    const body = {
      text: words.join(' '),
      ...(given[0] ? { promise: given[0] } : {}),
      ...optional('reference', values.reference),
      ...optional('at', values.at),
    };
    const changed = await client.request<CaseDetail>(
      'POST',
      `/v1/cases/${encodeURIComponent(id)}/notes`,
      body,
    );
    return { json: changed, text: `Noted on case ${changed.id}\n\n${caseText(changed)}` };
  },

  async snooze(client, _values, positionals) {
    const [id, ...words] = positionals;
    const when = words.join(' ');
    if (id === undefined || when === '')
      throw new UsageError('needs a case id and a window, a time, or "off"');
    const body =
      when === 'off'
        ? { snoozedUntil: null }
        : looksLikeTime(when)
          ? { snoozedUntil: when }
          : { snoozeFor: when };
    const changed = await client.request<CaseDetail>('PATCH', `/v1/cases/${encodeURIComponent(id)}`, body);
    const text =
      changed.snoozedUntil === null
        ? `Case ${changed.id}: snooze lifted\n`
        : `Case ${changed.id}: alerts snoozed until ${changed.snoozedUntil}\n`;
    return { json: changed, text };
  },

  async close(client, values, positionals) {
    const [id] = expectPositionals(positionals, 1, 'needs a case id');
    const body = { status: 'closed', ...optional('reason', values.reason) };
    const changed = await client.request<CaseDetail>(
      'PATCH',
      `/v1/cases/${encodeURIComponent(id ?? '')}`,
      body,
    );
    return { json: changed, text: `Case ${changed.id} closed\n` };
  },

  async reopen(client, _values, positionals) {
    const [id] = expectPositionals(positionals, 1, 'needs a case id');
    const changed = await client.request<CaseDetail>('PATCH', `/v1/cases/${encodeURIComponent(id ?? '')}`, {
      status: 'open',
    });
    return { json: changed, text: `Case ${changed.id} reopened\n` };
  },
};

interface CaseSummary {
  id: string;
  title: string;
  status: string;
  vendor: { name: string | null; domain: string };
  overdue: boolean;
  nextDueAtLocal: string | null;
  snoozedUntil: string | null;
}
interface CaseList {
  items: (CaseSummary | (CaseDetail & { awaitedCount: number }))[];
  nextCursor: string | null;
}
interface CaseDetail extends CaseSummary {
  references: string[];
  amount: string | null;
  currency: string | null;
  timeZone: string;
  expectations: { id: string; expect: string; status: string; overdue: boolean; dueAtLocal: string }[];
  timeline: { at: string; type: string; summary: string }[];
}

function caseListText(page: CaseList): string {
  if (page.items.length === 0) return 'No cases.\n';
  const rows = page.items.map((item) => [
    item.id,
    item.overdue ? 'OVERDUE' : item.status,
    item.vendor.name ?? item.vendor.domain,
    shortTime(item.nextDueAtLocal),
    item.title,
  ]);
  const more = page.nextCursor ? `\nMore: --cursor ${page.nextCursor}\n` : '';
  return formatTable(['ID', 'STATUS', 'VENDOR', 'NEXT DUE', 'TITLE'], rows) + more;
}

function caseText(found: CaseDetail): string {
  const vendor = found.vendor.name ? `${found.vendor.name} (${found.vendor.domain})` : found.vendor.domain;
  const lines = [
    `${found.title}`,
    `  id:         ${found.id}`,
    `  status:     ${found.status}${found.overdue ? ' (OVERDUE)' : ''}`,
    `  vendor:     ${vendor}`,
    ...(found.references.length > 0 ? [`  references: ${found.references.join(', ')}`] : []),
    ...(found.amount ? [`  amount:     ${found.amount} ${found.currency ?? ''}`.trimEnd()] : []),
    ...(found.snoozedUntil ? [`  snoozed:    until ${found.snoozedUntil}`] : []),
    '',
    `Expectations (times in ${found.timeZone}):`,
  ];
  const expectations = formatTable(
    ['ID', 'EXPECT', 'STATUS', 'DUE'],
    found.expectations.map((expectation) => [
      expectation.id,
      expectation.expect,
      expectation.overdue ? `${expectation.status} OVERDUE` : expectation.status,
      shortTime(expectation.dueAtLocal),
    ]),
  );
  const timeline = found.timeline.map(
    (entry) => `  ${shortTime(entry.at)}  ${entry.type.padEnd(11)} ${entry.summary}`,
  );
  return `${lines.join('\n')}\n${expectations}\nTimeline:\n${timeline.join('\n')}\n`;
}

function expectPositionals(positionals: string[], count: number, message: string): string[] {
  if (positionals.length !== count) throw new UsageError(message);
  return positionals;
}

/** --refund / --cancellation values as API promises: a due date or time, else a window. */
function promises(values: Values): { expect: string; within?: string; dueAt?: string }[] {
  const given: { expect: string; within?: string; dueAt?: string }[] = [];
  for (const [option, expect] of [
    ['cancellation', 'cancellation.confirmed'],
    ['refund', 'refund.confirmed'],
  ] as const) {
    const when = values[option];
    if (typeof when !== 'string') continue;
    given.push(looksLikeTime(when) ? { expect, dueAt: when } : { expect, within: when });
  }
  return given;
}

function looksLikeTime(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(?:T.*)?$/.test(text.trim());
}

function optional(name: string, value: string | boolean | undefined): Record<string, string> {
  return typeof value === 'string' ? { [name]: value } : {};
}
