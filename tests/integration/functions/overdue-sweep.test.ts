import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SweepReport } from '../../../shared/alerts/sweep';
import { silentLogger } from '../../../shared/logger';
import { createTestTable, LOCAL_CREDENTIALS, type TestTable } from '../../helpers/dynamodb-local';
import { storedCase, storedUser } from '../alerts/alert-store-fixtures';

const T = Date.parse('2026-03-02T10:00:00.000Z');

let local: TestTable;
let outboxDir: string;
let sweepModule: typeof import('../../../functions/overdue-sweep');
beforeAll(async () => {
  local = await createTestTable('sweep-fn');
  outboxDir = await mkdtemp(path.join(tmpdir(), 'sweep-fn-outbox-'));
  vi.stubEnv('TABLE_NAME', local.table.name);
  vi.stubEnv('DYNAMODB_ENDPOINT', local.endpoint);
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', LOCAL_CREDENTIALS.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', LOCAL_CREDENTIALS.secretAccessKey);
  vi.stubEnv('ALERT_FROM', 'inbox-watcher <alerts@example.test>');
  vi.stubEnv('ALERT_CHANNEL', 'outbox');
  vi.stubEnv('ALERT_OUTBOX_DIR', outboxDir);
  vi.stubEnv('LOG_LEVEL', 'error');
  sweepModule = await import('../../../functions/overdue-sweep');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await local.drop();
  await rm(outboxDir, { recursive: true, force: true });
});

describe('Function: overdue-sweep', () => {
  it('sweeps as of the scheduled time of the event, with the configured channel', async () => {
    // Prepare
    const user = await storedUser(local.table);
    await storedCase(local.table, { userId: user.id, dueAt: T });

    // Act
    const early: SweepReport = await sweepModule.handler({ time: new Date(T - 1).toISOString() });
    const due: SweepReport = await sweepModule.handler({ time: new Date(T).toISOString() });

    // Assess
    expect(early.alertsSent).toBe(0);
    expect(due).toMatchObject({ itemsRead: 1, alertsSent: 1, failed: 0 });
    expect((await readdir(outboxDir)).filter((name) => name.endsWith('.eml'))).toHaveLength(1);
  });

  it('fails the invocation when every due item failed, so its retries apply', async () => {
    // Prepare
    const user = await storedUser(local.table);
    await storedCase(local.table, { userId: user.id, dueAt: T + 10 * 60_000 });
    const handler = sweepModule.createSweepHandler({
      logger: silentLogger,
      clock: () => new Date(T + 11 * 60_000),
      sweepDeps: async () => ({
        table: local.table,
        notifier: { send: () => Promise.reject(new Error('bug in a channel')) },
        logger: silentLogger,
        alertDomain: 'alerts.example.test',
        from: 'inbox-watcher <alerts@example.test>',
      }),
    });

    // Act
    const run = handler({});

    // Assess
    await expect(run).rejects.toThrow('sweep failed: all 1 due items failed');
  });
});
