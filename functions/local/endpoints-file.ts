import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where a running local stack listens; written to DATA_DIR so `send` and `sweep` can find it. */
export interface LocalEndpoints {
  pid: number;
  api: string;
  smtp: { host: string; port: number };
  dynamodb: string;
  tableName: string;
}

const FILE_NAME = 'endpoints.json';

export async function writeEndpointsFile(dataDir: string, endpoints: LocalEndpoints): Promise<void> {
  const target = path.join(dataDir, FILE_NAME);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(endpoints, null, 2)}\n`);
  await rename(temporary, target);
}

export async function removeEndpointsFile(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, FILE_NAME), { force: true });
}

/** The endpoints of the stack running on `dataDir`, or null when none is (no file, or its process is gone). */
export async function readEndpointsFile(dataDir: string): Promise<LocalEndpoints | null> {
  let text: string;
  try {
    text = await readFile(path.join(dataDir, FILE_NAME), 'utf8');
  } catch {
    return null;
  }
  const endpoints = JSON.parse(text) as LocalEndpoints;
  return isRunning(endpoints.pid) ? endpoints : null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
