import { createHash, randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** A raw message kept on disk under the id it is ingested with. */
export interface KeptRawMessage {
  messageId: string;
  path: string;
}

/**
 * The local delivery id of a message: derived from its bytes, so replaying the same file is recognised as the
 * same delivery (as SES redelivering one message keeps its id) and applied once.
 */
export function localMessageId(raw: Buffer): string {
  return `local-${createHash('sha256').update(raw).digest('hex').slice(0, 40)}`;
}

/**
 * Keeps the raw message as `folder/<messageId>` before it is ingested, the way SES's S3 action stores it first.
 * Atomic (temporary file, flushed, renamed), so the file is either absent or complete; writing the same message
 * again replaces it with the same bytes.
 */
export async function keepRawMessage(folder: string, raw: Buffer): Promise<KeptRawMessage> {
  const messageId = localMessageId(raw);
  const target = path.join(folder, messageId);
  const temporary = path.join(folder, `.${messageId}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.writeFile(raw);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return { messageId, path: target };
}
