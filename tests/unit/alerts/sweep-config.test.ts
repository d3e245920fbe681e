import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SCHEDULE } from '../../../shared/alerts/reminder-schedule';
import { loadSweepConfig } from '../../../shared/alerts/sweep-config';

const BASE = { TABLE_NAME: 'inbox-watcher', ALERT_FROM: 'inbox-watcher <alerts@Example.com>' };

describe('Function: loadSweepConfig', () => {
  it('defaults to the outbox, the default reminders, 3 days of notice and the From domain', () => {
    // Act
    const config = loadSweepConfig(BASE);

    // Assess
    expect(config).toMatchObject({
      alertFrom: BASE.ALERT_FROM,
      alertDomain: 'example.com',
      notifier: { channel: 'outbox' },
      reminderSchedule: DEFAULT_REMINDER_SCHEDULE,
      guaranteeNoticeDays: 3,
      logLevel: 'info',
    });
  });

  it('reads the reminder schedule and notice period as durations and counts', () => {
    // Act
    const config = loadSweepConfig({
      ...BASE,
      ALERT_DOMAIN: 'alerts.example.com',
      ALERT_REMINDER_FIRST: '12 hours',
      ALERT_REMINDER_EVERY: 'P2D',
      ALERT_REMINDER_MAX: '0',
      ALERT_GUARANTEE_NOTICE_DAYS: '7',
    });

    // Assess
    expect(config.alertDomain).toBe('alerts.example.com');
    expect(config.reminderSchedule).toEqual({
      firstAfterMs: 12 * 3_600_000,
      everyMs: 2 * 86_400_000,
      maxReminders: 0,
    });
    expect(config.guaranteeNoticeDays).toBe(7);
  });

  it('names every missing or malformed variable at once', () => {
    // Act
    const load = () =>
      loadSweepConfig({
        ALERT_FROM: 'nobody',
        ALERT_REMINDER_EVERY: '2 business days',
        ALERT_REMINDER_MAX: '-1',
      });

    // Assess
    expect(load).toThrow(/TABLE_NAME.*ALERT_FROM.*ALERT_REMINDER_EVERY.*ALERT_REMINDER_MAX/);
  });

  it('refuses a notice period longer than the early look at unplanned windows', () => {
    // Act
    const load = (days: string) =>
      loadSweepConfig({
        TABLE_NAME: 't-sweep',
        ALERT_FROM: 'alerts@example.test',
        ALERT_GUARANTEE_NOTICE_DAYS: days,
      });

    // Assess
    expect(load('30').guaranteeNoticeDays).toBe(30);
    expect(() => load('31')).toThrow('ALERT_GUARANTEE_NOTICE_DAYS: must be a whole number from 1 to 30');
  });
});
