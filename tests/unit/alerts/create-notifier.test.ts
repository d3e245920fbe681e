import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AWS_CHANNELS, createNotifierWith } from '../../../shared/alerts/notifiers/channel-registry';
import { createNotifier } from '../../../shared/alerts/notifiers/create-notifier';
import {
  loadNotifierConfig,
  type NotifierConfig,
  NotifierConfigError,
} from '../../../shared/alerts/notifiers/notifier-config';
import { silentLogger } from '../../../shared/logger';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

describe('Alert channel configuration', () => {
  it.each<[Record<string, string>, NotifierConfig]>([
    [{}, { channel: 'outbox', directory: path.join('.data', 'outbox') }],
    [{ DATA_DIR: '/srv/iw' }, { channel: 'outbox', directory: path.join('/srv/iw', 'outbox') }],
    [{ ALERT_OUTBOX_DIR: '/tmp/out' }, { channel: 'outbox', directory: '/tmp/out' }],
    [{ SMTP_RELAY_URL: 'smtp://u:p@relay.test:587' }, { channel: 'smtp', url: 'smtp://u:p@relay.test:587' }],
    [
      { ALERT_CHANNEL: 'ses', AWS_REGION: 'eu-west-1' },
      { channel: 'ses', region: 'eu-west-1' },
    ],
    [
      {
        ALERT_CHANNEL: 'ses',
        AWS_REGION: 'us-east-1',
        SES_ENDPOINT: 'http://127.0.0.1:8005',
        SES_CONFIGURATION_SET: 'alerts',
      },
      {
        channel: 'ses',
        region: 'us-east-1',
        endpoint: 'http://127.0.0.1:8005',
        configurationSetName: 'alerts',
      },
    ],
    [
      {
        ALERT_CHANNEL: 'webhook',
        ALERT_WEBHOOK_URL: 'https://chat.test/hook',
        ALERT_WEBHOOK_SECRET: 'x'.repeat(32),
      },
      { channel: 'webhook', url: 'https://chat.test/hook', secret: 'x'.repeat(32), maxAttempts: 5 },
    ],
  ])('reads %j', (env, config) => {
    expect(loadNotifierConfig(env)).toEqual(config);
  });

  it.each([
    [{ ALERT_CHANNEL: 'pigeon' }, 'ALERT_CHANNEL: must be one of ses, smtp, outbox, webhook'],
    [{ ALERT_CHANNEL: 'smtp' }, 'SMTP_RELAY_URL: must look like smtp://'],
    [{ SMTP_RELAY_URL: 'http://relay.test' }, 'SMTP_RELAY_URL: must look like smtp://'],
    [{ ALERT_CHANNEL: 'ses' }, 'AWS_REGION: must be an AWS region'],
    [
      { ALERT_CHANNEL: 'webhook', ALERT_WEBHOOK_URL: 'ftp://x.test' },
      'ALERT_WEBHOOK_URL: must be an http(s) URL',
    ],
    [
      { ALERT_CHANNEL: 'webhook', ALERT_WEBHOOK_URL: 'https://x.test', ALERT_WEBHOOK_SECRET: 'short' },
      'ALERT_WEBHOOK_SECRET: must be at least 16',
    ],
    [
      {
        ALERT_CHANNEL: 'webhook',
        ALERT_WEBHOOK_URL: 'https://x.test',
        ALERT_WEBHOOK_SECRET: 'x'.repeat(16),
        ALERT_WEBHOOK_MAX_ATTEMPTS: 'many',
      },
      'ALERT_WEBHOOK_MAX_ATTEMPTS: must be a whole number from 1 to 10',
    ],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => loadNotifierConfig(env)).toThrow(NotifierConfigError);
    expect(() => loadNotifierConfig(env)).toThrow(message);
  });

  it('validates a configuration built in code before creating the notifier', async () => {
    const config = { channel: 'smtp', url: 'not a url' } as NotifierConfig;
    await expect(createNotifier(config, { logger: silentLogger })).rejects.toThrow(NotifierConfigError);
  });

  it('creates a notifier for each channel from one interface', async () => {
    const configs: NotifierConfig[] = [
      { channel: 'outbox', directory: '/tmp/never-written' },
      { channel: 'smtp', url: 'smtp://127.0.0.1:2525' },
      { channel: 'ses', region: 'us-east-1', endpoint: 'http://127.0.0.1:1' },
      { channel: 'webhook', url: 'http://127.0.0.1:1/hook', secret: 'x'.repeat(16), maxAttempts: 1 },
    ];
    for (const config of configs) {
      const notifier = await createNotifier(config, { logger: silentLogger });
      expect(typeof notifier.send).toBe('function');
    }
  });
});

describe('Channels on AWS', () => {
  it('offers SES and the webhook', async () => {
    const configs: NotifierConfig[] = [
      { channel: 'ses', region: 'us-east-1', endpoint: 'http://127.0.0.1:1' },
      { channel: 'webhook', url: 'http://127.0.0.1:1/hook', secret: 'x'.repeat(16), maxAttempts: 1 },
    ];
    for (const config of configs) {
      const notifier = await createNotifierWith(AWS_CHANNELS, config, { logger: silentLogger });
      expect(typeof notifier.send).toBe('function');
    }
  });

  it.each<NotifierConfig>([
    { channel: 'smtp', url: 'smtp://127.0.0.1:2525' },
    { channel: 'outbox', directory: '/tmp/never-written' },
  ])('refuses the $channel channel, naming the ones available', async (config) => {
    const refusal = createNotifierWith(AWS_CHANNELS, config, { logger: silentLogger });
    await expect(refusal).rejects.toThrow(NotifierConfigError);
    await expect(refusal).rejects.toThrow(
      `ALERT_CHANNEL: ${config.channel} is not available here (available: ses, webhook)`,
    );
  });
});

describe('Notifier boundaries', () => {
  function sourceFiles(dir: string): string[] {
    return readdirSync(path.join(repoRoot, dir)).flatMap((name) => {
      const relative = path.join(dir, name);
      if (statSync(path.join(repoRoot, relative)).isDirectory()) return sourceFiles(relative);
      return /\.(ts|mts|mjs)$/.test(name) ? [relative] : [];
    });
  }

  it('keeps @aws-sdk/client-ses behind shared/alerts/notifiers/ses-notifier.ts', () => {
    const importers = ['shared', 'functions']
      .flatMap(sourceFiles)
      .filter((file) => /['"]@aws-sdk\/client-ses['"]/.test(readFileSync(path.join(repoRoot, file), 'utf8')));
    expect(importers).toEqual([path.join('shared', 'alerts', 'notifiers', 'ses-notifier.ts')]);
  });
});
