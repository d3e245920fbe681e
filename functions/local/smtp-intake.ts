import type { InboundEmail, IngestOutcome } from '../../shared/cases/ingest';
import { keepRawMessage } from './raw-store';
import type { ReceivedSmtpMessage } from './smtp-listener';

export interface SmtpIntakeOptions {
  /** DATA_DIR/raw: where each raw message is kept before it is ingested. */
  rawFolder: string;
  /** The inbound pipeline (ingestInboundEmail with its dependencies bound). */
  ingest(email: InboundEmail): Promise<IngestOutcome>;
  clock?: () => Date;
}

/**
 * The local stand-in for SES + S3 + the inbound Lambda: keeps the raw message under DATA_DIR/raw (as the S3 action
 * does), then ingests it with the same code the Lambda runs. Returns the SMTP reply text naming the message id and
 * what happened; a thrown error (store unreachable) makes the listener answer 451 so the client retries.
 */
export function createSmtpIntake(
  options: SmtpIntakeOptions,
): (message: ReceivedSmtpMessage) => Promise<string> {
  const clock = options.clock ?? (() => new Date());
  return async (message) => {
    const kept = await keepRawMessage(options.rawFolder, message.raw);
    const outcome = await options.ingest({
      raw: message.raw,
      messageId: kept.messageId,
      receivedAt: clock(),
      envelope: { mailFrom: message.mailFrom, recipients: message.recipients },
      rawLocation: kept.path,
    });
    return `queued as ${kept.messageId}: ${describeOutcome(outcome)}`;
  };
}

/** One short phrase for the SMTP reply (the `send` command prints it). */
export function describeOutcome(outcome: IngestOutcome): string {
  switch (outcome.status) {
    case 'processed':
      return `processed, case ${outcome.caseId}`;
    case 'reply-command':
      return `reply command ${outcome.command ?? '(none)'} on case ${outcome.caseId}: ${outcome.result}`;
    case 'unmatched':
      return `kept as unmatched (${outcome.reason})`;
    case 'duplicate':
      return `duplicate of an earlier delivery (${outcome.firstOutcome})`;
    case 'oversized':
      return `oversized (${outcome.sizeBytes} bytes), kept as unmatched`;
    case 'unparsable':
      return `unparsable (${outcome.error}), kept as unmatched`;
    case 'rejected-unknown-forwarder':
      return `rejected: no user forwards from ${outcome.candidates.join(', ') || 'this sender'}`;
    case 'rejected-spoofed':
      return 'rejected: sender authentication failed';
  }
}
