import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
// zod/mini keeps this bundle small (it already carries the mail parser).
import * as z from 'zod/mini';
import { AWS_CHANNELS, createNotifierWith } from '../shared/alerts/notifiers/channel-registry';
import { loadSweepConfig } from '../shared/alerts/sweep-config';
import { type InboundEmail, type IngestOutcome, ingestInboundEmail } from '../shared/cases/ingest';
import { TRANSITION_DEPS } from '../shared/cases/transition-deps';
import { understandMessage } from '../shared/classify/understand-message';
import { loadInboundConfig } from '../shared/config';
import { createJsonLogger, type Logger } from '../shared/logger';
import { createDynamoClient, createTableHandle } from '../shared/store/client';

const verdict = z.object({ status: z.string() });

/** The part of the SES receipt event (Lambda action) this function relies on. */
const sesEventSchema = z.object({
  Records: z
    .array(
      z.object({
        eventSource: z.literal('aws:ses'),
        ses: z.object({
          mail: z.object({
            messageId: z.string().check(z.minLength(1)),
            source: z.string(),
            timestamp: z.iso.datetime(),
          }),
          receipt: z.object({
            timestamp: z.iso.datetime(),
            recipients: z.array(z.string()),
            spfVerdict: verdict,
            dkimVerdict: verdict,
            dmarcVerdict: z.optional(verdict),
          }),
        }),
      }),
    )
    .check(z.minLength(1)),
});

export interface InboundHandlerDeps {
  s3: S3Client;
  /** Where the SES S3 action stored the message: `<prefix><messageId>` in `bucket`. */
  bucket: string;
  prefix: string;
  ingest: (email: InboundEmail) => Promise<IngestOutcome>;
  logger: Logger;
}

/** What the handler returns: SES (RequestResponse) reads `disposition`; `outcomes` is for logs and tests. */
export interface InboundResult {
  disposition: 'CONTINUE';
  outcomes: IngestOutcome[];
}

/**
 * The SES receipt Lambda action: validate the event, read each message from S3, ingest it. Expected misses are
 * outcomes; anything thrown (bad event, S3 or DynamoDB failure) fails the invocation so Lambda retries it.
 */
export function createInboundHandler(deps: InboundHandlerDeps): (event: unknown) => Promise<InboundResult> {
  return async (event) => {
    const parsed = sesEventSchema.safeParse(event);
    if (!parsed.success) {
      deps.logger.error('not an SES receipt event', { issues: parsed.error.issues });
      const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(event)');
      throw new Error(`invalid SES event: bad or missing ${[...new Set(fields)].join(', ')}`);
    }
    const outcomes: IngestOutcome[] = [];
    for (const { ses } of parsed.data.Records) {
      const key = `${deps.prefix}${ses.mail.messageId}`;
      const object = await deps.s3.send(new GetObjectCommand({ Bucket: deps.bucket, Key: key }));
      if (!object.Body) throw new Error(`s3://${deps.bucket}/${key} has no body`);
      const raw = Buffer.from(await object.Body.transformToByteArray());
      outcomes.push(
        await deps.ingest({
          raw,
          messageId: ses.mail.messageId,
          receivedAt: new Date(ses.receipt.timestamp),
          envelope: { mailFrom: ses.mail.source || null, recipients: ses.receipt.recipients },
          verdicts: {
            spf: ses.receipt.spfVerdict.status,
            dkim: ses.receipt.dkimVerdict.status,
            dmarc: ses.receipt.dmarcVerdict?.status ?? 'GRAY',
          },
          rawLocation: `s3://${deps.bucket}/${key}`,
        }),
      );
    }
    return { disposition: 'CONTINUE', outcomes };
  };
}

// Read once per container: a misconfigured function fails at its first cold start, not halfway through a message.
const config = loadInboundConfig(process.env);
// Replies to alerts are confirmed like alerts are sent: the sweep's channel, sender and Message-ID domain.
const alerts = loadSweepConfig(process.env);
const logger = createJsonLogger({ level: config.logLevel, fields: { function: 'inbound-email' } });
// SES and the webhook only: the SMTP client stays out of the bundle.
const notifier = await createNotifierWith(AWS_CHANNELS, alerts.notifier, { logger });
const table = createTableHandle(
  createDynamoClient({ region: config.store.region, endpoint: config.store.endpoint }),
  config.store.tableName,
);
const s3 = new S3Client({
  region: config.store.region,
  ...(config.rawMail.s3Endpoint
    ? {
        endpoint: config.rawMail.s3Endpoint,
        forcePathStyle: true,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }
    : {}),
});

/** The Lambda entry point. */
export const handler = createInboundHandler({
  s3,
  bucket: config.rawMail.bucket,
  prefix: config.rawMail.prefix,
  logger,
  ingest: (email) =>
    ingestInboundEmail(
      {
        table,
        understand: understandMessage,
        transition: TRANSITION_DEPS,
        logger,
        options: {
          rejectSpoofed: config.rejectSpoofed,
          maxMessageBytes: config.maxMessageBytes,
          dedupeTtlDays: config.dedupeTtlDays,
        },
        replies: { notifier, alertDomain: alerts.alertDomain, from: alerts.alertFrom },
      },
      email,
    ),
});
