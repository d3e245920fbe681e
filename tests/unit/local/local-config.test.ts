import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLocalConfig } from '../../../functions/local/local-config';

describe('loadLocalConfig', () => {
  it('gives a first `npm start` working defaults under .data', () => {
    const config = loadLocalConfig({}, '/home/me/inbox-watcher');
    expect(config).toMatchObject({
      dataDir: '/home/me/inbox-watcher/.data',
      apiHost: '127.0.0.1',
      apiPort: 3000,
      smtpHost: '127.0.0.1',
      smtpPort: 2525,
      dynamodbPort: 0,
      watchAddresses: null,
      maxMessageBytes: 10 * 1024 * 1024,
      sweepIntervalSeconds: 60,
      adminToken: null,
      logLevel: 'info',
    });
    expect(config.alerts.notifier).toEqual({
      channel: 'outbox',
      directory: path.join('/home/me/inbox-watcher/.data', 'outbox'),
    });
    expect(config.alerts.alertDomain).toBe('inbox-watcher.localhost');
  });

  it('takes mail above MAX_MESSAGE_BYTES (to record it as oversized) up to a hard cap', () => {
    const config = loadLocalConfig({ MAX_MESSAGE_BYTES: '1000' }, '/x');
    expect(config.maxMessageBytes).toBe(1000);
    expect(config.smtpHardLimitBytes).toBeGreaterThan(1000);
  });

  it('sends alerts through the SMTP relay when SMTP_RELAY_URL is set', () => {
    const config = loadLocalConfig({ SMTP_RELAY_URL: 'smtp://user:pass@mail.example.com:587' }, '/x');
    expect(config.alerts.notifier).toEqual({ channel: 'smtp', url: 'smtp://user:pass@mail.example.com:587' });
  });

  it('reads WATCH_ADDRESSES as a comma or space separated, lower-cased list', () => {
    const config = loadLocalConfig(
      { WATCH_ADDRESSES: 'Me@Example.com, other@example.com  third@example.com' },
      '/x',
    );
    expect(config.watchAddresses).toEqual(['me@example.com', 'other@example.com', 'third@example.com']);
  });

  it('treats an empty variable as unset', () => {
    const config = loadLocalConfig({ ADMIN_TOKEN: '', SMTP_RELAY_URL: '', PORT: '' }, '/x');
    expect(config.adminToken).toBeNull();
    expect(config.apiPort).toBe(3000);
    expect(config.alerts.notifier.channel).toBe('outbox');
  });

  it('names each bad variable', () => {
    expect(() => loadLocalConfig({ PORT: '70000', ADMIN_TOKEN: 'short' }, '/x')).toThrow(/PORT.*ADMIN_TOKEN/);
    expect(() => loadLocalConfig({ ALERT_REMINDER_FIRST: 'soon' }, '/x')).toThrow(/ALERT_REMINDER_FIRST/);
  });
});
