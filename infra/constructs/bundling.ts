import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: entries, the lock file and esbuild's working directory are resolved from it. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Each deployed function and its handler module, relative to the repository root. */
export const FUNCTION_ENTRIES = {
  inboundEmail: 'functions/inbound-email.ts',
  api: 'functions/api.ts',
  overdueSweep: 'functions/overdue-sweep.ts',
} as const;

/** A deployed function's key in {@link FUNCTION_ENTRIES}. */
export type FunctionName = keyof typeof FUNCTION_ENTRIES;

/**
 * esbuild's bundle of ESM code still contains `require()` calls from CommonJS dependencies; without a real
 * `require` the bundle fails at import with `Dynamic require of "node:…" is not supported`.
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

/**
 * How every function is bundled, in esbuild's own terms so the bundle benchmark builds exactly what the stack
 * deploys. The AWS SDK v3 stays external: the nodejs22.x runtime ships it, which keeps bundles and cold starts
 * small.
 */
export const BUNDLE_SETTINGS = {
  target: 'node22',
  platform: 'node',
  format: 'esm',
  minify: true,
  sourcemap: true,
  // Prefer packages' ESM builds: smaller after tree shaking, and no CommonJS interop wrapper.
  mainFields: ['module', 'main'],
  external: ['@aws-sdk/*'],
  banner: ESM_REQUIRE_BANNER,
} as const;

/** Environment every function gets: readable stack traces through the bundled source maps. */
export const RUNTIME_NODE_OPTIONS = '--enable-source-maps';
