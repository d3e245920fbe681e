import type { ComposedAlert } from '../composed-alert';

/** Where an alert went: the channel's name and its id for the delivery (SES message id, file path…). */
export interface SendReceipt {
  channel: string;
  id: string;
}

/**
 * Delivers composed alerts over one channel. Sending the same alert again (same Message-ID) must not make a
 * second alert appear where the channel allows it to be prevented: the sweep retries after crashes.
 */
export interface Notifier {
  /** @throws AlertSendError when the alert was not delivered. */
  send(alert: ComposedAlert): Promise<SendReceipt>;
}

/**
 * An alert that was not delivered. `permanent`: sending it again will fail the same way (rejected recipient or
 * message); otherwise a later retry may succeed (throttling, outage, network).
 */
export class AlertSendError extends Error {
  override name = 'AlertSendError';
  readonly channel: string;
  readonly permanent: boolean;

  constructor(message: string, options: { channel: string; permanent: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.channel = options.channel;
    this.permanent = options.permanent;
  }
}
