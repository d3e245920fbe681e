import { runClassifyCommand } from './classify-command';

const USAGE = `Usage: inbox-watcher <command> [options]

Commands:
  classify FILE... [--pretty]   Read .eml files and print what each vendor message states (one JSON line each)
  start                         Run the whole product on this machine (npm start) until Ctrl-C
  send FILE... [--to ADDRESS]   Deliver saved .eml files to the local SMTP listener
  sweep [--now ISO-8601]        Run one overdue sweep against the local store as if it were --now
  users add EMAIL --forward ADDRESS
                                Create a user (admin token) and print its API token
  cases list|show|open|note|snooze|close|reopen
                                Your cases through the API (inbox-watcher cases --help)

Beside a running \`npm start\`, users and cases find its API (and users its admin token) in DATA_DIR.
`;

// The API commands default to the stack running on DATA_DIR, when there is one.
async function localIo() {
  const [{ processIo }, { withLocalStackDefaults }] = await Promise.all([
    import('./api-client'),
    import('../local/cli-env'),
  ]);
  return { ...processIo, env: await withLocalStackDefaults(process.env) };
}

// The AWS SDK warns on every run that its releases after January 2027 will need Node 22; the installed one runs
// fine on Node 20, and the warning would bury the start banner. Set it to "false" to see it.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Loaded on demand: \`classify\` should not pay for the AWS SDK, the API or the SMTP server.
const commands: Record<string, (args: string[]) => Promise<number>> = {
  classify: (args) => runClassifyCommand(args, process.stdout),
  start: async (args) => (await import('./start-command')).runStartCommand(args),
  send: async (args) => (await import('./send-command')).runSendCommand(args),
  sweep: async (args) => (await import('./sweep-command')).runSweepCommand(args),
  users: async (args) => (await import('./users-command')).runUsersCommand(args, await localIo()),
  cases: async (args) => (await import('./cases-command')).runCasesCommand(args, await localIo()),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`inbox-watcher: unknown command '${name}'\n\n${USAGE}`);
    return 2;
  }
  return command(args);
}

process.exitCode = await main(process.argv.slice(2));
