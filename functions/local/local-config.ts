import path from 'node:path';
import { z } from 'zod';
import type { NotifierConfig } from '../../shared/alerts/notifiers/create-notifier';
import type { ReminderSchedule } from '../../shared/alerts/reminder-schedule';
import { loadSweepConfig } from '../../shared/alerts/sweep-config';
import type { LogLevel } from '../../shared/logger';

/** How alerts go out and when reminders follow: the sweep Lambda's settings, read the same way. */
export interface LocalAlertConfig {
  notifier: NotifierConfig;
  alertFrom: string;
  alertDomain: string;
  reminderSchedule: ReminderSchedule;
  guaranteeNoticeDays: number;
}

/** Everything `inbox-watcher start` (and the commands beside it) reads from the environment. */
export interface LocalConfig {
  dataDir: string;
  apiHost: string;
  /** 0 picks a free port (the endpoints file then says which). */
  apiPort: number;
  smtpHost: string;
  smtpPort: number;
  /** 0 (the default) picks a free port: only our own processes talk to DynamoDB Local. */
  dynamodbPort: number;
  tableName: string;
  /** Recipients the SMTP listener accepts; null accepts any. */
  watchAddresses: string[] | null;
  /** Messages above this are kept as unmatched "oversized" records, not parsed. */
  maxMessageBytes: number;
  /** The SMTP listener refuses (552) only messages above this hard cap, so oversize mail is recorded, not bounced. */
  smtpHardLimitBytes: number;
  sweepIntervalSeconds: number;
  smtpRelayUrl: string | null;
  adminToken: string | null;
  alerts: LocalAlertConfig;
  logLevel: LogLevel;
}

const port = z.coerce.number().int().min(0).max(65_535);
const schema = z.object({
  DATA_DIR: z.string().min(1).default('.data'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_PORT: port.default(2525),
  DYNAMODB_PORT: port.default(0),
  TABLE_NAME: z.string().min(3).default('inbox-watcher'),
  WATCH_ADDRESSES: z.string().optional(),
  MAX_MESSAGE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  SWEEP_INTERVAL: z.coerce.number().positive().default(60),
  SMTP_RELAY_URL: z.url().optional(),
  // The API refuses shorter admin tokens.
  ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters (use a random token)').optional(),
  ALERT_FROM: z.string().min(3).default('inbox-watcher <alerts@inbox-watcher.localhost>'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

// Oversize mail up to this multiple of MAX_MESSAGE_BYTES is taken and recorded; beyond it the memory cost of
// holding the message is not worth a record saying it was too big.
const HARD_LIMIT_FACTOR = 2;

/**
 * Reads the local runner's settings, with defaults for a first `npm start`: DATA_DIR (.data), HOST and PORT
 * (127.0.0.1:3000, the API), SMTP_HOST and SMTP_PORT (127.0.0.1:2525), DYNAMODB_PORT (0: any free port),
 * TABLE_NAME, WATCH_ADDRESSES (comma or space separated; default any recipient), MAX_MESSAGE_BYTES (10 MiB),
 * SWEEP_INTERVAL (60 s), SMTP_RELAY_URL, ADMIN_TOKEN, ALERT_FROM, LOG_LEVEL, and the alert settings the sweep
 * Lambda reads (ALERT_CHANNEL, ALERT_OUTBOX_DIR, ALERT_REMINDER_*…; alerts go to DATA_DIR/outbox by default).
 * @throws Error naming each bad variable.
 */
export function loadLocalConfig(given: Record<string, string | undefined>, cwd = process.cwd()): LocalConfig {
  // `ADMIN_TOKEN= npm start` means "not set", as shells and .env files use it.
  const env = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid configuration: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  const dataDir = path.resolve(cwd, values.DATA_DIR);
  const watch = values.WATCH_ADDRESSES?.split(/[\s,]+/)
    .map((address) => address.trim().toLowerCase())
    .filter(Boolean);
  // The same reader as the sweep Lambda, so every ALERT_* setting means the same here.
  const sweep = loadSweepConfig({
    ...env,
    DATA_DIR: dataDir,
    TABLE_NAME: values.TABLE_NAME,
    ALERT_FROM: values.ALERT_FROM,
    LOG_LEVEL: values.LOG_LEVEL,
  });
  return {
    dataDir,
    apiHost: values.HOST,
    apiPort: values.PORT,
    smtpHost: values.SMTP_HOST,
    smtpPort: values.SMTP_PORT,
    dynamodbPort: values.DYNAMODB_PORT,
    tableName: values.TABLE_NAME,
    watchAddresses: watch && watch.length > 0 ? watch : null,
    maxMessageBytes: values.MAX_MESSAGE_BYTES,
    smtpHardLimitBytes: values.MAX_MESSAGE_BYTES * HARD_LIMIT_FACTOR,
    sweepIntervalSeconds: values.SWEEP_INTERVAL,
    smtpRelayUrl: values.SMTP_RELAY_URL ?? null,
    adminToken: values.ADMIN_TOKEN ?? null,
    alerts: {
      notifier: sweep.notifier,
      alertFrom: sweep.alertFrom,
      alertDomain: sweep.alertDomain,
      reminderSchedule: sweep.reminderSchedule,
      guaranteeNoticeDays: sweep.guaranteeNoticeDays,
    },
    logLevel: values.LOG_LEVEL,
  };
}
