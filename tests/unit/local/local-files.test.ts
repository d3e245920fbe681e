import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateAdminToken } from '../../../functions/local/admin-token';
import { prepareDataDir } from '../../../functions/local/data-dir';
import {
  readEndpointsFile,
  removeEndpointsFile,
  writeEndpointsFile,
} from '../../../functions/local/endpoints-file';
import { LocalSetupError } from '../../../functions/local/local-errors';
import { keepRawMessage, localMessageId } from '../../../functions/local/raw-store';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'iw-local-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('prepareDataDir', () => {
  it('creates DATA_DIR with its folders', async () => {
    const layout = await prepareDataDir(path.join(folder, 'data'));
    for (const dir of [layout.dynamodb, layout.raw, layout.outbox])
      expect((await stat(dir)).isDirectory()).toBe(true);
  });

  it('fails with a clear message when DATA_DIR cannot be written', async () => {
    const file = path.join(folder, 'a-file');
    await writeFile(file, '');
    await expect(prepareDataDir(path.join(file, 'data'))).rejects.toThrow(LocalSetupError);
    await expect(prepareDataDir(path.join(file, 'data'))).rejects.toThrow(/DATA_DIR .* is not writable/);
  });
});

describe('loadOrCreateAdminToken', () => {
  it('generates a token on first start, readable by the owner only, and reuses it later', async () => {
    const file = path.join(folder, 'admin-token');
    const first = await loadOrCreateAdminToken(null, file);
    expect(first.source).toBe('created');
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateAdminToken(null, file)).toEqual({ token: first.token, source: 'file' });
  });

  it('prefers ADMIN_TOKEN and then writes no file', async () => {
    const file = path.join(folder, 'admin-token');
    expect(await loadOrCreateAdminToken('z'.repeat(30), file)).toEqual({
      token: 'z'.repeat(30),
      source: 'env',
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('refuses a file holding no usable token', async () => {
    const file = path.join(folder, 'admin-token');
    await writeFile(file, 'short\n');
    await expect(loadOrCreateAdminToken(null, file)).rejects.toThrow(/delete it/);
  });
});

describe('keepRawMessage', () => {
  it('keeps the message under an id derived from its bytes, leaving no temporary file', async () => {
    const raw = Buffer.from('From: a@example.com\r\n\r\nhello\r\n');
    const kept = await keepRawMessage(folder, raw);
    expect(kept.messageId).toBe(localMessageId(raw));
    expect(await readFile(kept.path)).toEqual(raw);
    expect(await readdir(folder)).toEqual([kept.messageId]);
  });

  it('gives the same bytes the same id and different bytes different ids', () => {
    const one = Buffer.from('message one');
    expect(localMessageId(one)).toBe(localMessageId(Buffer.from('message one')));
    expect(localMessageId(one)).not.toBe(localMessageId(Buffer.from('message two')));
  });
});

describe('endpoints file', () => {
  const endpoints = {
    pid: process.pid,
    api: 'http://127.0.0.1:3000',
    smtp: { host: '127.0.0.1', port: 2525 },
    dynamodb: 'http://127.0.0.1:40000',
    tableName: 'inbox-watcher',
  };

  it('is read back while its process runs, and gone once removed', async () => {
    await writeEndpointsFile(folder, endpoints);
    expect(await readEndpointsFile(folder)).toEqual(endpoints);
    await removeEndpointsFile(folder);
    expect(await readEndpointsFile(folder)).toBeNull();
  });

  it('is ignored when the process that wrote it is gone (a stack that crashed)', async () => {
    // Far above any pid the kernel hands out.
    await writeEndpointsFile(folder, { ...endpoints, pid: 2 ** 30 });
    expect(await readEndpointsFile(folder)).toBeNull();
  });
});
