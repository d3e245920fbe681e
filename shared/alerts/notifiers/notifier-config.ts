import path from 'node:path';
// zod/mini: the classic build would add ~450 KB to the sweep's bundle.
import * as z from 'zod/mini';

const text = (what: string) =>
  z.string({ error: `must be ${what}` }).check(z.minLength(1, `must be ${what}`));
const webUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

const notifierConfigSchema = z.discriminatedUnion(
  'channel',
  [
    z.object({ channel: z.literal('outbox'), directory: text('a folder path') }),
    z.object({
      channel: z.literal('smtp'),
      url: z.url({ protocol: /^smtps?$/, error: 'must look like smtp://user:pass@host:port or smtps://…' }),
    }),
    z.object({
      channel: z.literal('ses'),
      region: text('an AWS region such as "eu-west-1"'),
      endpoint: z.optional(webUrl),
      configurationSetName: z.optional(text('an SES configuration set name')),
    }),
    z.object({
      channel: z.literal('webhook'),
      url: webUrl,
      secret: z.string().check(z.minLength(16, 'must be at least 16 characters (a shared HMAC secret)')),
      maxAttempts: z
        .number({ error: 'must be a whole number from 1 to 10' })
        .check(z.int(), z.minimum(1), z.maximum(10, 'must be a whole number from 1 to 10')),
    }),
  ],
  { error: 'must be one of ses, smtp, outbox, webhook' },
);

/** Which channel alerts go out on, with that channel's settings. */
export type NotifierConfig = z.infer<typeof notifierConfigSchema>;

/** A missing or malformed alert channel setting, found at start-up. */
export class NotifierConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the alert channel from the environment:
 * - ALERT_CHANNEL: ses | smtp | outbox | webhook; default smtp when SMTP_RELAY_URL is set, else outbox;
 * - outbox: ALERT_OUTBOX_DIR (default `$DATA_DIR/outbox`, DATA_DIR defaulting to `.data`);
 * - smtp: SMTP_RELAY_URL (`smtp://user:pass@host:port`);
 * - ses: AWS_REGION, optional SES_ENDPOINT (a local emulator) and SES_CONFIGURATION_SET;
 * - webhook: ALERT_WEBHOOK_URL, ALERT_WEBHOOK_SECRET (≥ 16 characters), ALERT_WEBHOOK_MAX_ATTEMPTS (default 5).
 * @throws NotifierConfigError naming each missing or invalid variable.
 */
export function loadNotifierConfig(env: Record<string, string | undefined>): NotifierConfig {
  const channel = env.ALERT_CHANNEL?.trim() || (env.SMTP_RELAY_URL ? 'smtp' : 'outbox');
  const variables: Record<string, string> = {
    directory: 'ALERT_OUTBOX_DIR',
    url: channel === 'smtp' ? 'SMTP_RELAY_URL' : 'ALERT_WEBHOOK_URL',
    region: 'AWS_REGION',
    endpoint: 'SES_ENDPOINT',
    configurationSetName: 'SES_CONFIGURATION_SET',
    secret: 'ALERT_WEBHOOK_SECRET',
    maxAttempts: 'ALERT_WEBHOOK_MAX_ATTEMPTS',
    channel: 'ALERT_CHANNEL',
  };
  const candidate: Record<string, unknown> = { channel };
  if (channel === 'outbox') {
    candidate.directory = env.ALERT_OUTBOX_DIR || path.join(env.DATA_DIR || '.data', 'outbox');
  } else if (channel === 'smtp') {
    candidate.url = env.SMTP_RELAY_URL;
  } else if (channel === 'ses') {
    candidate.region = env.AWS_REGION;
    candidate.endpoint = env.SES_ENDPOINT || undefined;
    candidate.configurationSetName = env.SES_CONFIGURATION_SET || undefined;
  } else if (channel === 'webhook') {
    candidate.url = env.ALERT_WEBHOOK_URL;
    candidate.secret = env.ALERT_WEBHOOK_SECRET;
    const attempts = env.ALERT_WEBHOOK_MAX_ATTEMPTS;
    candidate.maxAttempts = attempts === undefined || attempts === '' ? 5 : Number(attempts);
  }
  return validated(candidate, (key) => variables[key] ?? key);
}

/** Checks a configuration built in code. @throws NotifierConfigError naming each invalid setting. */
export function validateNotifierConfig(config: NotifierConfig): NotifierConfig {
  return validated(config, (key) => key);
}

function validated(candidate: unknown, nameOf: (key: string) => string): NotifierConfig {
  const result = notifierConfigSchema.safeParse(candidate);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.map(String).join('.');
    return key === '' ? issue.message : `${nameOf(key)}: ${issue.message}`;
  });
  throw new NotifierConfigError(`invalid alert channel configuration: ${problems.join('; ')}`);
}
