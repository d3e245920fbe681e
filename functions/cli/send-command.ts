import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { parseMessage } from '../../shared/mail/parse-message';
import { readEndpointsFile } from '../local/endpoints-file';
import { loadLocalConfig } from '../local/local-config';

const USAGE = 'Usage: inbox-watcher send FILE... [--to ADDRESS] [--from ADDRESS]\n';
const DEFAULT_RECIPIENT = 'watch@inbox-watcher.localhost';

/**
 * `inbox-watcher send FILE...`: replays saved .eml files into the local SMTP listener (the one of the stack
 * running on DATA_DIR, else SMTP_HOST:SMTP_PORT). The envelope sender is the message's From unless --from is given.
 */
export async function runSendCommand(args: string[]): Promise<number> {
  let parsed: { values: { to?: string; from?: string; help?: boolean }; positionals: string[] };
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { to: { type: 'string' }, from: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`inbox-watcher send: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    process.stderr.write(USAGE);
    return 2;
  }
  const config = loadLocalConfig(process.env);
  const running = await readEndpointsFile(config.dataDir);
  const smtp = running?.smtp ?? { host: config.smtpHost, port: config.smtpPort };
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
  });
  const recipient = parsed.values.to ?? config.watchAddresses?.[0] ?? DEFAULT_RECIPIENT;

  let exitCode = 0;
  try {
    for (const file of parsed.positionals) {
      try {
        const raw = await readFile(file);
        const sender = parsed.values.from ?? (await parseMessage(raw)).from?.address ?? null;
        if (sender === null) throw new Error('the message has no From address; pass --from');
        const info = await transport.sendMail({ envelope: { from: sender, to: [recipient] }, raw });
        process.stdout.write(
          `${file}: delivered to ${recipient} via ${smtp.host}:${smtp.port} (${info.response})\n`,
        );
      } catch (error) {
        exitCode = 1;
        const reason =
          // nodemailer reports a refused connection as ESOCKET with the cause in the message.
          /ECONNREFUSED/.test(`${(error as NodeJS.ErrnoException).code} ${(error as Error).message}`)
            ? `nothing listens on ${smtp.host}:${smtp.port}; start the stack with npm start`
            : (error as Error).message;
        process.stderr.write(`${file}: not delivered: ${reason}\n`);
      }
    }
  } finally {
    transport.close();
  }
  return exitCode;
}
