import { createJsonLogger } from '../../shared/logger';
import { startBanner } from '../local/banner';
import { loadLocalConfig } from '../local/local-config';
import { LocalSetupError } from '../local/local-errors';
import { startLocalStack } from '../local/stack';

const USAGE = `Usage: inbox-watcher start

Runs the whole product on this machine until Ctrl-C: DynamoDB Local, the SMTP listener, the HTTP API and the
overdue sweep. Settings come from the environment (DATA_DIR, PORT, SMTP_PORT, SWEEP_INTERVAL, ADMIN_TOKEN, ...;
see the README).
`;

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * `inbox-watcher start` (`npm start`): starts the local stack, prints the banner (stderr; stdout carries the JSON
 * log lines) and runs until SIGINT, SIGTERM or SIGHUP, then stops everything. A second signal exits at once
 * (DynamoDB Local is still killed on exit). Resolves with the exit status.
 */
export async function runStartCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`inbox-watcher start: takes no arguments\n\n${USAGE}`);
    return 2;
  }
  let config: ReturnType<typeof loadLocalConfig>;
  try {
    config = loadLocalConfig(process.env);
  } catch (error) {
    process.stderr.write(`inbox-watcher start: ${(error as Error).message}\n`);
    return 2;
  }
  const logger = createJsonLogger({ level: config.logLevel, fields: { service: 'inbox-watcher-local' } });

  // Signals that arrive while starting must still stop what has started.
  let signalled: NodeJS.Signals | null = null;
  let wake: () => void = () => {};
  const stopRequested = new Promise<void>((resolve) => {
    wake = resolve;
  });
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled !== null) {
      process.stderr.write(`\n${signal} again: exiting now\n`);
      process.exit(130);
    }
    signalled = signal;
    process.stderr.write(`\n${signal}: stopping inbox-watcher…\n`);
    wake();
  };
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);

  try {
    const stack = await startLocalStack(config, logger);
    if (signalled === null) {
      process.stderr.write(
        startBanner({
          endpoints: stack.endpoints,
          dataDir: config.dataDir,
          adminToken: stack.adminToken,
          adminTokenFile: stack.layout.adminTokenFile,
          notifier: config.alerts.notifier,
          watchAddresses: config.watchAddresses,
          sweepIntervalSeconds: config.sweepIntervalSeconds,
          cwd: process.cwd(),
        }),
      );
      await stopRequested;
    }
    await stack.stop();
    process.stderr.write('inbox-watcher stopped.\n');
    return 0;
  } catch (error) {
    if (error instanceof LocalSetupError) {
      process.stderr.write(`inbox-watcher start: ${error.message}\n`);
      return 1;
    }
    logger.error('local stack failed to start', { error });
    process.stderr.write(`inbox-watcher start: ${(error as Error).message}\n`);
    return 1;
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
  }
}
