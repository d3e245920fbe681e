import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { assertPortFree } from './local-errors';

/** One message as the listener received it. */
export interface ReceivedSmtpMessage {
  raw: Buffer;
  mailFrom: string | null;
  recipients: string[];
  remoteAddress: string;
}

export interface SmtpListenerOptions {
  port: number;
  host: string;
  /** The size announced in EHLO and enforced (552 above it). */
  maxMessageBytes: number;
  /** Recipients accepted (lower case); null accepts any recipient. */
  watchAddresses: string[] | null;
  /** Connection-level errors (a client resetting the socket…); they must not stop the listener. */
  onError?(error: Error): void;
  /** Hands one accepted message on; the returned text goes back to the client ("queued as …"). */
  onMessage(message: ReceivedSmtpMessage): Promise<string>;
}

export interface RunningSmtpListener {
  port: number;
  close(): Promise<void>;
}

/** SMTP error with the reply code the client sees (smtp-server reads `responseCode`). */
function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/**
 * Starts the local SMTP listener: plain SMTP on `host:port` (no TLS, no AUTH: it is meant for loopback), the size
 * limit announced in EHLO and enforced, recipients narrowed to `watchAddresses` when given.
 */
export async function startSmtpListener(options: SmtpListenerOptions): Promise<RunningSmtpListener> {
  await assertPortFree(options.port, 'the SMTP listener', options.host);
  const server = new SMTPServer({
    // smtp-server's bundled certificate has expired, so STARTTLS would only break clients that try it.
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    size: options.maxMessageBytes,
    logger: false,
    banner: 'inbox-watcher local SMTP listener',
    onRcptTo(address, _session, callback) {
      const recipient = address.address.toLowerCase();
      if (options.watchAddresses !== null && !options.watchAddresses.includes(recipient)) {
        return callback(smtpError(550, `5.1.1 <${recipient}> is not a watched address`));
      }
      callback();
    },
    onData(stream, session, callback) {
      readMessage(stream, session, options)
        .then((reply) => callback(null, reply))
        .catch((error: Error & { responseCode?: number }) =>
          callback(
            error.responseCode ? error : smtpError(451, `4.3.0 could not take the message: ${error.message}`),
          ),
        );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      // Without a listener an 'error' event would throw and take the whole stack down.
      server.on('error', (error: Error) => options.onError?.(error));
      resolve();
    });
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function readMessage(
  stream: SMTPServerDataStream,
  session: SMTPServerSession,
  options: SmtpListenerOptions,
): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    // The rest of an oversize message must still be read off the socket, but not kept in memory.
    if (size <= options.maxMessageBytes) chunks.push(chunk as Buffer);
  }
  if (stream.sizeExceeded || size > options.maxMessageBytes) {
    throw smtpError(552, `5.3.4 message exceeds the ${options.maxMessageBytes} byte limit`);
  }
  const mailFrom = session.envelope.mailFrom;
  return options.onMessage({
    raw: Buffer.concat(chunks),
    mailFrom: mailFrom ? mailFrom.address.toLowerCase() : null,
    recipients: session.envelope.rcptTo.map((rcpt) => rcpt.address.toLowerCase()),
    remoteAddress: session.remoteAddress,
  });
}
