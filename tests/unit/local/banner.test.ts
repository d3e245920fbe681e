import { describe, expect, it } from 'vitest';
import { type BannerFacts, startBanner } from '../../../functions/local/banner';

const facts: BannerFacts = {
  endpoints: {
    pid: 1,
    api: 'http://127.0.0.1:3000',
    smtp: { host: '127.0.0.1', port: 2525 },
    dynamodb: 'http://127.0.0.1:40000',
    tableName: 'inbox-watcher',
  },
  dataDir: '/repo/.data',
  adminToken: { token: 'x'.repeat(32), source: 'created' },
  adminTokenFile: '/repo/.data/admin-token',
  notifier: { channel: 'outbox', directory: '/repo/.data/outbox' },
  watchAddresses: null,
  sweepIntervalSeconds: 60,
  cwd: '/repo',
};

describe('startBanner', () => {
  it('shows where everything listens and the commands for the first user, with the token file', () => {
    const banner = startBanner(facts);
    expect(banner).toContain('API          http://127.0.0.1:3000');
    expect(banner).toContain('SMTP         127.0.0.1:2525  (mail to any address)');
    expect(banner).toContain('.data/outbox/*.eml');
    expect(banner).toContain(
      'npx inbox-watcher users add you@example.com --forward you@example.com --admin-token "$(cat .data/admin-token)"',
    );
    expect(banner).toContain(
      `curl -s -X POST http://127.0.0.1:3000/v1/users -H "Authorization: Bearer $(cat .data/admin-token)"`,
    );
    expect(banner).toContain('  npx inbox-watcher send message.eml');
    expect(banner).not.toContain('x'.repeat(32));
  });

  it('adds the environment the commands need when the stack is not on the defaults', () => {
    const banner = startBanner({
      ...facts,
      endpoints: { ...facts.endpoints, api: 'http://127.0.0.1:4000' },
      dataDir: '/srv/my data',
      adminTokenFile: '/srv/my data/admin-token',
    });
    expect(banner).toContain('INBOX_WATCHER_URL=http://127.0.0.1:4000 npx inbox-watcher users add');
    expect(banner).toContain(`--admin-token "$(cat '/srv/my data/admin-token')"`);
    expect(banner).toContain(`DATA_DIR='/srv/my data' npx inbox-watcher send message.eml`);
  });

  it('refers to ADMIN_TOKEN when the token comes from the environment, and names the relay without its password', () => {
    const banner = startBanner({
      ...facts,
      adminToken: { token: 'y'.repeat(32), source: 'env' },
      notifier: { channel: 'smtp', url: 'smtp://user:secret@mail.example.com:587' },
    });
    expect(banner).toContain('--admin-token "$ADMIN_TOKEN"');
    expect(banner).toContain('SMTP relay smtp://mail.example.com:587');
    expect(banner).not.toContain('secret');
  });
});
