import { createHmac } from 'node:crypto';
import type { ComposedAlert } from '../composed-alert';
import { AlertSendError, type Notifier, type SendReceipt } from './notifier';

export interface WebhookNotifierOptions {
  url: string;
  /** Shared secret for the HMAC-SHA256 signature. */
  secret: string;
  /** Attempts in all, the first included (default 5). */
  maxAttempts?: number;
  /** Wait before the first retry; doubles each time up to `maxDelayMs` (defaults 500 ms and 30 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per-request timeout (default 10 s). */
  timeoutMs?: number;
  /** Injected in tests so retries take no real time. */
  sleep?: (milliseconds: number) => Promise<void>;
  now?: () => Date;
  fetch?: typeof fetch;
}

/** The JSON body a webhook receives. */
export interface WebhookPayload {
  type: 'inbox-watcher.alert';
  alertId: string;
  messageId: string;
  caseId: string;
  reason: ComposedAlert['meta']['reason'];
  vendor: { domain: string; name: string | null };
  dueAt: string | null;
  subject: string;
  text: string;
  sentAt: string;
}

const CHANNEL = 'webhook';

/**
 * `sha256=<hex>`: HMAC-SHA256 with the shared secret over "<timestamp>.<body>" (the timestamp in Unix seconds,
 * as sent in X-Inbox-Watcher-Timestamp). Signing the timestamp lets receivers refuse replays of old requests.
 */
export function signWebhookBody(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * Posts alerts as signed JSON (for chat tools and scripts). Each attempt is signed afresh; the
 * Idempotency-Key header is the alert's Message-ID, the same on every attempt and every resend. Retries with
 * exponential backoff on network errors, timeouts, 5xx, 408 and 429; any other 4xx fails at once as permanent.
 * The receipt id is the Message-ID.
 */
export function createWebhookNotifier(options: WebhookNotifierOptions): Notifier {
  const maxAttempts = options.maxAttempts ?? 5;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const sleep =
    options.sleep ?? ((milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)));
  const now = options.now ?? (() => new Date());
  const post = options.fetch ?? fetch;

  return {
    async send(alert: ComposedAlert): Promise<SendReceipt> {
      const body = JSON.stringify(webhookPayload(alert));
      let lastProblem = '';
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        if (attempt > 1) await sleep(Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 2)));
        const timestamp = String(Math.floor(now().getTime() / 1000));
        let response: Response;
        try {
          response = await post(options.url, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'User-Agent': 'inbox-watcher',
              'X-Inbox-Watcher-Timestamp': timestamp,
              'X-Inbox-Watcher-Signature': signWebhookBody(options.secret, timestamp, body),
              'Idempotency-Key': alert.messageId,
            },
            body,
            signal: AbortSignal.timeout(timeoutMs),
          });
        } catch (error) {
          lastProblem = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          continue;
        }
        // The body is not needed; reading it frees the connection for the next request.
        await response.arrayBuffer().catch(() => undefined);
        if (response.ok) return { channel: CHANNEL, id: alert.messageId };
        lastProblem = `HTTP ${response.status}`;
        const retryable = response.status >= 500 || response.status === 408 || response.status === 429;
        if (!retryable) {
          throw new AlertSendError(`webhook refused alert ${alert.meta.alertId}: ${lastProblem}`, {
            channel: CHANNEL,
            permanent: true,
          });
        }
      }
      throw new AlertSendError(
        `webhook did not take alert ${alert.meta.alertId} after ${maxAttempts} attempts: ${lastProblem}`,
        { channel: CHANNEL, permanent: false },
      );
    },
  };
}

function webhookPayload(alert: ComposedAlert): WebhookPayload {
  return {
    type: 'inbox-watcher.alert',
    alertId: alert.meta.alertId,
    messageId: alert.messageId,
    caseId: alert.meta.caseId,
    reason: alert.meta.reason,
    vendor: alert.meta.vendor,
    dueAt: alert.meta.dueAt,
    subject: alert.subject,
    text: alert.text,
    sentAt: alert.date,
  };
}
