import { parseArgs } from 'node:util';
import type { ComposedAlert } from '../../shared/alerts/composed-alert';
import { createNotifier } from '../../shared/alerts/notifiers/create-notifier';
import type { Notifier, SendReceipt } from '../../shared/alerts/notifiers/notifier';
import { runSweep, type SweepReport } from '../../shared/alerts/sweep';
import { createJsonLogger } from '../../shared/logger';
import { createDynamoClient, createTableHandle } from '../../shared/store/client';
import { prepareDataDir } from '../local/data-dir';
import { LOCAL_AWS, startDynamoLocal } from '../local/dynamodb-local';
import { readEndpointsFile } from '../local/endpoints-file';
import { type LocalConfig, loadLocalConfig } from '../local/local-config';
import { migrateTable } from '../local/table-migration';

const USAGE = `Usage: inbox-watcher sweep [--now ISO-8601]

Runs one overdue sweep against the local store (the running \`npm start\` on DATA_DIR, or DATA_DIR's database
on its own) as if it were --now (default: now), sends the alerts that are due and prints them.
`;

/** `inbox-watcher sweep [--now ISO]`; returns the exit status (1 when an item failed, 2 on bad usage). */
export async function runSweepCommand(args: string[]): Promise<number> {
  let now: Date;
  try {
    const { values } = parseArgs({
      args,
      options: { now: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    now = values.now === undefined ? new Date() : parseNow(values.now);
  } catch (error) {
    process.stderr.write(`inbox-watcher sweep: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  try {
    const config = loadLocalConfig(process.env);
    const { report, sent } = await sweepLocalStore(config, now);
    for (const { alert, receipt } of sent) {
      process.stdout.write(
        `sent ${alert.meta.reason} alert to ${alert.to}: ${alert.subject}\n  → ${receipt.id}\n`,
      );
    }
    process.stdout.write(
      `swept as of ${now.toISOString()}: ${report.dueItems} due, ${report.alertsSent} alert(s) sent, ${report.failed} failed\n`,
    );
    return report.failed > 0 ? 1 : 0;
  } catch (error) {
    process.stderr.write(`inbox-watcher sweep: ${(error as Error).message}\n`);
    return 1;
  }
}

function parseNow(text: string): Date {
  const time = new Date(text);
  // Date() accepts much more than ISO 8601; insist on a date with a time and a zone, so "as of" is unambiguous.
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) ||
    Number.isNaN(time.getTime())
  ) {
    throw new Error(
      `--now must be an ISO 8601 time with a zone, such as 2026-12-18T09:00:00Z (got "${text}")`,
    );
  }
  return time;
}

/** An alert the sweep handed to the channel, and where it went. */
export interface SentAlert {
  alert: ComposedAlert;
  receipt: SendReceipt;
}

/**
 * One sweep as of `now` against DATA_DIR's store: through the running stack's DynamoDB Local when its endpoints
 * file says one runs, else by starting DynamoDB Local on DATA_DIR for the length of the sweep.
 */
export async function sweepLocalStore(
  config: LocalConfig,
  now: Date,
): Promise<{ report: SweepReport; sent: SentAlert[] }> {
  // Log lines go to stderr: stdout is the list of alerts.
  const logger = createJsonLogger({
    level: 'warn',
    write: (line) => process.stderr.write(`${line}\n`),
    fields: { component: 'sweep-command' },
  });
  const running = await readEndpointsFile(config.dataDir);
  let stopDynamo = async () => {};
  let endpoint: string;
  let tableName = config.tableName;
  if (running !== null) {
    endpoint = running.dynamodb;
    tableName = running.tableName;
  } else {
    const layout = await prepareDataDir(config.dataDir);
    const dynamo = await startDynamoLocal({ port: config.dynamodbPort, dataDir: layout.dynamodb });
    endpoint = dynamo.endpoint;
    stopDynamo = () => dynamo.stop();
  }
  const client = createDynamoClient({ endpoint, ...LOCAL_AWS });
  try {
    if (running === null) await migrateTable(client, tableName);
    const sent: SentAlert[] = [];
    const channel = await createNotifier(config.alerts.notifier, { logger });
    const recording: Notifier = {
      async send(alert) {
        const receipt = await channel.send(alert);
        sent.push({ alert, receipt });
        return receipt;
      },
    };
    const report = await runSweep(
      {
        table: createTableHandle(client, tableName),
        notifier: recording,
        logger,
        alertDomain: config.alerts.alertDomain,
        from: config.alerts.alertFrom,
        reminderSchedule: config.alerts.reminderSchedule,
        guaranteeNoticeDays: config.alerts.guaranteeNoticeDays,
      },
      now,
    );
    return { report, sent };
  } finally {
    client.destroy();
    await stopDynamo();
  }
}
