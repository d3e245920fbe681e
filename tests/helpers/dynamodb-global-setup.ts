import type { TestProject } from 'vitest/node';
import { startDynamoLocal } from '../../functions/local/dynamodb-local';

declare module 'vitest' {
  export interface ProvidedContext {
    /** DynamoDB Local's URL, or null when no integration test is in this run (so none was started). */
    dynamodbEndpoint: string | null;
  }
}

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
  // Smaller heap and a cheaper JIT: DynamoDB Local needs ~140 MB instead of ~190 MB this way.
  process.env.JAVA_TOOL_OPTIONS ??= '-Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1';
  const dynamo = await startDynamoLocal({ port: 0, dataDir: null });
  // Ctrl-C or a kill of vitest would otherwise leave Java holding its port (it runs in its own process group).
  const stopOnSignal = (signal: NodeJS.Signals) => {
    void dynamo.stop().finally(() => process.kill(process.pid, signal));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, stopOnSignal);
  project.provide('dynamodbEndpoint', dynamo.endpoint);
  return async () => {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.off(signal, stopOnSignal);
    await dynamo.stop();
  };
}

async function runIncludesIntegrationTests(project: TestProject): Promise<boolean> {
  // The CLI's file filters are not public API; without them we look at every test file (and start Java if needed).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters);
  return testFiles.some((file) => file.replaceAll('\\', '/').includes('/tests/integration/'));
}
