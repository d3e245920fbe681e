/** What one deployment looks like, read from CDK context (`-c key=value` or cdk.json). */
export interface DeploymentSettings {
  /** `prod` keeps data on stack deletion and turns on deletion protection. */
  stage: string;
  /** The mail domain whose recipients the receipt rule accepts; absent → a placeholder and a synth warning. */
  domain: string | undefined;
  /** The address alerts are sent from; defaults to `alerts@<domain>`. */
  alertFrom: string;
  /** Days SES's copy of each raw message is kept in S3. */
  rawMailExpiryDays: number;
  /** Where alarm notifications go; absent → the topic has no subscriber. */
  alarmEmail: string | undefined;
  /** Origins allowed by CORS; empty → no CORS configuration at all. */
  corsOrigins: string[];
  /** Reserve Lambda concurrency (off for new accounts whose concurrency quota is still 10). */
  reserveConcurrency: boolean;
}

/** The context keys this app reads, in one place for errors and docs. */
export const CONTEXT_KEYS = [
  'stage',
  'domain',
  'alertFrom',
  'rawMailExpiryDays',
  'alarmEmail',
  'corsOrigins',
  'reserveConcurrency',
] as const;

/** Stands in for a missing `domain` so `cdk synth` works from a fresh clone; `.invalid` never receives mail. */
export const PLACEHOLDER_DOMAIN = 'inbox.example.invalid';

const DEFAULT_RAW_MAIL_EXPIRY_DAYS = 90;
const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const STAGE_PATTERN = /^[a-z][a-z0-9-]{0,19}$/;

/** Thrown when a context value is malformed; the message names the key and shows a valid example. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

type ContextReader = (key: (typeof CONTEXT_KEYS)[number]) => unknown;

// `-c key=value` always yields strings, cdk.json may yield numbers, booleans or arrays: accept both.
function text(read: ContextReader, key: (typeof CONTEXT_KEYS)[number]): string | undefined {
  const value = read(key);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(String).join(',');
  throw new SettingsError(`context ${key} must be a string, got ${typeof value}`);
}

function checked(value: string, pattern: RegExp, key: string, example: string): string {
  if (!pattern.test(value))
    throw new SettingsError(`context ${key}="${value}" is not valid, e.g. -c ${key}=${example}`);
  return value;
}

/** Reads and validates the deployment settings; `read` is usually `(key) => app.node.tryGetContext(key)`. */
export function readDeploymentSettings(read: ContextReader): DeploymentSettings {
  const stage = checked(text(read, 'stage') ?? 'prod', STAGE_PATTERN, 'stage', 'dev');
  const domainText = text(read, 'domain');
  const domain =
    domainText === undefined
      ? undefined
      : checked(domainText.toLowerCase(), DOMAIN_PATTERN, 'domain', 'inbox.example.com');
  const alertFromText = text(read, 'alertFrom');
  const alertFrom =
    alertFromText === undefined
      ? `alerts@${domain ?? PLACEHOLDER_DOMAIN}`
      : checked(alertFromText, EMAIL_PATTERN, 'alertFrom', 'alerts@example.com');
  const expiryText = text(read, 'rawMailExpiryDays') ?? String(DEFAULT_RAW_MAIL_EXPIRY_DAYS);
  const rawMailExpiryDays = Number(checked(expiryText, /^[1-9]\d{0,4}$/, 'rawMailExpiryDays', '30'));
  const alarmEmailText = text(read, 'alarmEmail');
  const alarmEmail =
    alarmEmailText === undefined
      ? undefined
      : checked(alarmEmailText, EMAIL_PATTERN, 'alarmEmail', 'ops@example.com');
  const corsOrigins = (text(read, 'corsOrigins') ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '')
    .map((origin) => checked(origin, /^https?:\/\/[^\s/]+$|^\*$/, 'corsOrigins', 'https://app.example.com'));
  const reserveText = text(read, 'reserveConcurrency') ?? 'true';
  const reserveConcurrency = checked(reserveText, /^(true|false)$/, 'reserveConcurrency', 'false') === 'true';
  return { stage, domain, alertFrom, rawMailExpiryDays, alarmEmail, corsOrigins, reserveConcurrency };
}
