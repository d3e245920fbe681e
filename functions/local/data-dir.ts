import { constants } from 'node:fs';
import { access, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalSetupError } from './local-errors';

/** Where the local stack keeps each kind of data under DATA_DIR. */
export interface DataDirLayout {
  root: string;
  /** DynamoDB Local's database file. */
  dynamodb: string;
  /** Raw inbound messages, one file per message id (what the S3 bucket holds on AWS). */
  raw: string;
  /** Alerts written by the outbox notifier. */
  outbox: string;
  adminTokenFile: string;
}

/** The layout of a DATA_DIR (no I/O). */
export function dataDirLayout(root: string): DataDirLayout {
  return {
    root,
    dynamodb: path.join(root, 'dynamodb'),
    raw: path.join(root, 'raw'),
    outbox: path.join(root, 'outbox'),
    adminTokenFile: path.join(root, 'admin-token'),
  };
}

/**
 * Creates DATA_DIR and its folders and proves it can be written, so a read-only or foreign folder fails at start
 * with a message saying what to do, not at the first email.
 * @throws LocalSetupError when DATA_DIR cannot be created or written.
 */
export async function prepareDataDir(root: string): Promise<DataDirLayout> {
  const layout = dataDirLayout(root);
  const probe = path.join(root, `.write-probe-${process.pid}`);
  try {
    for (const folder of [layout.root, layout.dynamodb, layout.raw, layout.outbox]) {
      await mkdir(folder, { recursive: true });
      await access(folder, constants.W_OK);
    }
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new LocalSetupError(
      `DATA_DIR ${root} is not writable (${code}); fix its permissions or choose another folder, e.g. DATA_DIR=$HOME/.inbox-watcher npm start`,
    );
  }
  return layout;
}
