import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withLocalStackDefaults } from '../../../functions/local/cli-env';
import { writeEndpointsFile } from '../../../functions/local/endpoints-file';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'iw-cli-env-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

async function stackRunning(): Promise<void> {
  await writeEndpointsFile(dataDir, {
    pid: process.pid,
    api: 'http://127.0.0.1:4123',
    smtp: { host: '127.0.0.1', port: 2525 },
    dynamodb: 'http://127.0.0.1:40000',
    tableName: 'inbox-watcher',
  });
  await writeFile(path.join(dataDir, 'admin-token'), `${'a'.repeat(32)}\n`);
}

describe('withLocalStackDefaults', () => {
  it('points the API commands at the stack running on DATA_DIR, with its admin token', async () => {
    await stackRunning();
    expect(await withLocalStackDefaults({ DATA_DIR: dataDir })).toMatchObject({
      INBOX_WATCHER_URL: 'http://127.0.0.1:4123',
      INBOX_WATCHER_ADMIN_TOKEN: 'a'.repeat(32),
    });
  });

  it('keeps an admin token given in the environment', async () => {
    await stackRunning();
    const env = await withLocalStackDefaults({ DATA_DIR: dataDir, INBOX_WATCHER_ADMIN_TOKEN: 'mine' });
    expect(env.INBOX_WATCHER_ADMIN_TOKEN).toBe('mine');
  });

  it('never sends the local admin token to another server', async () => {
    await stackRunning();
    const env = { DATA_DIR: dataDir, INBOX_WATCHER_URL: 'https://api.example.com' };
    expect(await withLocalStackDefaults(env)).toEqual(env);
  });

  it('changes nothing when no stack runs on DATA_DIR', async () => {
    const env = { DATA_DIR: dataDir };
    expect(await withLocalStackDefaults(env)).toEqual(env);
  });
});
