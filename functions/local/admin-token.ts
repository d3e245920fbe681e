import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';

/** The admin token in use and where it came from. */
export interface AdminToken {
  token: string;
  /** `env`: ADMIN_TOKEN; `created`: generated now and written to the file; `file`: read from the file. */
  source: 'env' | 'created' | 'file';
}

const MIN_LENGTH = 24;

/**
 * The admin token: ADMIN_TOKEN when set, else the one in `file` (DATA_DIR/admin-token), else a new random one
 * (192 bits) written there readable by the owner only, so later starts reuse it.
 */
export async function loadOrCreateAdminToken(configured: string | null, file: string): Promise<AdminToken> {
  if (configured !== null) return { token: configured, source: 'env' };
  const existing = await readTokenFile(file);
  if (existing !== null) return { token: existing, source: 'file' };
  const token = randomBytes(24).toString('base64url');
  try {
    await writeFile(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another start wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const written = await readTokenFile(file);
    if (written !== null) return { token: written, source: 'file' };
    throw error;
  }
  return { token, source: 'created' };
}

async function readTokenFile(file: string): Promise<string | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const token = text.trim();
  if (token.length < MIN_LENGTH) {
    throw new Error(
      `${file} holds no usable admin token (under ${MIN_LENGTH} characters); delete it to get a new one`,
    );
  }
  return token;
}
