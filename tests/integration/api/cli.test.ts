import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../functions/cli/api-client';
import { runCasesCommand } from '../../../functions/cli/cases-command';
import { runUsersCommand } from '../../../functions/cli/users-command';
import { type RunningServer, serveApi } from '../../../shared/api/serve';
import { ADMIN_TOKEN, type ApiHarness, startApiHarness } from './api-harness';

let api: ApiHarness;
let server: RunningServer;
let token: string;

beforeAll(async () => {
  api = await startApiHarness('api-cli');
  server = await serveApi(api.app, { port: 0 });
});
afterAll(async () => {
  await server.close();
  await api.drop();
});

/** Runs a CLI command against the local server; returns its exit status and output. */
async function run(
  command: (args: string[], io: CliIo) => Promise<number>,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    env: { INBOX_WATCHER_URL: server.url, INBOX_WATCHER_TOKEN: token, ...env },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  const status = await command(args, io);
  return { status, stdout, stderr };
}

describe('inbox-watcher users add', () => {
  it('creates a user with the admin token and prints the token once', async () => {
    const result = await run(
      runUsersCommand,
      ['add', 'cli@example.test', '--forward', 'cli@mail.test', '--time-zone', 'America/New_York', '--json'],
      { INBOX_WATCHER_ADMIN_TOKEN: ADMIN_TOKEN },
    );

    expect(result.status).toBe(0);
    const created = JSON.parse(result.stdout);
    expect(created.user).toMatchObject({ email: 'cli@example.test', timeZone: 'America/New_York' });
    token = created.token;
  });

  it('prints the problem detail when the API refuses', async () => {
    const result = await run(runUsersCommand, [
      'add',
      'x@example.test',
      '--forward',
      'cli@mail.test',
      '--admin-token',
      ADMIN_TOKEN,
    ]);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Conflict (409): the forwarding address cli@mail.test already belongs to another user',
    );
  });

  it('explains a missing admin token and a missing --forward', async () => {
    const noToken = await run(runUsersCommand, ['add', 'y@example.test', '--forward', 'y@mail.test']);
    const noForward = await run(runUsersCommand, ['add', 'y@example.test', '--admin-token', ADMIN_TOKEN]);

    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toContain('INBOX_WATCHER_ADMIN_TOKEN');
    expect(noForward.status).toBe(2);
    expect(noForward.stderr).toContain('--forward');
  });
});

describe('inbox-watcher cases', () => {
  let caseId: string;

  it('opens a case by hand and shows it as a table', async () => {
    const result = await run(runCasesCommand, [
      'open',
      'constantcontact.com',
      '--refund',
      '2 business days',
      '--cancellation',
      '2026-12-16',
      '--reference',
      '8812',
    ]);

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Opened case (\S+)/);
    caseId = /^Opened case (\S+)/.exec(result.stdout)?.[1] ?? '';
    expect(result.stdout).toContain('Constant Contact (constantcontact.com)');
    expect(result.stdout).toContain('refund.confirmed');
    expect(result.stdout).toContain('2026-12-17 23:59 -05:00');
  });

  it('lists cases as a table and as JSON', async () => {
    const table = await run(runCasesCommand, ['list']);
    const json = await run(runCasesCommand, ['list', '--status', 'open', '--json']);

    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+STATUS\s+VENDOR\s+NEXT DUE\s+TITLE$/);
    expect(table.stdout).toContain(caseId);
    expect(JSON.parse(json.stdout).items.map((item: { id: string }) => item.id)).toEqual([caseId]);
    expect(
      JSON.parse(json.stdout)
        .items[0].expectations.map((expectation: { expect: string }) => expectation.expect)
        .sort(),
    ).toEqual(['cancellation.confirmed', 'refund.confirmed']);
  });

  it('logs a note with a promise, snoozes, closes and shows the result', async () => {
    const note = await run(runCasesCommand, [
      'note',
      caseId,
      'rep',
      'promised',
      'refund',
      '--refund',
      'PT4H',
      '--json',
    ]);
    const snooze = await run(runCasesCommand, ['snooze', caseId, '2', 'days']);
    const close = await run(runCasesCommand, ['close', caseId, '--reason', 'done']);
    const show = await run(runCasesCommand, ['show', caseId, '--json']);

    expect(note.status).toBe(0);
    expect(
      JSON.parse(note.stdout).timeline.some(
        (entry: { summary: string }) => entry.summary === 'rep promised refund',
      ),
    ).toBe(true);
    expect(snooze.stdout).toContain('alerts snoozed until 2026-12-17T15:00:00.000Z');
    expect(close.stdout).toBe(`Case ${caseId} closed\n`);
    expect(JSON.parse(show.stdout)).toMatchObject({
      id: caseId,
      status: 'closed',
      snoozedUntil: '2026-12-17T15:00:00.000Z',
    });
  });

  it('prints each invalid field of a refused request', async () => {
    const result = await run(runCasesCommand, ['open', 'constantcontact.com', '--refund', 'whenever']);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid request (400): the request body is invalid');
    expect(result.stderr).toContain('  - expectations/0/within: must be a window such as "2 business days"');
  });

  it('answers a missing case, a missing token, an unknown command and an unreachable server clearly', async () => {
    const missing = await run(runCasesCommand, ['show', 'nope']);
    const noToken = await run(runCasesCommand, ['list'], { INBOX_WATCHER_TOKEN: '' });
    const unknown = await run(runCasesCommand, ['frobnicate']);
    const unreachable = await run(runCasesCommand, ['list', '--url', 'http://127.0.0.1:9']);

    expect(missing.stderr).toBe('inbox-watcher: Not found (404): you have no case nope\n');
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toContain('INBOX_WATCHER_TOKEN');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
    expect(unreachable.status).toBe(1);
    expect(unreachable.stderr).toContain('Cannot reach the API: no answer from http://127.0.0.1:9');
  });
});
