/**
 * The overdue sweep's cost against the number of open cases, and its speed over many due alerts. Starts its own
 * in-memory DynamoDB Local on a free port and stops it at the end (or after a time limit).
 *
 * 1. 1,000 open cases of which 10 are due: index items read and the time of one sweep;
 * 2. 100,000 open cases of which 10 are due: the same (target: the same items read, i.e. flat);
 * 3. one sweep over 1,000 due alerts to the outbox (target: < 10 s).
 *
 *   npm run bench:sweep [-- --cases 100000 --alerts 1000 --concurrency 16]
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { LOCAL_AWS, startDynamoLocal } from '../functions/local/dynamodb-local';
import { createOutboxNotifier } from '../shared/alerts/notifiers/outbox-notifier';
import { runSweep, type SweepDeps } from '../shared/alerts/sweep';
import { type Case, newCase } from '../shared/cases/case';
import { newId } from '../shared/cases/ids';
import { newUser, type User } from '../shared/cases/user';
import { silentLogger } from '../shared/logger';
import { caseWrites } from '../shared/store/cases';
import { createDynamoClient, createTableHandle, type TableHandle } from '../shared/store/client';
import { ensureTable } from '../shared/store/ensure-table';
import { saveUser } from '../shared/store/users';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '100000' },
    alerts: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '16' },
    'time-limit': { type: 'string', default: '900' },
  },
});
const LARGE = Number(values.cases);
const SMALL = 1_000;
const DUE = 10;
const ALERTS = Number(values.alerts);
const USERS = 100;
const HOUR = 3_600_000;
const NOW = new Date('2026-03-02T10:00:00.000Z');

// Bounded: whatever happens, the process (and with it DynamoDB Local) ends.
const limit = setTimeout(() => {
  console.error(`bench:sweep stopped after its time limit of ${values['time-limit']} s`);
  process.exit(2);
}, Number(values['time-limit']) * 1000);
limit.unref();

const seconds = (startedAt: bigint) => Number(process.hrtime.bigint() - startedAt) / 1e9;

/** An open case waiting for a refund confirmation due at `dueAt` (no timeline: the sweep does not need one). */
function openCase(user: User, dueAt: Date): Case {
  const opened = newCase({
    id: newId(),
    userId: user.id,
    vendor: { domain: 'shop.example', name: 'Example Shop' },
    at: new Date(dueAt.getTime() - 48 * HOUR),
  });
  return {
    ...opened,
    title: 'Example Shop: refund',
    expectations: [
      {
        id: newId(),
        expect: 'refund.confirmed',
        status: 'pending',
        promisedAt: opened.createdAt,
        dueAt: dueAt.toISOString(),
        timeZone: 'UTC',
        source: { kind: 'promise', messageId: null, within: { value: 2, unit: 'days' } },
        metAt: null,
        metByMessageId: null,
        amount: null,
        currency: null,
        reference: null,
        nextAlertAt: dueAt.toISOString(),
        alertsSent: 0,
        lastAlertAt: null,
      },
    ],
  };
}

/**
 * Writes cases with BatchWrite, several batches at once, item by item as saveCase lays them out (header and
 * expectation items; the per-vendor record is an update, which BatchWrite cannot do, and the sweep never reads
 * it). Retries unprocessed items.
 */
async function seedCases(table: TableHandle, cases: Case[]): Promise<void> {
  const requests = cases.flatMap((caseRecord) =>
    caseWrites(table, { before: null, after: caseRecord }).flatMap((write) =>
      write.Put ? [{ PutRequest: { Item: write.Put.Item } }] : [],
    ),
  );
  const batches: (typeof requests)[] = [];
  for (let start = 0; start < requests.length; start += 25) batches.push(requests.slice(start, start + 25));
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      let batch = batches[next++] ?? [];
      while (batch.length > 0) {
        const result = await table.client.send(
          new BatchWriteCommand({ RequestItems: { [table.name]: batch } }),
        );
        batch = (result.UnprocessedItems?.[table.name] ?? []) as typeof batch;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

/** DynamoDB requests sent, by command (what the sweep costs DynamoDB Local, the bottleneck here). */
const requests = new Map<string, number>();

function countingRequests(table: TableHandle): TableHandle {
  const client = new Proxy(table.client, {
    get(target, property, receiver) {
      if (property !== 'send') return Reflect.get(target, property, receiver);
      return (command: { constructor: { name: string } }) => {
        const name = command.constructor.name.replace(/Command$/, '');
        requests.set(name, (requests.get(name) ?? 0) + 1);
        return target.send(command as never);
      };
    },
  });
  return { name: table.name, client };
}

function casesFor(users: User[], count: number, dueAt: (index: number) => Date): Case[] {
  return Array.from({ length: count }, (_, index) =>
    openCase(users[index % users.length] as User, dueAt(index)),
  );
}

// Not due: spread over the next 30 days. Due: within the last hour.
const later = (index: number) => new Date(NOW.getTime() + HOUR + ((index * 7919) % (30 * 24)) * HOUR);
const overdue = (index: number) => new Date(NOW.getTime() - 60_000 * (1 + (index % 60)));

process.env.JAVA_TOOL_OPTIONS ??= '-Xmx1g -XX:+UseSerialGC';
const dynamo = await startDynamoLocal({ port: 0, dataDir: null });
const client = createDynamoClient({ ...LOCAL_AWS, endpoint: dynamo.endpoint });
const outboxDir = await mkdtemp(path.join(tmpdir(), 'bench-sweep-outbox-'));
try {
  await ensureTable(client, 'bench-sweep');
  const table = countingRequests(createTableHandle(client, 'bench-sweep'));
  const users = await Promise.all(
    Array.from({ length: USERS }, (_, index) =>
      saveUser(
        table,
        null,
        newUser({
          id: `bench-user-${index}`,
          email: `user${index}@example.test`,
          forwardingAddresses: [],
          tokenHashes: [],
          at: NOW,
        }),
      ),
    ),
  );
  const deps: SweepDeps = {
    table,
    notifier: createOutboxNotifier({ directory: outboxDir, logger: silentLogger }),
    logger: silentLogger,
    alertDomain: 'alerts.example.test',
    from: 'inbox-watcher <alerts@example.test>',
    concurrency: Number(values.concurrency),
  };
  const sweepOnce = async (label: string, at: Date) => {
    const startedAt = process.hrtime.bigint();
    const report = await runSweep(deps, at);
    const took = seconds(startedAt);
    console.log(
      `${label}: sweep ${took.toFixed(3)} s, index items read ${report.itemsRead}, alerts sent ${report.alertsSent}, failed ${report.failed}`,
    );
    return { report, took };
  };

  console.log(`DynamoDB Local (in memory) on ${dynamo.endpoint}; ${USERS} users`);

  // 1. 1,000 open cases, 10 due.
  let startedAt = process.hrtime.bigint();
  await seedCases(table, [...casesFor(users, SMALL - DUE, later), ...casesFor(users, DUE, overdue)]);
  console.log(
    `seeded ${SMALL.toLocaleString('en')} open cases (${DUE} due) in ${seconds(startedAt).toFixed(1)} s`,
  );
  const small = await sweepOnce(`${SMALL.toLocaleString('en')} open cases`, NOW);

  // 2. Grow to LARGE open cases with 10 newly due (the first 10 are alerted, their next reminder a day away).
  startedAt = process.hrtime.bigint();
  const added = LARGE - SMALL;
  await seedCases(table, [...casesFor(users, added - DUE, later), ...casesFor(users, DUE, overdue)]);
  console.log(
    `seeded ${added.toLocaleString('en')} more open cases (${DUE} due) in ${seconds(startedAt).toFixed(1)} s ` +
      `(${Math.round((added * 2) / seconds(startedAt))} items/s)`,
  );
  const large = await sweepOnce(`${LARGE.toLocaleString('en')} open cases`, NOW);
  const flat = large.report.itemsRead === small.report.itemsRead;
  console.log(
    `flat: ${flat ? 'yes' : 'NO'} (${small.report.itemsRead} vs ${large.report.itemsRead} index items read; target: equal)`,
  );

  // 3. 1,000 due alerts in one sweep, to the outbox.
  startedAt = process.hrtime.bigint();
  await seedCases(table, casesFor(users, ALERTS, overdue));
  console.log(`seeded ${ALERTS.toLocaleString('en')} due cases in ${seconds(startedAt).toFixed(1)} s`);
  await rm(outboxDir, { recursive: true, force: true });
  requests.clear();
  const many = await sweepOnce(`${ALERTS.toLocaleString('en')} due alerts`, new Date(NOW.getTime() + 60_000));
  const perAlert = [...requests].map(([command, count]) => `${command} ${(count / ALERTS).toFixed(2)}`);
  console.log(`DynamoDB requests per alert: ${perAlert.join(', ')}`);
  const files = (await readdir(outboxDir)).filter((name) => name.endsWith('.eml')).length;
  console.log(
    `outbox: ${files} .eml files; ${(ALERTS / many.took).toFixed(0)} alerts/s; ` +
      `target < 10 s: ${many.took < 10 ? 'OK' : 'ABOVE TARGET'}`,
  );
} finally {
  client.destroy();
  await dynamo.stop();
  await rm(outboxDir, { recursive: true, force: true });
  clearTimeout(limit);
}
