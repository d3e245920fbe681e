import { AWS_CHANNELS, createNotifierWith } from '../shared/alerts/notifiers/channel-registry';
import { runSweep, type SweepDeps, type SweepReport } from '../shared/alerts/sweep';
import { loadSweepConfig } from '../shared/alerts/sweep-config';
import { createJsonLogger, type Logger } from '../shared/logger';
import { createDynamoClient, createTableHandle } from '../shared/store/client';

export interface SweepHandlerDeps {
  /** Built once and reused by every invocation (the notifier loads its channel's client asynchronously). */
  sweepDeps: () => Promise<SweepDeps>;
  logger: Logger;
  /** The current time when the event names none. */
  clock?: () => Date;
}

/**
 * The scheduled sweep: runs one sweep as of the event's time (EventBridge's `time`, a Scheduler payload's
 * `scheduledTime`, or now) and logs its report. Throws when the sweep could not run, or when every due item
 * failed, so the invocation's retries and dead-letter queue apply; single failed items are retried by later
 * sweeps on their own.
 */
export function createSweepHandler(deps: SweepHandlerDeps): (event: unknown) => Promise<SweepReport> {
  return async (event) => {
    const now = eventTime(event) ?? (deps.clock ?? (() => new Date()))();
    const report = await runSweep(await deps.sweepDeps(), now);
    deps.logger.info('sweep finished', { now: now.toISOString(), ...report });
    if (report.dueItems > 0 && report.failed === report.dueItems) {
      throw new Error(`sweep failed: all ${report.failed} due items failed (see the log lines above)`);
    }
    return report;
  };
}

/** The time an EventBridge event or a Scheduler payload was scheduled for, when it carries a valid one. */
function eventTime(event: unknown): Date | null {
  if (typeof event !== 'object' || event === null) return null;
  const fields = event as Record<string, unknown>;
  const text = fields.scheduledTime ?? fields.time;
  if (typeof text !== 'string') return null;
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? null : time;
}

// Read once per container: a misconfigured function fails at its first cold start.
const config = loadSweepConfig(process.env);
const logger = createJsonLogger({ level: config.logLevel, fields: { function: 'overdue-sweep' } });
const table = createTableHandle(
  createDynamoClient({ region: config.store.region, endpoint: config.store.endpoint }),
  config.store.tableName,
);
let sweepDeps: Promise<SweepDeps> | undefined;

/** The Lambda entry point. */
export const handler = createSweepHandler({
  logger,
  sweepDeps: () => {
    // SES and the webhook only: the SMTP client stays out of the bundle.
    sweepDeps ??= createNotifierWith(AWS_CHANNELS, config.notifier, { logger }).then(
      (notifier) => ({
        table,
        notifier,
        logger,
        alertDomain: config.alertDomain,
        from: config.alertFrom,
        reminderSchedule: config.reminderSchedule,
        guaranteeNoticeDays: config.guaranteeNoticeDays,
      }),
      (error: unknown) => {
        sweepDeps = undefined; // let the next invocation try again
        throw error;
      },
    );
    return sweepDeps;
  },
});
