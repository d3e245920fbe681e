import { SESClient, SendRawEmailCommand } from '@aws-sdk/client-ses';
import type { ComposedAlert } from '../composed-alert';
import { alertEnvelope, renderRawMessage } from '../raw-message';
import { AlertSendError, type Notifier, type SendReceipt } from './notifier';

/** How to reach SES; `endpoint` and `credentials` are for a local emulator, AWS uses the default chain. */
export interface SesNotifierOptions {
  region: string;
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** An SES configuration set for delivery events (bounces, complaints), if one is set up. */
  configurationSetName?: string;
}

const CHANNEL = 'ses';

// The message itself is refused: sending it again will be refused again.
const REJECTED_MESSAGE = new Set(['MessageRejected', 'InvalidParameterValue', 'InvalidParameterCombination']);
const RETRYABLE = new Set([
  'Throttling',
  'ThrottlingException',
  'ServiceUnavailable',
  'InternalFailure',
  'RequestTimeout',
]);

/**
 * Sends alerts through Amazon SES SendRawEmail, so our threading and Auto-Submitted headers arrive as
 * composed. SES has no idempotency key; a resend carries the same Message-ID, which mail clients use to
 * drop the duplicate. The receipt id is SES's message id.
 */
export function createSesNotifier(options: SesNotifierOptions): Notifier {
  const client = new SESClient({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  });
  return {
    async send(alert: ComposedAlert): Promise<SendReceipt> {
      const envelope = alertEnvelope(alert);
      const command = new SendRawEmailCommand({
        RawMessage: { Data: renderRawMessage(alert) },
        Source: envelope.from,
        Destinations: envelope.to,
        ...(options.configurationSetName ? { ConfigurationSetName: options.configurationSetName } : {}),
      });
      try {
        const output = await client.send(command);
        return { channel: CHANNEL, id: output.MessageId ?? alert.messageId };
      } catch (error) {
        throw new AlertSendError(`SES did not send alert ${alert.meta.alertId}: ${describe(error)}`, {
          channel: CHANNEL,
          permanent: isPermanentSesError(error),
          cause: error,
        });
      }
    },
  };
}

/**
 * Whether an SES error means this message will never go through: the message was rejected or invalid, or
 * another 4xx. Throttling, 5xx and network failures are retryable; so are account- and configuration-level
 * refusals that are not 4xx about the message (sending paused), which clear once fixed.
 */
export function isPermanentSesError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  if (REJECTED_MESSAGE.has(name)) return true;
  if (RETRYABLE.has(name)) return false;
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  if (status === undefined || status === 429 || status >= 500) return false;
  return status >= 400 && !name.endsWith('PausedException');
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
