import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SweepReport } from '../../../shared/alerts/sweep';
import { silentLogger } from '../../../shared/logger';
import { createTestTable, LOCAL_CREDENTIALS, type TestTable } from '../../helpers/dynamodb-local';
import { storedCase, storedUser } from '../alerts/alert-store-fixtures';
import { startHttpServer } from '../alerts/local-http';

const T = Date.parse('2026-03-02T10:00:00.000Z');

let local: TestTable;
let hook: Awaited<ReturnType<typeof startHttpServer>>;
let sweepModule: typeof import('../../../functions/overdue-sweep');
beforeAll(async () => {
  local = await createTestTable('sweep-fn');
  // A channel the Lambda offers (SES or the webhook); the outbox and SMTP are for the local stack only.
  hook = await startHttpServer((_received, response) => {
    response.writeHead(204).end();
  });
  vi.stubEnv('TABLE_NAME', local.table.name);
  vi.stubEnv('DYNAMODB_ENDPOINT', local.endpoint);
  vi.stubEnv('AWS_REGION', 'us-east-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', LOCAL_CREDENTIALS.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', LOCAL_CREDENTIALS.secretAccessKey);
  vi.stubEnv('ALERT_FROM', 'inbox-watcher <alerts@example.test>');
  vi.stubEnv('ALERT_CHANNEL', 'webhook');
  vi.stubEnv('ALERT_WEBHOOK_URL', `${hook.url}/alerts`);
  vi.stubEnv('ALERT_WEBHOOK_SECRET', 'x'.repeat(32));
  vi.stubEnv('LOG_LEVEL', 'error');
  sweepModule = await import('../../../functions/overdue-sweep');
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await local.drop();
  await hook.close();
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
    expect(hook.received.map((received) => received.url)).toEqual(['/alerts']);
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
