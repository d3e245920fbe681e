import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../logger';
import type { ComposedAlert } from '../composed-alert';
import { renderRawMessage } from '../raw-message';
import { AlertSendError, type Notifier, type SendReceipt } from './notifier';

/** The file operations the outbox uses, injectable so tests can stop a write half-way. */
export type OutboxFileSystem = Pick<typeof fs, 'mkdir' | 'open' | 'rename' | 'rm'>;

export interface OutboxNotifierOptions {
  directory: string;
  /** Receives one line per alert written. */
  logger: Logger;
  fileSystem?: OutboxFileSystem;
}

const CHANNEL = 'outbox';

/**
 * The outbox file name of an alert: its id with anything but letters, digits, "-" and "_" replaced, plus a
 * short hash of the exact id, so that ids differing only in case or in replaced characters never share a file
 * (case-insensitive file systems included) and a resend of one id always lands on the same file.
 */
export function outboxFileName(alertId: string): string {
  const readable = alertId.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80);
  const digest = createHash('sha256').update(alertId).digest('hex').slice(0, 12);
  return `${readable}-${digest}.eml`;
}

/**
 * Writes each alert as one .eml file in a folder (the local default channel). Atomic: the message goes to a
 * hidden temporary file in the same folder, is flushed to disk, then renamed over the final name, so readers
 * of *.eml never see a partial message, and a resend of the same alert id replaces the file instead of adding
 * one. The folder is created at the first send, not on every one. The receipt id is the file's path.
 */
export function createOutboxNotifier(options: OutboxNotifierOptions): Notifier {
  const files = options.fileSystem ?? fs;
  const directory = path.resolve(options.directory);
  // Shared by concurrent first sends; forgotten when it fails, or when the folder vanished later (ENOENT), so it
  // is created again.
  let folderReady: Promise<unknown> | null = null;
  const ensureFolder = () => {
    folderReady ??= files.mkdir(directory, { recursive: true }).catch((error: unknown) => {
      folderReady = null;
      throw error;
    });
    return folderReady;
  };
  return {
    async send(alert: ComposedAlert): Promise<SendReceipt> {
      const target = path.join(directory, outboxFileName(alert.meta.alertId));
      // Hidden and not ending in .eml: never mistaken for an alert, even when a crash leaves it behind.
      const temporary = path.join(
        directory,
        `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
      );
      const raw = renderRawMessage(alert);
      const write = async () => {
        await ensureFolder();
        try {
          const handle = await files.open(temporary, 'wx', 0o600);
          try {
            await handle.writeFile(raw);
            await handle.sync();
          } finally {
            await handle.close();
          }
          await files.rename(temporary, target);
        } catch (error) {
          await files.rm(temporary, { force: true }).catch(() => {});
          throw error;
        }
      };
      try {
        await write().catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
          // The folder went away after it was made (someone cleared the outbox): make it again, once.
          folderReady = null;
          await write();
        });
      } catch (error) {
        throw new AlertSendError(
          `could not write alert ${alert.meta.alertId} to the outbox: ${String(error)}`,
          {
            channel: CHANNEL,
            permanent: false,
            cause: error,
          },
        );
      }
      await syncDirectory(files, directory);
      options.logger.info(`alert → ${target}: ${alert.subject}`, {
        alertId: alert.meta.alertId,
        caseId: alert.meta.caseId,
        reason: alert.meta.reason,
        to: alert.to,
        file: target,
      });
      return { channel: CHANNEL, id: target };
    },
  };
}

/** Flushes the rename itself to disk where the platform allows opening a folder (not on Windows). */
async function syncDirectory(files: OutboxFileSystem, directory: string): Promise<void> {
  const handle = await files.open(directory, 'r').catch(() => null);
  if (handle === null) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the rename is still atomic, only its durability is weaker.
  } finally {
    await handle.close();
  }
}
