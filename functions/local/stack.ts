import { createNotifier } from '../../shared/alerts/notifiers/create-notifier';
import { runSweep, type SweepDeps } from '../../shared/alerts/sweep';
import { createApp } from '../../shared/api/app';
import { type RunningServer, serveApi } from '../../shared/api/serve';
import { ingestInboundEmail } from '../../shared/cases/ingest';
import { TRANSITION_DEPS } from '../../shared/cases/transition-deps';
import { understandMessage } from '../../shared/classify/understand-message';
import type { Logger } from '../../shared/logger';
import { createDynamoClient, createTableHandle } from '../../shared/store/client';
import { type AdminToken, loadOrCreateAdminToken } from './admin-token';
import { type DataDirLayout, prepareDataDir } from './data-dir';
import { LOCAL_AWS, type RunningDynamoLocal, startDynamoLocal } from './dynamodb-local';
import {
  type LocalEndpoints,
  readEndpointsFile,
  removeEndpointsFile,
  writeEndpointsFile,
} from './endpoints-file';
import type { LocalConfig } from './local-config';
import { assertPortFree, LocalSetupError } from './local-errors';
import { createSmtpIntake } from './smtp-intake';
import { type RunningSmtpListener, startSmtpListener } from './smtp-listener';
import { type SweepLoop, startSweepLoop } from './sweep-loop';
import { migrateTable } from './table-migration';

/** The whole product running on this machine. */
export interface RunningLocalStack {
  endpoints: LocalEndpoints;
  layout: DataDirLayout;
  adminToken: AdminToken;
  /** Stops the sweep, the listeners and DynamoDB Local (in that order) and removes the endpoints file. */
  stop(): Promise<void>;
}

// Redeliveries of one message are recognised for this long (as on AWS).
const DEDUPE_TTL_DAYS = 30;

/**
 * Starts the product on one machine from the same pieces the Lambdas use: DynamoDB Local with its data under
 * DATA_DIR (table created or migrated), the SMTP listener feeding ingestInboundEmail (raw mail kept under
 * DATA_DIR/raw as S3 keeps it), the HTTP API, the overdue sweep on a timer and the configured alert channel.
 * Writes DATA_DIR/endpoints.json once everything listens, so `send` and `sweep` find it.
 * @throws LocalSetupError when DATA_DIR is not writable, a port is taken, Java is missing, or a stack already
 *   runs on this DATA_DIR; whatever had started is stopped again.
 */
export async function startLocalStack(config: LocalConfig, logger: Logger): Promise<RunningLocalStack> {
  const layout = await prepareDataDir(config.dataDir);
  const running = await readEndpointsFile(config.dataDir);
  if (running !== null) {
    throw new LocalSetupError(
      `inbox-watcher already runs on ${config.dataDir} (pid ${running.pid}, API ${running.api}); stop it first or use another DATA_DIR (if it does not run, delete ${config.dataDir}/endpoints.json)`,
    );
  }
  // Before Java: a taken port should fail in a moment, not after DynamoDB Local's start.
  await assertPortFree(config.apiPort, 'the HTTP API (PORT)', config.apiHost);
  await assertPortFree(config.smtpPort, 'the SMTP listener (SMTP_PORT)', config.smtpHost);
  const adminToken = await loadOrCreateAdminToken(config.adminToken, layout.adminTokenFile);

  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) {
      await stop().catch((error: unknown) => logger.error('stopping a part failed', { error }));
    }
  };
  try {
    const dynamo: RunningDynamoLocal = await startDynamoLocal({
      port: config.dynamodbPort,
      dataDir: layout.dynamodb,
    });
    stops.push(() => dynamo.stop());
    const client = createDynamoClient({ endpoint: dynamo.endpoint, ...LOCAL_AWS });
    stops.push(async () => client.destroy());
    const migration = await migrateTable(client, config.tableName);
    logger.info('DynamoDB Local ready', { endpoint: dynamo.endpoint, table: config.tableName, ...migration });
    const table = createTableHandle(client, config.tableName);
    const transition = TRANSITION_DEPS;

    const alerts = config.alerts;
    const notifier = await createNotifier(alerts.notifier, { logger: logger.child({ component: 'alerts' }) });

    const intake = createSmtpIntake({
      rawFolder: layout.raw,
      ingest: (email) =>
        ingestInboundEmail(
          {
            table,
            understand: understandMessage,
            transition,
            logger: logger.child({ component: 'inbound' }),
            options: {
              rejectSpoofed: true,
              maxMessageBytes: config.maxMessageBytes,
              dedupeTtlDays: DEDUPE_TTL_DAYS,
            },
            replies: { notifier, alertDomain: alerts.alertDomain, from: alerts.alertFrom },
          },
          email,
        ),
    });
    const smtp: RunningSmtpListener = await startSmtpListener({
      port: config.smtpPort,
      host: config.smtpHost,
      maxMessageBytes: config.smtpHardLimitBytes,
      watchAddresses: config.watchAddresses,
      onMessage: intake,
      onError: (error) => logger.warn('SMTP connection error', { component: 'smtp', error }),
    });
    stops.push(() => smtp.close());

    const api: RunningServer = await serveApi(
      createApp({
        table,
        adminToken: adminToken.token,
        now: () => new Date(),
        transition,
        logger: logger.child({ component: 'api' }),
      }),
      { port: config.apiPort, hostname: config.apiHost },
    );
    stops.push(() => api.close());

    const sweepLogger = logger.child({ component: 'sweep' });
    const sweepDeps: SweepDeps = {
      table,
      notifier,
      logger: sweepLogger,
      alertDomain: alerts.alertDomain,
      from: alerts.alertFrom,
      reminderSchedule: alerts.reminderSchedule,
      guaranteeNoticeDays: alerts.guaranteeNoticeDays,
    };
    const loop: SweepLoop = startSweepLoop({
      intervalMs: config.sweepIntervalSeconds * 1000,
      logger: sweepLogger,
      sweep: async (now) => {
        const report = await runSweep(sweepDeps, now);
        // A quiet sweep every minute is noise; one that found something is worth a line.
        const level = report.dueItems > 0 ? 'info' : 'debug';
        sweepLogger[level]('sweep finished', { now: now.toISOString(), ...report });
      },
    });
    stops.push(() => loop.stop());

    const endpoints: LocalEndpoints = {
      pid: process.pid,
      api: api.url,
      smtp: { host: config.smtpHost, port: smtp.port },
      dynamodb: dynamo.endpoint,
      tableName: config.tableName,
    };
    await writeEndpointsFile(config.dataDir, endpoints);
    stops.push(() => removeEndpointsFile(config.dataDir));
    logger.info('local stack started', {
      ...endpoints,
      dataDir: config.dataDir,
      adminToken: adminToken.source,
    });

    let stopping: Promise<void> | undefined;
    return {
      endpoints,
      layout,
      adminToken,
      stop: () => {
        stopping ??= stopAll().then(() => logger.info('local stack stopped', { dataDir: config.dataDir }));
        return stopping;
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
