// zod/mini: the classic build would add ~450 KB to every function bundle that reads its configuration.
import * as z from 'zod/mini';

/** Environment variables as a plain record (process.env in production, a literal in tests). */
export type Environment = Record<string, string | undefined>;

/** Thrown at start-up when the environment is missing or malformed: fail fast, never half-configured. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

// Only "true"/"false" are accepted: a typo such as "flase" must not silently mean false.
const booleanText = z.pipe(
  z.enum(['true', 'false'], 'must be "true" or "false"'),
  z.transform((text: 'true' | 'false') => text === 'true'),
);
const positiveIntegerText = z.pipe(
  z.string().check(z.regex(/^[1-9]\d*$/, 'must be a positive whole number')),
  z.transform(Number),
);
const optionalUrl = z.optional(z.url('must be a URL such as http://127.0.0.1:8000'));
const required = (minimum: number) =>
  z.string('is required').check(z.minLength(minimum, `must be at least ${minimum} characters`));

const storeShape = {
  TABLE_NAME: required(3),
  DYNAMODB_ENDPOINT: optionalUrl,
  AWS_REGION: z._default(required(1), 'us-east-1'),
};
const storeSchema = z.object(storeShape);

const inboundSchema = z.object({
  ...storeShape,
  RAW_MAIL_BUCKET: required(3),
  RAW_MAIL_PREFIX: z._default(z.string(), ''),
  S3_ENDPOINT: optionalUrl,
  REJECT_SPOOFED: z._default(booleanText, true),
  MAX_MESSAGE_BYTES: z._default(positiveIntegerText, 10 * 1024 * 1024),
  DEDUPE_TTL_DAYS: z._default(positiveIntegerText, 30),
  LOG_LEVEL: z._default(
    z.enum(['debug', 'info', 'warn', 'error'], 'must be debug, info, warn or error'),
    'info',
  ),
});

/** Where the single table lives; `endpoint` is set for DynamoDB Local. */
export interface StoreConfig {
  tableName: string;
  endpoint: string | undefined;
  region: string;
}

/** Everything the inbound-email function needs. */
export interface InboundConfig {
  store: StoreConfig;
  rawMail: { bucket: string; prefix: string; s3Endpoint: string | undefined };
  rejectSpoofed: boolean;
  maxMessageBytes: number;
  dedupeTtlDays: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
}

function parse<T extends z.ZodMiniType>(schema: T, env: Environment): z.output<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
}

/** Reads TABLE_NAME, DYNAMODB_ENDPOINT (optional) and AWS_REGION. */
export function loadStoreConfig(env: Environment): StoreConfig {
  const values = parse(storeSchema, env);
  return { tableName: values.TABLE_NAME, endpoint: values.DYNAMODB_ENDPOINT, region: values.AWS_REGION };
}

/**
 * Reads the inbound function's configuration: the store, RAW_MAIL_BUCKET and RAW_MAIL_PREFIX (where the SES S3
 * action put the message), S3_ENDPOINT (optional, for a local S3), REJECT_SPOOFED (default true),
 * MAX_MESSAGE_BYTES (default 10 MiB), DEDUPE_TTL_DAYS (default 30) and LOG_LEVEL (default info).
 */
export function loadInboundConfig(env: Environment): InboundConfig {
  const values = parse(inboundSchema, env);
  return {
    store: { tableName: values.TABLE_NAME, endpoint: values.DYNAMODB_ENDPOINT, region: values.AWS_REGION },
    rawMail: {
      bucket: values.RAW_MAIL_BUCKET,
      prefix: values.RAW_MAIL_PREFIX,
      s3Endpoint: values.S3_ENDPOINT,
    },
    rejectSpoofed: values.REJECT_SPOOFED,
    maxMessageBytes: values.MAX_MESSAGE_BYTES,
    dedupeTtlDays: values.DEDUPE_TTL_DAYS,
    logLevel: values.LOG_LEVEL,
  };
}
