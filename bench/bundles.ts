/**
 * Size and cold import time of each Lambda bundle, built by esbuild with exactly the stack's settings
 * (infra/constructs/bundling.ts). Cold import: a fresh `node` importing the bundle from a .mjs file, against a
 * fresh `node` running an empty .mjs file; median of N runs each, with the runtime's NODE_OPTIONS.
 * Targets: inbound-email < 2 MB and < 3.5x; api and overdue-sweep < 500 KB and < 2x.
 *
 *   npm run bench:bundles [-- --runs 10]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build, type Metafile } from 'esbuild';
import {
  BUNDLE_SETTINGS,
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
const HEAVY_PACKAGES = ['date-holidays', 'moment-timezone', 'mailparser', 'zod'];

// Inside the repository so the external @aws-sdk/* imports resolve from node_modules, as on Lambda from the runtime.
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

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Wall time of a fresh node process running `file`, in milliseconds; throws if the import fails. */
function timeNode(file: string, nodeOptions = RUNTIME_NODE_OPTIONS): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [file], {
    env: { PATH: process.env.PATH, NODE_OPTIONS: nodeOptions, NODE_NO_WARNINGS: '1', ...HANDLER_ENV },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`node ${file} failed: ${result.stderr || result.error?.message}`);
  return elapsed;
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

/** Bytes each package (or the project's own code) contributes to the bundle output, largest first. */
function contributions(metafile: Metafile): [string, number][] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
      const owner = match?.[1] ?? 'project code';
      totals.set(owner, (totals.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} KB`;

rmSync(workDir, { recursive: true, force: true });
mkdirSync(workDir, { recursive: true });
const emptyModule = path.join(workDir, 'empty.mjs');
writeFileSync(emptyModule, '');

// Reference point: what every handler pays for the DynamoDB client the runtime provides, before any of our code.
const sdkOnlyModule = path.join(workDir, 'dynamodb-sdk-only.mjs');
writeFileSync(
  sdkOnlyModule,
  "await import('@aws-sdk/client-dynamodb');\nawait import('@aws-sdk/lib-dynamodb');\n",
);

const rows: string[] = [];
let allMet = true;
for (const name of Object.keys(FUNCTION_ENTRIES) as FunctionName[]) {
  const entry = FUNCTION_ENTRIES[name];
  if (!existsSync(path.join(REPO_ROOT, entry))) {
    rows.push(`${name.padEnd(13)} ${entry} does not exist yet: not measured`);
    allMet = false;
    continue;
  }
  const outfile = path.join(workDir, name, 'index.mjs');
  const { metafile } = await build({
    entryPoints: [entry],
    absWorkingDir: REPO_ROOT,
    outfile,
    bundle: true,
    target: BUNDLE_SETTINGS.target,
    platform: BUNDLE_SETTINGS.platform,
    format: BUNDLE_SETTINGS.format,
    minify: BUNDLE_SETTINGS.minify,
    sourcemap: BUNDLE_SETTINGS.sourcemap,
    mainFields: [...BUNDLE_SETTINGS.mainFields],
    external: [...BUNDLE_SETTINGS.external],
    banner: { js: BUNDLE_SETTINGS.banner },
    metafile: true,
    logLevel: 'error',
  });
  const bytes = statSync(outfile).size;
  const importer = path.join(workDir, name, 'import.mjs');
  writeFileSync(
    importer,
    "const mod = await import('./index.mjs');\nif (typeof mod.handler !== 'function') process.exit(3);\n",
  );

  // Alternate empty and bundle runs so machine noise falls on both alike.
  timeNode(emptyModule);
  timeNode(importer);
  const emptyTimes: number[] = [];
  const bundleTimes: number[] = [];
  const withoutMapsTimes: number[] = [];
  for (let run = 0; run < runs; run++) {
    emptyTimes.push(timeNode(emptyModule));
    bundleTimes.push(timeNode(importer));
    withoutMapsTimes.push(timeNode(importer, ''));
  }
  const empty = median(emptyTimes);
  const cold = median(bundleTimes);
  const withoutMaps = median(withoutMapsTimes);
  const ratio = cold / empty;
  const target = TARGETS[name];
  const met = bytes < target.maxBytes && ratio < target.maxRatio;
  allMet &&= met;
  rows.push(
    `${name.padEnd(13)} ${kb(bytes).padStart(8)} (target < ${kb(target.maxBytes)})  ` +
      `cold import ${cold.toFixed(0)} ms vs empty ${empty.toFixed(0)} ms = ${ratio.toFixed(2)}x (target < ${target.maxRatio}x)  ` +
      (met ? 'OK' : 'MISSED'),
  );
  rows.push(
    `${''.padEnd(13)} without --enable-source-maps: ${withoutMaps.toFixed(0)} ms = ${(withoutMaps / empty).toFixed(2)}x`,
  );
  const top = contributions(metafile)
    .slice(0, 6)
    .map(([owner, size]) => `${owner} ${kb(size)}`);
  rows.push(`${''.padEnd(13)} largest: ${top.join(', ')}`);
  for (const heavy of HEAVY_PACKAGES) {
    const chain = importChain(metafile, entry, heavy);
    if (chain)
      rows.push(
        `${''.padEnd(13)} ${heavy} via ${chain.map((step) => step.replace(/^node_modules\//, '')).join(' -> ')}`,
      );
  }
}

console.log(
  `Lambda bundles (esbuild ${BUNDLE_SETTINGS.format}, minified, AWS SDK external), median of ${runs} cold imports`,
);
console.log(`node ${process.version}, NODE_OPTIONS=${RUNTIME_NODE_OPTIONS}`);
for (const row of rows) console.log(row);
const sdkEmpty: number[] = [];
const sdkOnly: number[] = [];
for (let run = 0; run < runs; run++) {
  sdkEmpty.push(timeNode(emptyModule));
  sdkOnly.push(timeNode(sdkOnlyModule));
}
console.log(
  `reference     importing only @aws-sdk/client-dynamodb + lib-dynamodb: ${median(sdkOnly).toFixed(0)} ms = ` +
    `${(median(sdkOnly) / median(sdkEmpty)).toFixed(2)}x an empty process`,
);
console.log(allMet ? 'All targets met.' : 'Some targets missed (see MISSED above).');
