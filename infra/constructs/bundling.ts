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
 * AWS SDK credential providers that credential-provider-node loads with `import()` only when the environment holds
 * no credentials. Lambda always sets AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, so these
 * (with the STS, SSO and OIDC clients behind them, about 130 KB) never load there: left out of the bundles, they
 * stay dynamic imports that never run. Only modules that nothing imports statically may be listed: a static
 * import of a module the bundle lacks fails the function at start-up (tests/infra/bundles.test.ts checks this).
 */
export const CREDENTIAL_PROVIDERS_NEVER_LOADED = [
  '@aws-sdk/credential-provider-http',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
  '@smithy/credential-provider-imds',
] as const;

/**
 * How every function is bundled, in esbuild's own terms so the bundle benchmark builds exactly what the stack
 * deploys (bench/bundles.ts). Chosen by measuring cold imports (docs/deploy.md, "Bundles and cold starts"):
 * - the AWS SDK v3 clients are bundled, tree-shaken and minified: the runtime's copy is each package's whole
 *   unminified CommonJS build, and importing it made cold imports about twice as slow (API, sweep);
 * - source maps are linked files without the sources inside, so the map Node reads at start-up for
 *   `--enable-source-maps` is a third of the size;
 * - libmime ships a CommonJS and an ES build and mailparser's dependencies reach both: one copy (the CommonJS
 *   one; mailparser only uses its default export) halves its weight and its start-up work (building the GBK
 *   decoder);
 * - UTF-8 output keeps the Cyrillic rule and message tables as they are instead of `\uXXXX` escapes;
 * - legal comments go to a separate file next to the bundle, kept with it but not read at start-up.
 */
export const BUNDLE_SETTINGS = {
  target: 'node22',
  platform: 'node',
  format: 'esm',
  minify: true,
  sourcemap: 'linked',
  sourcesContent: false,
  // Prefer packages' ESM builds: smaller after tree shaking, and no CommonJS interop wrapper.
  mainFields: ['module', 'main'],
  external: CREDENTIAL_PROVIDERS_NEVER_LOADED,
  alias: { libmime: './node_modules/libmime/dist/cjs/libmime.js' },
  charset: 'utf8',
  legalComments: 'external',
  banner: ESM_REQUIRE_BANNER,
} as const;

/** {@link BUNDLE_SETTINGS} as options of esbuild's `build()`, to build bundles as the stack does outside CDK. */
export function esbuildBuildOptions() {
  const { banner, mainFields, external, alias, ...rest } = BUNDLE_SETTINGS;
  return {
    ...rest,
    bundle: true,
    mainFields: [...mainFields],
    external: [...external],
    alias: { ...alias },
    banner: { js: banner },
  };
}

/** Environment every function gets: readable stack traces through the bundled source maps. */
export const RUNTIME_NODE_OPTIONS = '--enable-source-maps';
