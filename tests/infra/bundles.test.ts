import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CfnElement } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ESM_REQUIRE_BANNER,
  FUNCTION_ENTRIES,
  type FunctionName,
  REPO_ROOT,
  RUNTIME_NODE_OPTIONS,
} from '../../infra/constructs/bundling';
import type { ServiceFunction } from '../../infra/constructs/service-function';
import type { InboxWatcherStack } from '../../infra/inbox-watcher-stack';
import { buildStack, missingEntryOverrides, PRODUCTION_CONTEXT } from './stack-fixture';

const run = promisify(execFile);

// Inside the repository, so the bundles' external `@aws-sdk/*` imports resolve from node_modules as on Lambda
// they resolve from the runtime.
const cacheDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'inbox-watcher-infra-tests');
let outdir: string;
let stack: InboxWatcherStack;

/** The directory CDK staged a function's bundle in (the asset's S3 key is its hash). */
function assetDirOf(fn: ServiceFunction): string {
  const logicalId = stack.getLogicalId(fn.function.node.defaultChild as CfnElement);
  const template = JSON.parse(readFileSync(path.join(outdir, `${stack.stackName}.template.json`), 'utf8'));
  const key: string = template.Resources[logicalId].Properties.Code.S3Key;
  return path.join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
}

beforeAll(() => {
  mkdirSync(cacheDir, { recursive: true });
  outdir = mkdtempSync(path.join(cacheDir, 'cdk.out-'));
  // Prepare: the one synth in the suite that bundles for real, with the local esbuild.
  const built = buildStack({ ...PRODUCTION_CONTEXT }, { bundle: true, outdir });
  stack = built.stack;
  built.app.synth();
}, 120_000);

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
});

describe('Bundles: what the synth stages for Lambda', () => {
  const cases = (Object.keys(FUNCTION_ENTRIES) as FunctionName[]).map((name) => ({
    name,
    entry: FUNCTION_ENTRIES[name],
  }));
  const stubs = missingEntryOverrides();

  it.each(cases)('bundles $entry as minified ESM with the require banner, exporting handler', ({ name }) => {
    const code = readFileSync(path.join(assetDirOf(stack[name]), 'index.mjs'), 'utf8');
    expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bhandler\b[^}]*\}/);
    // Minified: long lines (only template literals and legal comments break them), not one statement per line.
    expect(code.length / code.split('\n').length).toBeGreaterThan(1000);
  });

  it.each(cases)('maps the $entry bundle back to its handler source', ({ name, entry }) => {
    const map = JSON.parse(readFileSync(path.join(assetDirOf(stack[name]), 'index.mjs.map'), 'utf8'));
    const source = stubs[name] ? path.relative(REPO_ROOT, stubs[name] ?? '') : entry;
    expect((map.sources as string[]).some((mapped) => mapped.endsWith(source))).toBe(true);
  });

  it('keeps the AWS SDK out of the bundles (the runtime provides it)', () => {
    const code = readFileSync(path.join(assetDirOf(stack.inboundEmail), 'index.mjs'), 'utf8');
    expect(code).toMatch(/from\s*"@aws-sdk\/client-s3"/);
  });

  it('imports the inbound bundle under node from a .mjs file and finds the handler', async () => {
    // Prepare: a real ES module importing the bundle, as the Lambda runtime does.
    const checker = path.join(outdir, 'import-inbound.mjs');
    const bundle = path.join(assetDirOf(stack.inboundEmail), 'index.mjs');
    writeFileSync(
      checker,
      `const mod = await import(${JSON.stringify(bundle)});\nconsole.log(typeof mod.handler);\n`,
    );

    // Act
    const { stdout } = await run(process.execPath, [checker], {
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: RUNTIME_NODE_OPTIONS,
        NODE_NO_WARNINGS: '1',
        AWS_REGION: 'eu-west-1',
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        TABLE_NAME: 'inbox-watcher-test',
        RAW_MAIL_BUCKET: 'raw-mail-test',
        RAW_MAIL_PREFIX: 'raw/',
      },
    });

    // Assess
    expect(stdout.trim()).toBe('function');
  });
});
