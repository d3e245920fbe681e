import path from 'node:path';
import type { NotifierConfig } from '../../shared/alerts/notifiers/create-notifier';
import type { AdminToken } from './admin-token';
import type { LocalEndpoints } from './endpoints-file';

/** What the banner describes. */
export interface BannerFacts {
  endpoints: LocalEndpoints;
  dataDir: string;
  adminToken: AdminToken;
  adminTokenFile: string;
  notifier: NotifierConfig;
  watchAddresses: string[] | null;
  sweepIntervalSeconds: number;
  /** The folder commands are typed in: paths under it are shown relative to it. */
  cwd: string;
}

const DEFAULT_API = 'http://127.0.0.1:3000';
const DEFAULT_DATA_DIR = '.data';

/**
 * The short human banner printed once everything listens: where each part is, and the exact commands to create
 * the first user and send the first email (with the environment they need when not on the defaults).
 */
export function startBanner(facts: BannerFacts): string {
  const { endpoints } = facts;
  const shown = (file: string) => {
    const relative = path.relative(facts.cwd, file);
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
  };
  const dataDir = shown(facts.dataDir);
  const tokenText =
    facts.adminToken.source === 'env'
      ? '"$ADMIN_TOKEN"'
      : `"$(cat ${quoteForShell(shown(facts.adminTokenFile))})"`;
  const apiEnv = endpoints.api === DEFAULT_API ? '' : `INBOX_WATCHER_URL=${endpoints.api} `;
  const dataEnv = dataDir === DEFAULT_DATA_DIR ? '' : `DATA_DIR=${quoteForShell(dataDir)} `;
  const tokenWhere =
    facts.adminToken.source === 'env'
      ? 'from ADMIN_TOKEN'
      : `${shown(facts.adminTokenFile)}${facts.adminToken.source === 'created' ? ' (created now)' : ''}`;
  const recipients = facts.watchAddresses === null ? 'mail to any address' : facts.watchAddresses.join(', ');
  const body = JSON.stringify({ email: 'you@example.com', forwardingAddresses: ['you@example.com'] });
  return [
    '',
    `inbox-watcher is running; data in ${dataDir}`,
    `  API          ${endpoints.api}  (reference: ${endpoints.api}/docs)`,
    `  SMTP         ${endpoints.smtp.host}:${endpoints.smtp.port}  (${recipients})`,
    `  DynamoDB     ${endpoints.dynamodb}  (table ${endpoints.tableName})`,
    `  Alerts       ${alertsWhere(facts.notifier, shown)}`,
    `  Sweep        every ${facts.sweepIntervalSeconds} s`,
    `  Admin token  ${tokenWhere}`,
    '',
    'Create your first user (its From address is the one you forward from):',
    `  ${apiEnv}npx inbox-watcher users add you@example.com --forward you@example.com --admin-token ${tokenText}`,
    'or with curl:',
    `  curl -s -X POST ${endpoints.api}/v1/users -H "Authorization: Bearer ${tokenText.slice(1, -1)}" -H 'Content-Type: application/json' -d '${body}'`,
    'Then forward a saved email to it:',
    `  ${dataEnv}npx inbox-watcher send message.eml`,
    'Stop with Ctrl-C.',
    '',
  ].join('\n');
}

function alertsWhere(notifier: NotifierConfig, shown: (file: string) => string): string {
  switch (notifier.channel) {
    case 'outbox':
      return `${shown(notifier.directory)}/*.eml`;
    case 'smtp': {
      const url = new URL(notifier.url);
      return `SMTP relay ${url.protocol}//${url.host}`;
    }
    case 'ses':
      return `Amazon SES (${notifier.region})`;
    case 'webhook':
      return `webhook ${new URL(notifier.url).origin}`;
  }
}

function quoteForShell(text: string): string {
  return /^[\w./@:+-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
