/**
 * Size and cold import time of each Lambda bundle, built by esbuild with exactly the stack's settings
 * (infra/constructs/bundling.ts). Cold import: a fresh `node` importing the bundle from a .mjs file (as the Lambda
 * runtime imports an ES module handler), against a fresh `node` running an empty .mjs file; every variant runs
 * once per round, interleaved, so machine noise falls on all alike; medians of N rounds. Wall time is what the
 * targets are stated in; CPU time (user + system of the child) is printed beside it because it barely moves when
 * other work shares the machine.
 * Targets: inbound-email < 2 MB and < 3.5x; api and overdue-sweep < 500 KB and < 2x.
 *
 *   npm run bench:bundles [-- --runs 10]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import {
  esbuildBuildOptions,
  FUNCTION_ENTRIES,
  type FunctionName,
  REPO_ROOT,
  RUNTIME_NODE_OPTIONS,
} from '../infra/constructs/bundling';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);

const TARGETS: Record<FunctionName, { maxBytes: number; maxRatio: number }> = {
  inboundEmail: { maxBytes: 2_000_000, maxRatio: 3.5 },
  api: { maxBytes: 500_000, maxRatio: 2 },
  overdueSweep: { maxBytes: 500_000, maxRatio: 2 },
};

// Known heavy dependencies whose import chain is worth printing when they land in a bundle.
const HEAVY_PACKAGES = ['date-holidays', 'moment-timezone', 'mailparser', 'nodemailer', 'zod'];

// Inside the repository so esbuild resolves packages from node_modules as it does for the stack.
const workDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'inbox-watcher-bench-bundles');

// What the handlers read at module load; fake values, nothing is called.
const HANDLER_ENV = {
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  TABLE_NAME: 'inbox-watcher-bench',
  RAW_MAIL_BUCKET: 'raw-mail-bench',
  RAW_MAIL_PREFIX: 'raw/',
  ALERT_FROM: 'alerts@example.com',
  ALERT_CHANNEL: 'ses',
  ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef',
  ADMIN_TOKEN_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:bench',
};

// The last line every measured script prints: the CPU time the whole process used, in milliseconds.
const REPORT_CPU =
  'const used = process.cpuUsage();\nconsole.log(JSON.stringify({ cpuMs: (used.user + used.system) / 1000 }));\n';

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Wall and CPU time of a fresh node process running `file`; throws if it fails. */
function timeNode(file: string, nodeOptions: string): Timing {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [file], {
    env: { PATH: process.env.PATH, NODE_OPTIONS: nodeOptions, NODE_NO_WARNINGS: '1', ...HANDLER_ENV },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${file} failed: ${result.stderr || result.error?.message}`);
  const { cpuMs } = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '{}') as { cpuMs: number };
  return { wallMs, cpuMs };
}

/** The shortest import chain from the entry to the first input inside `packageName`, or null. */
function importChain(metafile: Metafile, entry: string, packageName: string): string[] | null {
  const previous = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    if (current.includes(`node_modules/${packageName}/`)) {
      const chain: string[] = [];
      for (let step: string | null = current; step !== null; step = previous.get(step) ?? null)
        chain.unshift(step);
      return chain;
    }
    for (const { path: next } of metafile.inputs[current]?.imports ?? []) {
      if (!previous.has(next) && metafile.inputs[next]) {
        previous.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}

/** Bytes each package (or the project's own code, by top folder) contributes to the bundle, largest first. */
function contributions(metafile: Metafile): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const owner = match?.[1] ?? input.split('/').slice(0, 2).join('/');
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

interface Bundle {
  label: string;
  entry: string;
  bytes: number;
  gzipBytes: number;
  mapBytes: number;
  metafile: Metafile;
  importer: string;
}

/** Builds `entry` as the stack does and writes the .mjs file that imports it and checks for `handler`. */
async function bundle(label: string, entry: string): Promise<Bundle> {
  const outfile = path.join(workDir, label, 'index.mjs');
  const { metafile } = await build({
    ...esbuildBuildOptions(),
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    outfile,
    metafile: true,
    logLevel: 'error',
  });
  const code = readFileSync(outfile);
  const importer = path.join(workDir, label, 'import.mjs');
  writeFileSync(
    importer,
    `const mod = await import('./index.mjs');\nif (typeof mod.handler !== 'function') process.exit(3);\n${REPORT_CPU}`,
  );
  return {
    label,
    entry,
    bytes: code.length,
    gzipBytes: gzipSync(code).length,
    mapBytes: statSync(`${outfile}.map`).size,
    metafile,
    importer,
  };
}

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const emptyModule = path.join(workDir, 'empty.mjs');
writeFileSync(emptyModule, REPORT_CPU);

// Reference points: handlers that only create what a function cannot do without, bundled the same way. They
// show how far below the targets a function's own code could go: not below the clients it must load.
const REFERENCES = [
  {
    label: 'dynamodb-client-only',
    says: 'only the DynamoDB client (every function)',
    code:
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\n" +
      "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\n" +
      'const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));\n' +
      'export const handler = async () => client.config.region();\n',
  },
  {
    label: 'inbound-clients-only',
    says: 'only the DynamoDB and S3 clients and mailparser (the inbound function)',
    code:
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\n" +
      "import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\n" +
      "import { S3Client } from '@aws-sdk/client-s3';\n" +
      "import { simpleParser } from 'mailparser';\n" +
      'const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));\n' +
      'const s3 = new S3Client({});\n' +
      'export const handler = async (raw) => [client, s3, await simpleParser(raw)];\n',
  },
];
for (const { label, code } of REFERENCES) writeFileSync(path.join(workDir, `${label}.mjs`), code);

const names = (Object.keys(FUNCTION_ENTRIES) as FunctionName[]).filter((name) =>
  existsSync(path.join(REPO_ROOT, FUNCTION_ENTRIES[name])),
);
const bundles = new Map<FunctionName, Bundle>();
for (const name of names) bundles.set(name, await bundle(name, FUNCTION_ENTRIES[name]));
const references: Bundle[] = [];
for (const { label } of REFERENCES) {
  references.push(await bundle(label, path.relative(REPO_ROOT, path.join(workDir, `${label}.mjs`))));
}

// One round runs every variant once; the first round only warms the file cache.
const variants: { key: string; file: string; nodeOptions: string }[] = [
  { key: 'empty', file: emptyModule, nodeOptions: RUNTIME_NODE_OPTIONS },
  ...[...bundles.values(), ...references].flatMap((built) => [
    { key: built.label, file: built.importer, nodeOptions: RUNTIME_NODE_OPTIONS },
    { key: `${built.label}/no-maps`, file: built.importer, nodeOptions: '' },
  ]),
];
const timings = new Map(variants.map(({ key }) => [key, [] as Timing[]]));
for (let round = -1; round < runs; round++) {
  for (const { key, file, nodeOptions } of variants) {
    const timing = timeNode(file, nodeOptions);
    if (round >= 0) timings.get(key)?.push(timing);
  }
}
const medianOf = (key: string) => {
  const measured = timings.get(key) ?? [];
  return { wallMs: median(measured.map((t) => t.wallMs)), cpuMs: median(measured.map((t) => t.cpuMs)) };
};
const empty = medianOf('empty');
const versusEmpty = (timing: Timing) =>
  `wall ${timing.wallMs.toFixed(0)} ms = ${(timing.wallMs / empty.wallMs).toFixed(2)}x, ` +
  `CPU ${timing.cpuMs.toFixed(0)} ms = ${(timing.cpuMs / empty.cpuMs).toFixed(2)}x`;

console.log(
  `Lambda bundles (esbuild ESM, minified, AWS SDK bundled), median of ${runs} interleaved cold imports; ` +
    `node ${process.version}, NODE_OPTIONS=${RUNTIME_NODE_OPTIONS}`,
);
console.log(
  `empty node    wall ${empty.wallMs.toFixed(0)} ms, CPU ${empty.cpuMs.toFixed(0)} ms (the 1x of every ratio)`,
);
let allMet = true;
for (const name of Object.keys(FUNCTION_ENTRIES) as FunctionName[]) {
  const built = bundles.get(name);
  if (!built) {
    console.log(`${name.padEnd(13)} ${FUNCTION_ENTRIES[name]} does not exist yet: not measured`);
    allMet = false;
    continue;
  }
  const target = TARGETS[name];
  const cold = medianOf(name);
  const sizeMet = built.bytes < target.maxBytes;
  const importMet = cold.wallMs / empty.wallMs < target.maxRatio;
  allMet &&= sizeMet && importMet;
  console.log(
    `${name.padEnd(13)} ${kb(built.bytes)} (gzip ${kb(built.gzipBytes)}, map ${kb(built.mapBytes)}); ` +
      `target < ${kb(target.maxBytes)}: ${sizeMet ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `${''.padEnd(13)} cold import ${versusEmpty(cold)}; target < ${target.maxRatio}x: ${importMet ? 'OK' : 'MISSED'}`,
  );
  console.log(`${''.padEnd(13)} without --enable-source-maps: ${versusEmpty(medianOf(`${name}/no-maps`))}`);
  const top = contributions(built.metafile)
    .slice(0, 8)
    .map(([owner, size]) => `${owner} ${kb(size)}`);
  console.log(`${''.padEnd(13)} largest: ${top.join(', ')}`);
  for (const heavy of HEAVY_PACKAGES) {
    const chain = importChain(built.metafile, built.entry, heavy);
    if (chain)
      console.log(
        `${''.padEnd(13)} ${heavy} via ${chain.map((step) => step.replace(/^node_modules\//, '')).join(' -> ')}`,
      );
  }
}
REFERENCES.forEach(({ says }, index) => {
  const reference = references[index] as Bundle;
  console.log(
    `reference     a bundle creating ${says}: ${kb(reference.bytes)}, ${versusEmpty(medianOf(reference.label))}`,
  );
});
console.log(allMet ? 'All targets met.' : 'Some targets missed (see MISSED above).');
