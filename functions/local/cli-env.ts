import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { dataDirLayout } from './data-dir';
import { readEndpointsFile } from './endpoints-file';

/**
 * The environment for the API commands (`users`, `cases`) beside a local stack: when INBOX_WATCHER_URL is unset or
 * names the stack running on DATA_DIR, its API address and (for `users`) the admin token from DATA_DIR/admin-token
 * fill what is not set. A URL pointing elsewhere is left alone, so the local admin token never goes to another
 * server.
 */
export async function withLocalStackDefaults(
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): Promise<Record<string, string | undefined>> {
  const dataDir = path.resolve(cwd, env.DATA_DIR || '.data');
  const running = await readEndpointsFile(dataDir).catch(() => null);
  if (running === null) return env;
  const url = env.INBOX_WATCHER_URL;
  if (url !== undefined && url.replace(/\/+$/, '') !== running.api) return env;
  const adminToken =
    env.INBOX_WATCHER_ADMIN_TOKEN ??
    env.ADMIN_TOKEN ??
    (await readFile(dataDirLayout(dataDir).adminTokenFile, 'utf8').then(
      (text) => text.trim(),
      () => undefined,
    ));
  return { ...env, INBOX_WATCHER_URL: running.api, INBOX_WATCHER_ADMIN_TOKEN: adminToken };
}
