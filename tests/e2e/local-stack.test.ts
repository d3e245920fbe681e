import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalEndpoints } from '../../functions/local/endpoints-file';
import { computeDueAt } from '../../shared/cases/deadlines';

/**
 * The product as a user runs it: `node functions/cli/bin.mjs start` as a child process on free ports in a temp
 * DATA_DIR, driven only through its API, its SMTP listener and the `send`/`sweep` commands.
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = path.join(repoRoot, 'functions', 'cli', 'bin.mjs');
const run = promisify(execFile);

const USER_EMAIL = 'maria@example.com';
// The address Maria forwards from (a different mailbox than where alerts go, as people often have).
const FORWARDER = 'maria.forwards@example.net';

let dataDir: string;
let stack: ChildProcess | null = null;
let output = '';

function environment(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    SMTP_PORT: '0',
    // The test runs each sweep itself (as of a chosen time); the stack's own sweep only runs at start.
    SWEEP_INTERVAL: '3600',
    ADMIN_TOKEN: '',
    SMTP_RELAY_URL: '',
    ALERT_CHANNEL: '',
  };
}

/**
 * Starts the stack and resolves with its endpoints once it has written them and printed its banner (the banner
 * follows the endpoints file, on another stream, so either can be seen first).
 */
async function startStack(): Promise<LocalEndpoints> {
  output = '';
  const child = spawn(process.execPath, [bin, 'start'], { cwd: repoRoot, env: environment(), stdio: 'pipe' });
  stack = child;
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the stack exited (${child.exitCode}):\n${output}`);
    const endpoints = await readEndpoints();
    if (endpoints !== null && endpoints.pid === child.pid && output.includes('Stop with Ctrl-C.'))
      return endpoints;
    await sleep(100);
  }
  throw new Error(`the stack did not start within 45 s:\n${output}`);
}

async function readEndpoints(): Promise<LocalEndpoints | null> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, 'endpoints.json'), 'utf8')) as LocalEndpoints;
  } catch {
    return null;
  }
}

/** Ctrl-C: resolves with the exit code. */
async function stopStack(): Promise<number | null> {
  const child = stack;
  if (child === null) return null;
  stack = null;
  if (child.exitCode !== null) return child.exitCode;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  const forced = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await exited;
  clearTimeout(forced);
  return code;
}

/** Processes (DynamoDB Local's Java in particular) whose command line names this test's DATA_DIR. */
async function processesUsingDataDir(): Promise<{ pid: number; args: string }[]> {
  const { stdout } = await run('ps', ['-eo', 'pid=,args=']);
  return stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ pid: Number(match[1]), args: match[2] ?? '' }))
    .filter((entry) => entry.args.includes(dataDir) && entry.pid !== process.pid);
}

async function cli(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [bin, ...args], { cwd: repoRoot, env: environment() });
  return stdout;
}

async function api<T>(
  endpoints: LocalEndpoints,
  method: string,
  route: string,
  token: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const response = await fetch(`${endpoints.api}${route}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: (await response.json()) as T };
}

/** A Gmail-style forward, from Maria's forwarding address, of a vendor message sent at `vendorDate`. */
function gmailForward(vendorDate: Date, subject: string, vendorBody: string): string {
  return [
    `From: Maria Ivanova <${FORWARDER}>`,
    'To: watch@inbox-watcher.localhost',
    `Subject: Fwd: ${subject}`,
    `Date: ${new Date(vendorDate.getTime() + 600_000).toUTCString()}`,
    `Message-ID: <${Math.random().toString(36).slice(2)}@example.net>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    '---------- Forwarded message ---------',
    'From: Constant Contact Billing <billing@constantcontact.com>',
    `Date: ${vendorDate.toUTCString()}`,
    `Subject: ${subject}`,
    `To: Maria Ivanova <${FORWARDER}>`,
    '',
    vendorBody,
    '',
    'Constant Contact Billing',
    '',
  ].join('\r\n');
}

interface CaseView {
  id: string;
  status: string;
  vendor: { name: string; domain: string };
  expectations: { id: string; expect: string; dueAt: string; status: string }[];
  timeline: unknown[];
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'inbox-watcher-e2e-'));
});

afterAll(async () => {
  await stopStack().catch(() => {});
  // A failed run must not leave DynamoDB Local behind: kill what this DATA_DIR's stack started, by pid.
  for (const leftover of await processesUsingDataDir()) process.kill(leftover.pid, 'SIGKILL');
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start: the whole product on one machine', { timeout: 90_000 }, () => {
  // Dates relative to the real clock: the deadline lies ahead, so the stack's own sweep never fires on it.
  const vendorDate = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
  const expectedDue = computeDueAt(
    vendorDate,
    { value: 2, unit: 'business_days' },
    { timeZone: 'America/New_York', country: 'US' },
  );
  let endpoints: LocalEndpoints;
  let userToken: string;
  let userId: string;
  let caseId: string;

  it('starts, writes its endpoints and a private admin token, and says how to create the first user', async () => {
    endpoints = await startStack();
    const tokenFile = path.join(dataDir, 'admin-token');
    expect(statSync(tokenFile).mode & 0o777).toBe(0o600);
    expect(output).toContain(`curl -s -X POST ${endpoints.api}/v1/users`);
    expect(output).toContain('npx inbox-watcher users add');
    expect(output).toContain(tokenFile);
  });

  it('creates a user through the API with the admin token', async () => {
    const adminToken = (await readFile(path.join(dataDir, 'admin-token'), 'utf8')).trim();
    const created = await api<{ user: { id: string }; token: string }>(
      endpoints,
      'POST',
      '/v1/users',
      adminToken,
      {
        email: USER_EMAIL,
        forwardingAddresses: [FORWARDER],
        timeZone: 'Europe/Sofia',
      },
    );
    expect(created.status).toBe(201);
    userToken = created.json.token;
    userId = created.json.user.id;
  });

  it('opens a case with its due time from a forwarded "refund within 2 business days" sent with `send`', async () => {
    const file = path.join(dataDir, 'refund-request.eml');
    await writeFile(
      file,
      gmailForward(
        vendorDate,
        'Your refund request CC-4471',
        'Hello Maria,\r\n\r\nWe have received your request for a refund of $12.00.\r\n' +
          'Your refund will be processed within 2 business days.\r\n\r\nReference: CC-4471',
      ),
    );
    expect(await cli('send', file)).toMatch(/delivered .*processed, case /);

    const list = await api<{ items: { id: string }[] }>(endpoints, 'GET', '/v1/cases', userToken);
    expect(list.json.items).toHaveLength(1);
    caseId = list.json.items[0]?.id ?? '';
    const shown = await api<CaseView>(endpoints, 'GET', `/v1/cases/${caseId}`, userToken);
    expect(shown.json).toMatchObject({ status: 'open', vendor: { domain: 'constantcontact.com' } });
    expect(shown.json.expectations).toHaveLength(1);
    const [expectation] = shown.json.expectations;
    expect(expectation).toMatchObject({ expect: 'refund.confirmed', status: 'pending' });
    expect(new Date(expectation?.dueAt ?? '').getTime()).toBe(expectedDue.getTime());
    expect(existsSync(path.join(dataDir, 'raw'))).toBe(true);
    expect(await readdir(path.join(dataDir, 'raw'))).toHaveLength(1);
  });

  it('sends exactly one alert, to the user, from a sweep as of a time after the deadline', async () => {
    const after = new Date(expectedDue.getTime() + 3_600_000).toISOString();
    expect(await cli('sweep', '--now', after)).toContain('1 alert(s) sent');
    // A second sweep at the same time sends nothing more.
    expect(await cli('sweep', '--now', after)).toContain('0 alert(s) sent');
    const alerts = (await readdir(path.join(dataDir, 'outbox'))).filter((name) => name.endsWith('.eml'));
    expect(alerts).toHaveLength(1);
    const alert = await readFile(path.join(dataDir, 'outbox', alerts[0] ?? ''), 'utf8');
    expect(alert).toMatch(new RegExp(`^To: ${USER_EMAIL}\\r?$`, 'm'));
    expect(alert).toMatch(/^Subject: Overdue: /m);
    expect(alert).toContain(caseId);
  });

  it('resolves the case when the refund confirmation arrives over SMTP', async () => {
    const transport = nodemailer.createTransport({
      host: endpoints.smtp.host,
      port: endpoints.smtp.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      await transport.sendMail({
        envelope: { from: FORWARDER, to: ['watch@inbox-watcher.localhost'] },
        raw: gmailForward(
          new Date(expectedDue.getTime() + 7_200_000),
          'Your refund CC-4471 has been processed',
          'Hello Maria,\r\n\r\nGood news: your refund of $12.00 has been processed and issued to your card.\r\n\r\n' +
            'Reference: CC-4471',
        ),
      });
    } finally {
      transport.close();
    }
    const shown = await api<CaseView>(endpoints, 'GET', `/v1/cases/${caseId}`, userToken);
    expect(shown.json.status).toBe('resolved');
    expect(shown.json.expectations[0]?.status).toBe('met');
  });

  it('stops on Ctrl-C leaving no Java process and no endpoints file, and keeps every case across a restart', async () => {
    const before = await api<CaseView>(endpoints, 'GET', `/v1/cases/${caseId}`, userToken);
    expect(await stopStack()).toBe(0);
    expect(await processesUsingDataDir()).toEqual([]);
    expect(existsSync(path.join(dataDir, 'endpoints.json'))).toBe(false);

    endpoints = await startStack();
    const after = await api<CaseView>(endpoints, 'GET', `/v1/cases/${caseId}`, userToken);
    expect(after.status).toBe(200);
    expect(after.json).toEqual(before.json);
    const me = await api<{ id: string }>(endpoints, 'GET', '/v1/me', userToken);
    expect(me.json.id).toBe(userId);

    expect(await stopStack()).toBe(0);
    expect(await processesUsingDataDir()).toEqual([]);
  });
});
