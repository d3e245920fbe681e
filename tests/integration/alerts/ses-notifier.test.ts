import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as sesLocal from 'aws-ses-v2-local';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AlertSendError } from '../../../shared/alerts/notifiers/notifier';
import { createSesNotifier, type SesNotifierOptions } from '../../../shared/alerts/notifiers/ses-notifier';
import { composeSample, makeCase } from '../../unit/alerts/alert-builders';
import { closeServer, recordingProxy, startHttpServer } from './local-http';

const fakeCredentials = { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' };
type StoredEmail = {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text: string; html?: string };
};

describe('SES notifier', () => {
  let emulator: Server;
  let emulatorUrl: string;
  let proxy: Awaited<ReturnType<typeof recordingProxy>>;

  beforeAll(async () => {
    const start = ((sesLocal as { default?: unknown }).default ?? sesLocal) as (config: {
      host: string;
      port: number;
    }) => Promise<Server>;
    emulator = await start({ host: '127.0.0.1', port: 0 });
    emulatorUrl = `http://127.0.0.1:${(emulator.address() as AddressInfo).port}`;
    proxy = await recordingProxy(emulatorUrl);
  });

  afterAll(async () => {
    await proxy?.close();
    if (emulator) await closeServer(emulator);
  });

  beforeEach(async () => {
    proxy.received.length = 0;
    await fetch(`${emulatorUrl}/clear-store`, { method: 'POST' });
  });

  const notifier = (overrides: Partial<SesNotifierOptions> = {}) =>
    createSesNotifier({
      region: 'us-east-1',
      endpoint: proxy.url,
      credentials: fakeCredentials,
      ...overrides,
    });

  async function storedEmails(): Promise<StoredEmail[]> {
    const response = await fetch(`${emulatorUrl}/store`);
    return ((await response.json()) as { emails: StoredEmail[] }).emails;
  }

  it('sends the raw alert with SendRawEmail, and SES stores it as composed', async () => {
    const alert = composeSample({
      caseRecord: makeCase({ vendor: { domain: 'constantcontact.com', name: 'Constant Contact <b>' } }),
    });
    const receipt = await notifier().send(alert);

    const [stored, ...others] = await storedEmails();
    expect(others).toEqual([]);
    expect(receipt).toEqual({ channel: 'ses', id: stored?.messageId });
    expect(stored?.subject).toBe(alert.subject);
    expect(stored?.destination.to).toEqual(['user-1@example.test']);
    expect(stored?.body.text).toBe(alert.text);
    expect(stored?.body.html).toBe(alert.html);
  });

  it('carries the threading and Auto-Submitted headers in the raw message SES received', async () => {
    const alert = composeSample();
    await notifier().send(alert);

    const [call] = proxy.received;
    const form = new URLSearchParams(call?.body ?? '');
    expect(form.get('Action')).toBe('SendRawEmail');
    expect(form.get('Source')).toBe('alerts@example.test');
    expect(form.get('Destinations.member.1')).toBe('user-1@example.test');
    const raw = Buffer.from(form.get('RawMessage.Data') ?? '', 'base64');
    const parsed = await simpleParser(raw);
    expect(parsed.messageId).toBe(alert.messageId);
    expect(parsed.inReplyTo).toBe('<case-case-abc_123@alerts.example.test>');
    expect(parsed.references).toBe('<case-case-abc_123@alerts.example.test>');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    expect(parsed.headers.get('x-inbox-watcher-case')).toBe('case-abc_123');
  });

  describe('errors', () => {
    const sesError =
      (status: number, code: string) => (_: unknown, response: import('node:http').ServerResponse) => {
        response.writeHead(status, { 'Content-Type': 'text/xml' });
        response.end(
          `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${code} from the test</Message></Error><RequestId>r-1</RequestId></ErrorResponse>`,
        );
      };

    it.each([
      [400, 'MessageRejected', true],
      [400, 'InvalidParameterValue', true],
      [400, 'Throttling', false],
      [503, 'ServiceUnavailable', false],
      [500, 'InternalFailure', false],
    ])('reports HTTP %d %s as permanent: %s', async (status, code, permanent) => {
      const server = await startHttpServer(sesError(status, code));
      try {
        const failure = await notifier({ endpoint: server.url })
          .send(composeSample())
          .catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(AlertSendError);
        expect(failure).toMatchObject({ channel: 'ses', permanent });
        expect((failure as Error).message).toContain(code);
      } finally {
        await server.close();
      }
    });

    it('reports an unreachable endpoint as retryable', async () => {
      const server = await startHttpServer(() => {});
      const url = server.url;
      await server.close();
      const failure = await notifier({ endpoint: url })
        .send(composeSample())
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({ name: 'AlertSendError', permanent: false });
    });
  });
});
