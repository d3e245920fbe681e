// The bare SMTP client (~45 KB): the full nodemailer transport would add ~200 KB to the sweep's bundle.
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { ComposedAlert } from '../composed-alert';
import { alertEnvelope, renderRawMessage } from '../raw-message';
import { AlertSendError, type Notifier, type SendReceipt } from './notifier';

/** An SMTP relay: `smtp://user:pass@host:port` (STARTTLS when offered), `smtps://…` (TLS from the start). */
export interface SmtpNotifierOptions {
  url: string;
}

const CHANNEL = 'smtp';

// Refusals of the message or its recipients; anything else (connection, greeting, authentication, 4xx) may
// clear up, so it is worth another try.
const MESSAGE_ERROR_CODES = new Set(['EENVELOPE', 'EMESSAGE']);

/**
 * Sends alerts to an SMTP relay exactly as composed (raw message, envelope from and to), one connection per
 * alert. SMTP has no idempotency key; a resend carries the same Message-ID, which mail clients use to drop
 * the duplicate. The receipt id is the alert's Message-ID.
 * @throws RangeError when the URL is not an smtp:// or smtps:// URL with a host.
 */
export function createSmtpNotifier(options: SmtpNotifierOptions): Notifier {
  const relay = parseRelayUrl(options.url);
  return {
    async send(alert: ComposedAlert): Promise<SendReceipt> {
      const envelope = alertEnvelope(alert);
      const raw = renderRawMessage(alert);
      // Short timeouts: a sweep must not hang for the client's default two minutes on a dead relay.
      const connection = new SMTPConnection({
        host: relay.host,
        port: relay.port,
        secure: relay.secure,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
      // The client reports socket failures as events, at any step: route them to the step under way.
      let failStep: (error: Error) => void = () => {};
      connection.on('error', (error: Error) => failStep(error));
      const step = (run: (done: (error?: Error | null) => void) => void) =>
        new Promise<void>((resolve, reject) => {
          failStep = reject;
          run((error) => (error ? reject(error) : resolve()));
        });
      try {
        await step((done) => connection.connect((error) => done(error)));
        const credentials = relay.auth;
        if (credentials) await step((done) => connection.login(credentials, (error) => done(error)));
        await step((done) => connection.send(envelope, raw, (error) => done(error)));
        connection.quit();
        return { channel: CHANNEL, id: alert.messageId };
      } catch (error) {
        connection.close();
        const { code, responseCode } = error as { code?: string; responseCode?: number };
        const permanent = MESSAGE_ERROR_CODES.has(code ?? '') && (responseCode ?? 0) >= 500;
        throw new AlertSendError(`SMTP relay did not take alert ${alert.meta.alertId}: ${String(error)}`, {
          channel: CHANNEL,
          permanent,
          cause: error,
        });
      }
    },
  };
}

interface RelaySettings {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | null;
}

function parseRelayUrl(text: string): RelaySettings {
  const url = URL.canParse(text) ? new URL(text) : null;
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') || url.hostname === '') {
    throw new RangeError('SMTP relay URL must look like smtp://user:pass@host:port or smtps://…');
  }
  const secure = url.protocol === 'smtps:';
  return {
    // IPv6 literals come bracketed from URL; sockets want them bare.
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port === '' ? (secure ? 465 : 587) : Number(url.port),
    secure,
    auth:
      url.username === ''
        ? null
        : { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
  };
}
