import { MAX_GUARANTEE_NOTICE_DAYS } from '../cases/case';
import { parseDurationText } from '../cases/duration-text';
import { ConfigError, type Environment, loadStoreConfig, type StoreConfig } from '../config';
import type { LogLevel } from '../logger';
import { loadNotifierConfig, type NotifierConfig } from './notifiers/notifier-config';
import { DEFAULT_REMINDER_SCHEDULE, type ReminderSchedule } from './reminder-schedule';

/** Everything the overdue sweep function needs. */
export interface SweepConfig {
  store: StoreConfig;
  notifier: NotifierConfig;
  /** The From header of alerts. */
  alertFrom: string;
  /** The domain of our Message-IDs. */
  alertDomain: string;
  reminderSchedule: ReminderSchedule;
  guaranteeNoticeDays: number;
  logLevel: LogLevel;
}

const EXACT_MS = { minutes: 60_000, hours: 3_600_000, days: 86_400_000, weeks: 7 * 86_400_000 } as const;
const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/**
 * Reads the sweep's configuration: the store (TABLE_NAME, DYNAMODB_ENDPOINT, AWS_REGION), the alert channel
 * (ALERT_CHANNEL and its settings, see loadNotifierConfig), ALERT_FROM (required: "alerts@example.com" or
 * "inbox-watcher <alerts@example.com>"), ALERT_DOMAIN (default: ALERT_FROM's domain), ALERT_REMINDER_FIRST
 * (default "1 day"), ALERT_REMINDER_EVERY (default "3 days"), ALERT_REMINDER_MAX (default 5),
 * ALERT_GUARANTEE_NOTICE_DAYS (default 3, at most MAX_GUARANTEE_NOTICE_DAYS) and LOG_LEVEL (default info).
 * @throws ConfigError naming every missing or malformed variable.
 */
export function loadSweepConfig(env: Environment): SweepConfig {
  const problems: string[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  const store = attempt(() => loadStoreConfig(env));
  const notifier = attempt(() => loadNotifierConfig(env));

  const alertFrom = env.ALERT_FROM?.trim() ?? '';
  const fromDomain = /@([^@<>\s]+?)>?$/.exec(alertFrom)?.[1]?.toLowerCase();
  if (fromDomain === undefined)
    problems.push('ALERT_FROM: must be a mail address such as alerts@example.com');
  const alertDomain = env.ALERT_DOMAIN?.trim().toLowerCase() || fromDomain || '';
  if (!/^[a-z0-9.-]+\.[a-z0-9-]+$/.test(alertDomain) && fromDomain !== undefined) {
    problems.push('ALERT_DOMAIN: must be a host name such as alerts.example.com');
  }

  const interval = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const duration = parseDurationText(text);
    if (duration === null || duration.unit === 'business_days') {
      problems.push(`${name}: must be a duration such as "1 day", "12 hours" or "P3D"`);
      return fallback;
    }
    return duration.value * EXACT_MS[duration.unit];
  };
  const count = (
    name: string,
    fallback: number,
    minimum: number,
    maximum = Number.MAX_SAFE_INTEGER,
  ): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    if (!/^\d+$/.test(text) || Number(text) < minimum || Number(text) > maximum) {
      const range =
        maximum === Number.MAX_SAFE_INTEGER ? `of at least ${minimum}` : `from ${minimum} to ${maximum}`;
      problems.push(`${name}: must be a whole number ${range}`);
      return fallback;
    }
    return Number(text);
  };
  const reminderSchedule: ReminderSchedule = {
    firstAfterMs: interval('ALERT_REMINDER_FIRST', DEFAULT_REMINDER_SCHEDULE.firstAfterMs),
    everyMs: interval('ALERT_REMINDER_EVERY', DEFAULT_REMINDER_SCHEDULE.everyMs),
    maxReminders: count('ALERT_REMINDER_MAX', DEFAULT_REMINDER_SCHEDULE.maxReminders, 0),
  };
  const guaranteeNoticeDays = count('ALERT_GUARANTEE_NOTICE_DAYS', 3, 1, MAX_GUARANTEE_NOTICE_DAYS);
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) problems.push('LOG_LEVEL: must be debug, info, warn or error');

  if (problems.length > 0 || store === undefined || notifier === undefined) {
    throw new ConfigError(`invalid sweep configuration: ${problems.join('; ')}`);
  }
  return { store, notifier, alertFrom, alertDomain, reminderSchedule, guaranteeNoticeDays, logLevel };
}
