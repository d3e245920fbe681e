import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { FUNCTION_ENTRIES, type FunctionName, REPO_ROOT } from '../../infra/constructs/bundling';
import { InboxWatcherStack } from '../../infra/inbox-watcher-stack';
import { readDeploymentSettings } from '../../infra/settings';

/** Context for a typical production deployment. */
export const PRODUCTION_CONTEXT = {
  domain: 'inbox.example.com',
  alertFrom: 'alerts@example.com',
  alarmEmail: 'ops@example.com',
} as const;

/**
 * Handlers not written yet are replaced by a stub, so the stack can be built before they land. The stubs live
 * under node_modules/.cache: inside the project root (where esbuild runs), outside the source tree.
 */
export function missingEntryOverrides(): Partial<Record<FunctionName, string>> {
  const stubDir = path.join(REPO_ROOT, 'node_modules', '.cache', 'inbox-watcher-infra-tests', 'stub-entries');
  const missing = (Object.keys(FUNCTION_ENTRIES) as FunctionName[]).filter(
    (name) => !existsSync(path.join(REPO_ROOT, FUNCTION_ENTRIES[name])),
  );
  return Object.fromEntries(
    missing.map((name) => {
      const file = path.join(stubDir, `${name}.ts`);
      if (!existsSync(file)) {
        // Written aside and renamed: test files running in parallel never see a half-written stub.
        mkdirSync(stubDir, { recursive: true });
        const partial = `${file}.${process.pid}`;
        writeFileSync(partial, `export const handler = async () => ({ stub: ${JSON.stringify(name)} });\n`);
        renameSync(partial, file);
      }
      return [name, file];
    }),
  );
}

export interface BuiltStack {
  app: App;
  stack: InboxWatcherStack;
}

/** Builds the stack as infra/app.ts does; bundling is skipped unless `bundle` (it takes seconds per function). */
export function buildStack(
  context: Record<string, unknown>,
  options: { bundle?: boolean; outdir?: string } = {},
): BuiltStack {
  const app = new App({
    ...(options.outdir ? { outdir: options.outdir } : {}),
    context: { ...context, ...(options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) },
  });
  const settings = readDeploymentSettings((key) => app.node.tryGetContext(key));
  const stack = new InboxWatcherStack(app, `InboxWatcher-${settings.stage}`, {
    settings,
    entryOverrides: missingEntryOverrides(),
  });
  return { app, stack };
}

/** The synthesized template of a stack built from `context`, without bundling. */
export function templateFor(context: Record<string, unknown>): Template {
  return Template.fromStack(buildStack(context).stack);
}
