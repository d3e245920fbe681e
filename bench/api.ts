/**
 * Requests per second and p50/p99 latency of GET /v1/cases and GET /v1/cases/{id} on the local Node server, with
 * DynamoDB Local holding 1,000 cases for one user, next to GET /healthz (the framework's own ceiling here).
 *
 *   npm run bench:api [-- --cases 1000 --seconds 5 --connections 10]
 *
 * The bench starts its own DynamoDB Local (in memory) and the API server in a child process (so the load
 * generator, autocannon, does not share the server's event loop), and stops both when done or after a time limit.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LOCAL_AWS, startDynamoLocal } from '../functions/local/dynamodb-local';
import { loadApiConfig } from '../shared/api/api-config';
import { createApp } from '../shared/api/app';
import { createApiDeps } from '../shared/api/deps';
import { serveApi } from '../shared/api/serve';
import { newId } from '../shared/cases/ids';
import { openManualCase } from '../shared/cases/manual-case';
import { TRANSITION_DEPS } from '../shared/cases/transition-deps';
import { DEFAULT_PROMISE_WINDOWS, type User } from '../shared/cases/user';
import { saveCase } from '../shared/store/cases';
import { createDynamoClient, createTableHandle } from '../shared/store/client';
import { ensureTable } from '../shared/store/ensure-table';
import { issueToken } from '../shared/store/tokens';
import { saveUser } from '../shared/store/users';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<AutocannonResult>;

// The whole run, DynamoDB Local start and seeding included, must end by itself.
const OVERALL_LIMIT_MS = 5 * 60_000;

if (process.argv.includes('--serve')) await serveChild();
else await main();

/** Child role: serves the app exactly as `npm start` would (configuration from the environment). */
async function serveChild(): Promise<void> {
  const app = createApp(createApiDeps(loadApiConfig(process.env)));
  const server = await serveApi(app, { port: 0 });
  process.send?.({ url: server.url });
  process.on('disconnect', () => {
    void server.close().finally(() => process.exit(0));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '1000' },
      seconds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
    },
  });
  const caseCount = Number(values.cases);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);

  const stopAll: (() => void)[] = [];
  const cleanUp = () => {
    for (const stop of stopAll.reverse()) stop();
  };
  process.once('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanUp();
      process.exit(130);
    });
  }
  const limit = setTimeout(() => {
    console.error(`bench:api: gave up after ${OVERALL_LIMIT_MS / 1000} s`);
    process.exit(1);
  }, OVERALL_LIMIT_MS);
  limit.unref();

  process.env.JAVA_TOOL_OPTIONS ??= '-Xmx128m -XX:+UseSerialGC';
  const dynamo = await startDynamoLocal({ port: 0, dataDir: null });
  stopAll.push(() => void dynamo.stop());
  const endpoint = dynamo.endpoint;
  const client = createDynamoClient({ ...LOCAL_AWS, endpoint });
  const tableName = 'bench-api';
  await ensureTable(client, tableName);
  const table = createTableHandle(client, tableName);

  const seedStarted = Date.now();
  const { token, caseIds } = await seed(table, caseCount);
  console.log(
    `seeded ${caseCount} cases for one user in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`,
  );

  const adminToken = randomBytes(24).toString('base64url');
  const child = await startServerChild({
    TABLE_NAME: tableName,
    DYNAMODB_ENDPOINT: endpoint,
    AWS_REGION: 'us-east-1',
    ADMIN_TOKEN: adminToken,
    LOG_LEVEL: 'warn',
  });
  stopAll.push(() => child.process.kill('SIGKILL'));

  const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;
  const headers = { authorization: `Bearer ${token}` };
  let next = 0;
  const runs: [string, Record<string, unknown>][] = [
    ['GET /healthz', { url: `${child.url}/healthz` }],
    ['GET /v1/cases (20 per page)', { url: `${child.url}/v1/cases`, headers }],
    ['GET /v1/cases?view=summary', { url: `${child.url}/v1/cases?view=summary`, headers }],
    [
      'GET /v1/cases/{id}',
      {
        url: child.url,
        headers,
        requests: [
          {
            method: 'GET',
            // A different case each request, so no one item stays hot.
            setupRequest: (request: Record<string, unknown>) => ({
              ...request,
              path: `/v1/cases/${caseIds[next++ % caseIds.length]}`,
            }),
          },
        ],
      },
    ],
  ];

  const rows: string[][] = [];
  for (const [label, options] of runs) {
    await autocannon({ ...options, connections, duration: 1 }); // warm-up: JIT, connection pools
    const result = await autocannon({ ...options, connections, duration: seconds });
    rows.push([
      label,
      result.requests.average.toFixed(0),
      String(result.latency.p50),
      String(result.latency.p99),
      String(result.requests.total),
      String(result.non2xx + result.errors + result.timeouts),
    ]);
  }

  console.log(
    `\n${connections} connections, ${seconds} s per endpoint, loopback; server and DynamoDB Local on this machine\n`,
  );
  const header = ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'failed'];
  const widths = header.map((name, column) =>
    Math.max(name.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  for (const row of [header, ...rows]) {
    console.log(
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  '),
    );
  }

  child.process.disconnect();
  client.destroy();
  cleanUp();
  process.off('exit', cleanUp);
  clearTimeout(limit);
}

/** One user and `count` hand-made cases (with an expectation and three timeline entries each). */
async function seed(table: ReturnType<typeof createTableHandle>, count: number) {
  const issued = issueToken();
  const at = new Date().toISOString();
  const user: User = {
    id: newId(),
    email: 'bench@example.test',
    forwardingAddresses: ['bench@mail.test'],
    alertEmail: null,
    timeZone: 'Europe/Sofia',
    language: 'en',
    defaultWindows: DEFAULT_PROMISE_WINDOWS,
    tokenHashes: [issued.hash],
    createdAt: at,
    updatedAt: at,
    version: 0,
  };
  await saveUser(table, null, user);
  const deps = TRANSITION_DEPS;
  const vendors = ['constantcontact.com', 'netflix.com', 'hulu.com', 'amazon.com', 'shop.example'];
  const caseIds: string[] = [];
  const batch = 16;
  for (let start = 0; start < count; start += batch) {
    const saves = [];
    for (let index = start; index < Math.min(count, start + batch); index += 1) {
      const opened = openManualCase(
        {
          vendor: { domain: vendors[index % vendors.length] ?? 'shop.example', name: null },
          title: null,
          expectations: [
            {
              expect: 'refund.confirmed',
              due: { kind: 'within', within: { value: 2, unit: 'business_days' } },
            },
          ],
          promisedAt: new Date(),
          refundEligibleUntil: null,
          note: `phone call ${index}`,
          reference: `REF-${index}`,
        },
        user,
        deps,
        new Date(),
      );
      caseIds.push(opened.id);
      saves.push(saveCase(table, { before: null, after: opened }));
    }
    await Promise.all(saves);
  }
  return { token: issued.token, caseIds };
}

function startServerChild(env: Record<string, string>): Promise<{ process: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--serve'], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...env, NODE_NO_WARNINGS: '1' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (message) => resolve({ process: child, url: (message as { url: string }).url }));
    child.once('exit', (code) => reject(new Error(`API server exited early (${code})`)));
  });
}
