import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CfnElement } from 'aws-cdk-lib';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CREDENTIAL_PROVIDERS_NEVER_LOADED,
  ESM_REQUIRE_BANNER,
  esbuildBuildOptions,
  FUNCTION_ENTRIES,
  type FunctionName,
  REPO_ROOT,
  RUNTIME_NODE_OPTIONS,
} from '../../infra/constructs/bundling';
import type { ServiceFunction } from '../../infra/constructs/service-function';
import type { InboxWatcherStack } from '../../infra/inbox-watcher-stack';
import { parseMessage } from '../../shared/mail/parse-message';
import { buildStack, missingEntryOverrides, PRODUCTION_CONTEXT } from './stack-fixture';

const run = promisify(execFile);

const cacheDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'inbox-watcher-infra-tests');
let outdir: string;
// Bundles are run from here, outside the repository: like /var/task on Lambda, no node_modules to fall back on.
let isolatedDir: string;
let stack: InboxWatcherStack;

// What the handlers read at module load; fake values, nothing is called.
const HANDLER_ENV = {
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'test',
  AWS_SECRET_ACCESS_KEY: 'test',
  TABLE_NAME: 'inbox-watcher-test',
  RAW_MAIL_BUCKET: 'raw-mail-test',
  RAW_MAIL_PREFIX: 'raw/',
  ALERT_FROM: 'alerts@example.com',
  ALERT_CHANNEL: 'ses',
  // Given directly, the API skips reading it from Secrets Manager (no network here).
  ADMIN_TOKEN: 'test-admin-token-0123456789abcdef',
};

/** Runs `script` (an ES module) with a fresh node in the isolated directory; returns its standard output. */
async function runModule(name: string, script: string): Promise<string> {
  const file = path.join(isolatedDir, name);
  writeFileSync(file, script);
  const { stdout } = await run(process.execPath, [file], {
    cwd: isolatedDir,
    env: {
      PATH: process.env.PATH,
      NODE_OPTIONS: RUNTIME_NODE_OPTIONS,
      NODE_NO_WARNINGS: '1',
      ...HANDLER_ENV,
    },
  });
  return stdout;
}

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
  isolatedDir = mkdtempSync(path.join(tmpdir(), 'inbox-watcher-bundles-'));
  // Prepare: the one synth in the suite that bundles for real, with the local esbuild.
  const built = buildStack({ ...PRODUCTION_CONTEXT }, { bundle: true, outdir });
  stack = built.stack;
  built.app.synth();
}, 120_000);

afterAll(() => {
  rmSync(outdir, { recursive: true, force: true });
  rmSync(isolatedDir, { recursive: true, force: true });
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

  it.each(cases)('stages for $entry exactly the bundle the benchmark measures', async ({ name, entry }) => {
    // Act: the same entry built with esbuild's own API from the shared settings, as bench/bundles.ts does.
    const { outputFiles } = await build({
      ...esbuildBuildOptions(),
      entryPoints: [stubs[name] ?? entry],
      absWorkingDir: REPO_ROOT,
      outfile: path.join(isolatedDir, 'same-settings', name, 'index.mjs'),
      write: false,
      logLevel: 'error',
    });

    // Assess
    const staged = readFileSync(path.join(assetDirOf(stack[name]), 'index.mjs'), 'utf8');
    expect(outputFiles.find((file) => file.path.endsWith('index.mjs'))?.text).toBe(staged);
  });

  it.each(cases)(
    'maps the $entry bundle back to its handler source, without copying the sources in',
    ({ name, entry }) => {
      const map = JSON.parse(readFileSync(path.join(assetDirOf(stack[name]), 'index.mjs.map'), 'utf8'));
      const source = stubs[name] ? path.relative(REPO_ROOT, stubs[name] ?? '') : entry;
      expect((map.sources as string[]).some((mapped) => mapped.endsWith(source))).toBe(true);
      expect(map.sourcesContent).toBeUndefined();
    },
  );

  it.each(cases)(
    'imports the $entry bundle with node from a .mjs file, away from node_modules',
    async ({ name }) => {
      // Prepare: the staged asset as Lambda unpacks it, imported the way the runtime imports an ES module handler.
      const functionDir = path.join(isolatedDir, name);
      cpSync(assetDirOf(stack[name]), functionDir, { recursive: true });

      // Act
      const stdout = await runModule(
        `import-${name}.mjs`,
        `const mod = await import(${JSON.stringify(path.join(functionDir, 'index.mjs'))});\nconsole.log(typeof mod.handler);\n`,
      );

      // Assess
      expect(stdout.trim()).toBe('function');
    },
  );
});

describe('Bundles: what the bundle settings leave out', () => {
  const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

  it.each(Object.entries(FUNCTION_ENTRIES))(
    'bundles every package %s uses, the AWS SDK included, except credential providers it only imports lazily',
    async (_name, entry) => {
      // Act
      const { metafile } = await build({
        ...esbuildBuildOptions(),
        entryPoints: [entry],
        absWorkingDir: REPO_ROOT,
        outdir: path.join(isolatedDir, 'metafile-only'),
        write: false,
        metafile: true,
        logLevel: 'error',
      });

      // Assess: anything else left out would be missing on Lambda; imported statically, at start-up.
      const leftOut = Object.values(metafile.outputs)
        .flatMap((output) => output.imports)
        .filter((imported) => imported.external && !builtins.has(imported.path));
      expect(leftOut.length).toBeGreaterThan(0);
      for (const imported of leftOut) {
        expect(CREDENTIAL_PROVIDERS_NEVER_LOADED).toContain(imported.path);
        expect(imported.kind).toBe('dynamic-import');
      }
    },
  );

  it('decodes the charsets of the bundled mail parser as the unbundled one does', async () => {
    // Prepare: the parser bundled with the stack's settings, and one message per charset family.
    const samples: Record<string, { base64: string; text: string }> = {
      'koi8-r': { base64: '98HbINfP2tfSwdQgz8bP0s3Mxc4=', text: 'Ваш возврат оформлен' },
      'windows-1251': { base64: 'wuD4IOLu5+Lw4PIg7vTu8Ozr5e0=', text: 'Ваш возврат оформлен' },
      'iso-8859-2': { base64: 'Wndyb3Qgem9zdGGzIHByenlq6nR5', text: 'Zwrot został przyjęty' },
      gbk: { base64: 'xPq1xM3Lv+7S0bSmwO0=', text: '您的退款已处理' },
      big5: { base64: 'sXqqurBotNqkd7NCsno=', text: '您的退款已處理' },
      shift_jis: { base64: 'ldSL4ILwjvOCr5V0gq+C3IK1gr0=', text: '返金を受け付けました' },
      'euc-kr': { base64: 'yK+60sDMIMGivPa1x776vcC0z7TZ', text: '환불이 접수되었습니다' },
      'iso-2022-jp': { base64: 'GyRCSlY2YiRyPHUkMUlVJDEkXiQ3JD8bKEI=', text: '返金を受け付けました' },
    };
    const messages = Object.entries(samples).map(([charset, { base64 }]) =>
      [
        'From: billing@vendor.example',
        'To: user@example.test',
        `Subject: =?${charset}?B?${base64}?=`,
        'MIME-Version: 1.0',
        `Content-Type: text/plain; charset=${charset}`,
        'Content-Transfer-Encoding: base64',
        '',
        base64,
        '',
      ].join('\r\n'),
    );
    const parserDir = path.join(isolatedDir, 'parser');
    await build({
      ...esbuildBuildOptions(),
      stdin: {
        contents: `export { parseMessage } from ${JSON.stringify(path.join(REPO_ROOT, 'shared/mail/parse-message'))};`,
        resolveDir: REPO_ROOT,
        loader: 'ts',
      },
      absWorkingDir: REPO_ROOT,
      outfile: path.join(parserDir, 'index.mjs'),
      logLevel: 'error',
    });

    // Act
    const stdout = await runModule(
      'parse-charsets.mjs',
      `const { parseMessage } = await import(${JSON.stringify(path.join(parserDir, 'index.mjs'))});\n` +
        `const messages = ${JSON.stringify(messages)};\n` +
        'const parsed = await Promise.all(messages.map((raw) => parseMessage(Buffer.from(raw))));\n' +
        'console.log(JSON.stringify(parsed.map(({ subject, text }) => ({ subject, text: text.trim() }))));\n',
    );

    // Assess
    const bundled = JSON.parse(stdout) as { subject: string; text: string }[];
    const unbundled = await Promise.all(messages.map((raw) => parseMessage(Buffer.from(raw))));
    expect(bundled).toEqual(unbundled.map(({ subject, text }) => ({ subject, text: text.trim() })));
    expect(bundled).toEqual(Object.values(samples).map(({ text }) => ({ subject: text, text })));
  });
});
