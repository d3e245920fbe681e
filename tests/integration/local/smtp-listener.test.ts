import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpIntake } from '../../../functions/local/smtp-intake';
import {
  type ReceivedSmtpMessage,
  type RunningSmtpListener,
  startSmtpListener,
} from '../../../functions/local/smtp-listener';
import { computeDueAt } from '../../../shared/cases/deadlines';
import { newId } from '../../../shared/cases/ids';
import { ingestInboundEmail } from '../../../shared/cases/ingest';
import { findVendorProfile } from '../../../shared/cases/vendor-directory';
import { understandMessage } from '../../../shared/classify/understand-message';
import { silentLogger } from '../../../shared/logger';
import { listUnmatchedMessages } from '../../../shared/store/messages';
import { saveUser } from '../../../shared/store/users';
import { makeUser } from '../../helpers/case-builders';
import { createTestTable, type TestTable } from '../../helpers/dynamodb-local';

const listeners: RunningSmtpListener[] = [];
afterEach(async () => {
  for (const listener of listeners.splice(0)) await listener.close();
});

async function listen(
  options: { maxMessageBytes?: number; watchAddresses?: string[] | null } = {},
  onMessage: (message: ReceivedSmtpMessage) => Promise<string> = async () => 'queued',
): Promise<RunningSmtpListener> {
  const listener = await startSmtpListener({
    port: 0,
    host: '127.0.0.1',
    maxMessageBytes: options.maxMessageBytes ?? 100_000,
    watchAddresses: options.watchAddresses ?? null,
    onMessage,
  });
  listeners.push(listener);
  return listener;
}

function client(port: number) {
  return nodemailer.createTransport({ host: '127.0.0.1', port, secure: false });
}

function message(body: string, from = 'maria@forwarder.test'): string {
  return `From: ${from}\r\nTo: watch@inbox.test\r\nSubject: hello\r\n\r\n${body}\r\n`;
}

describe('SMTP listener with a real nodemailer client', () => {
  it('hands each message on with its envelope and answers with the handler’s text', async () => {
    const received: ReceivedSmtpMessage[] = [];
    const listener = await listen({}, async (incoming) => {
      received.push(incoming);
      return 'queued as m-1';
    });
    // No ignoreTLS: STARTTLS is not offered, so a default client sends in plain text (loopback only).
    const info = await client(listener.port).sendMail({
      envelope: { from: 'Maria@Forwarder.test', to: ['Watch@Inbox.test'] },
      raw: message('hi'),
    });
    expect(info.response).toContain('queued as m-1');
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ mailFrom: 'maria@forwarder.test', recipients: ['watch@inbox.test'] });
    expect(received[0]?.raw.toString()).toContain('Subject: hello');
  });

  it('refuses recipients outside WATCH_ADDRESSES with 550', async () => {
    const listener = await listen({ watchAddresses: ['watch@inbox.test'] });
    await expect(
      client(listener.port).sendMail({
        envelope: { from: 'maria@forwarder.test', to: ['someone@else.test'] },
        raw: message('hi'),
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
  });

  it('refuses a message above its size limit with 552', async () => {
    const listener = await listen({ maxMessageBytes: 1_000 });
    await expect(
      client(listener.port).sendMail({
        envelope: { from: 'maria@forwarder.test', to: ['watch@inbox.test'] },
        raw: message('x'.repeat(5_000)),
      }),
    ).rejects.toMatchObject({ responseCode: 552 });
  });

  it('answers 451 (try again later) when the handler fails', async () => {
    const listener = await listen({}, async () => {
      throw new Error('store unreachable');
    });
    await expect(
      client(listener.port).sendMail({
        envelope: { from: 'maria@forwarder.test', to: ['watch@inbox.test'] },
        raw: message('hi'),
      }),
    ).rejects.toMatchObject({ responseCode: 451 });
  });
});

describe('SMTP listener feeding the inbound pipeline', () => {
  let local: TestTable;
  let rawFolder: string;
  beforeAll(async () => {
    local = await createTestTable('smtp-intake');
    rawFolder = await mkdtemp(path.join(tmpdir(), 'iw-raw-'));
    await saveUser(
      local.table,
      null,
      makeUser({ id: 'maria', forwardingAddresses: ['maria@forwarder.test'] }),
    );
  });
  afterAll(async () => {
    await local.drop();
    await rm(rawFolder, { recursive: true, force: true });
  });

  it('records a message above MAX_MESSAGE_BYTES but under the hard cap as oversized, not bounced', async () => {
    const maxMessageBytes = 2_000;
    const intake = createSmtpIntake({
      rawFolder,
      ingest: (email) =>
        ingestInboundEmail(
          {
            table: local.table,
            understand: understandMessage,
            transition: { computeDueAt, findVendorProfile, newId },
            logger: silentLogger,
            options: { rejectSpoofed: true, maxMessageBytes, dedupeTtlDays: 30 },
          },
          email,
        ),
    });
    const listener = await listen({ maxMessageBytes: maxMessageBytes * 2 }, intake);
    const info = await client(listener.port).sendMail({
      envelope: { from: 'maria@forwarder.test', to: ['watch@inbox.test'] },
      raw: message('y'.repeat(3_000)),
    });
    expect(info.response).toMatch(/oversized \(\d+ bytes\), kept as unmatched/);
    const unmatched = await listUnmatchedMessages(local.table, 'maria', { limit: 10 });
    expect(unmatched.items).toHaveLength(1);
    expect(unmatched.items[0]).toMatchObject({ reason: 'oversized' });
    expect(unmatched.items[0]?.rawLocation).toBe(path.join(rawFolder, (await readdir(rawFolder))[0] ?? ''));
  });
});
