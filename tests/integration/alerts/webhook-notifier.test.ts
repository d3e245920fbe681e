import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertSendError } from '../../../shared/alerts/notifiers/notifier';
import {
  createWebhookNotifier,
  type WebhookNotifierOptions,
} from '../../../shared/alerts/notifiers/webhook-notifier';
import { composeSample } from '../../unit/alerts/alert-builders';
import { type ReceivedRequest, startHttpServer } from './local-http';

const SECRET = 'a-shared-secret-of-some-length';
const NOW = new Date('2025-12-18T16:00:00.000Z');
const closers: Array<() => Promise<void>> = [];

afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** A receiver answering with the given statuses in turn (the last one repeats). */
async function receiver(statuses: number[]) {
  let next = 0;
  const server = await startHttpServer((_, response) => {
    response.writeHead(statuses[Math.min(next++, statuses.length - 1)] ?? 200).end('{}');
  });
  closers.push(server.close);
  return server;
}

function notifier(url: string, overrides: Partial<WebhookNotifierOptions> = {}) {
  const sleeps: number[] = [];
  const instance = createWebhookNotifier({
    url: `${url}/hooks/alerts`,
    secret: SECRET,
    now: () => NOW,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
    },
    ...overrides,
  });
  return { instance, sleeps };
}

/** What a receiver does: recompute the HMAC over "<timestamp>.<body>" and compare in constant time. */
function signatureVerifies(request: ReceivedRequest): boolean {
  const timestamp = String(request.headers['x-inbox-watcher-timestamp']);
  const expected = Buffer.from(
    `sha256=${createHmac('sha256', SECRET).update(`${timestamp}.${request.body}`).digest('hex')}`,
  );
  const given = Buffer.from(String(request.headers['x-inbox-watcher-signature']));
  return given.length === expected.length && timingSafeEqual(given, expected);
}

describe('Webhook notifier', () => {
  it('posts a signed JSON alert with an idempotency key', async () => {
    const server = await receiver([204]);
    const alert = composeSample();
    const receipt = await notifier(server.url).instance.send(alert);

    expect(receipt).toEqual({ channel: 'webhook', id: alert.messageId });
    const [request] = server.received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/hooks/alerts');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['idempotency-key']).toBe(alert.messageId);
    expect(request?.headers['x-inbox-watcher-timestamp']).toBe(String(NOW.getTime() / 1000));
    expect(request && signatureVerifies(request)).toBe(true);
    expect(JSON.parse(request?.body ?? '{}')).toEqual({
      type: 'inbox-watcher.alert',
      alertId: 'alert-1',
      messageId: alert.messageId,
      caseId: 'case-abc_123',
      reason: 'overdue',
      vendor: { domain: 'constantcontact.com', name: 'Constant Contact' },
      dueAt: '2025-12-18T04:59:59.000Z',
      subject: alert.subject,
      text: alert.text,
      sentAt: NOW.toISOString(),
    });
  });

  it('fails the signature check when the body or the secret differs', async () => {
    const server = await receiver([200]);
    await notifier(server.url, { secret: 'another-secret-entirely' }).instance.send(composeSample());
    const [request] = server.received;
    expect(request && signatureVerifies(request)).toBe(false);
    expect(request && signatureVerifies({ ...request, body: `${request.body} ` })).toBe(false);
  });

  it('retries on 503 with growing waits, then succeeds with the same idempotency key', async () => {
    const server = await receiver([503, 503, 502, 200]);
    const { instance, sleeps } = notifier(server.url, { baseDelayMs: 100 });
    await instance.send(composeSample());

    expect(server.received).toHaveLength(4);
    expect(sleeps).toEqual([100, 200, 400]);
    expect(new Set(server.received.map((request) => request.headers['idempotency-key'])).size).toBe(1);
    expect(server.received.every(signatureVerifies)).toBe(true);
  });

  it('does not retry a 400 and reports it as permanent', async () => {
    const server = await receiver([400]);
    const { instance, sleeps } = notifier(server.url);
    const failure = await instance.send(composeSample()).catch((error: unknown) => error);

    expect(server.received).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(failure).toBeInstanceOf(AlertSendError);
    expect(failure).toMatchObject({
      channel: 'webhook',
      permanent: true,
      message: expect.stringContaining('HTTP 400'),
    });
  });

  it('gives up after the last attempt as retryable, waiting no longer than the cap', async () => {
    const server = await receiver([500]);
    const { instance, sleeps } = notifier(server.url, {
      maxAttempts: 4,
      baseDelayMs: 1_000,
      maxDelayMs: 2_500,
    });
    const failure = await instance.send(composeSample()).catch((error: unknown) => error);

    expect(server.received).toHaveLength(4);
    expect(sleeps).toEqual([1_000, 2_000, 2_500]);
    expect(failure).toMatchObject({ name: 'AlertSendError', permanent: false });
  });

  it('retries when the receiver cannot be reached', async () => {
    const server = await receiver([200]);
    const url = server.url;
    await server.close();
    closers.length = 0;
    const { instance, sleeps } = notifier(url, { maxAttempts: 3 });
    const failure = await instance.send(composeSample()).catch((error: unknown) => error);
    expect(sleeps).toHaveLength(2);
    expect(failure).toMatchObject({ permanent: false });
  });
});
