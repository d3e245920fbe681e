import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { AlertSendError } from '../../../shared/alerts/notifiers/notifier';
import { createSmtpNotifier } from '../../../shared/alerts/notifiers/smtp-notifier';
import { renderRawMessage } from '../../../shared/alerts/raw-message';
import { composeSample, makeRecipient } from '../../unit/alerts/alert-builders';

interface Delivery {
  from: string;
  to: string[];
  raw: Buffer;
  user: string | null;
}

const servers: SMTPServer[] = [];

/** A real SMTP server on 127.0.0.1 and a free port, keeping each delivery; STARTTLS is off (expired test cert). */
async function startSmtpServer(options: Partial<SMTPServerOptions> = {}) {
  const deliveries: Delivery[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === 'watcher' && auth.password === 's3cret') callback(null, { user: auth.username });
      else callback(new Error('Invalid username or password'));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        deliveries.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
          raw: Buffer.concat(chunks),
          user: typeof session.user === 'string' ? session.user : null,
        });
        callback();
      });
    },
    ...options,
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.server.address() as AddressInfo).port, deliveries };
}

afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))),
  );
});

describe('SMTP notifier', () => {
  it('relays the raw alert as composed, with the envelope from its From and To, after logging in', async () => {
    const { port, deliveries } = await startSmtpServer();
    const alert = composeSample({
      user: makeRecipient({ alertEmail: 'Anna <anna@user.test>', language: 'de' }),
    });
    const receipt = await createSmtpNotifier({ url: `smtp://watcher:s3cret@127.0.0.1:${port}` }).send(alert);

    expect(receipt).toEqual({ channel: 'smtp', id: alert.messageId });
    expect(deliveries).toHaveLength(1);
    const [delivery] = deliveries;
    expect(delivery?.user).toBe('watcher');
    expect(delivery?.from).toBe('alerts@example.test');
    expect(delivery?.to).toEqual(['anna@user.test']);
    // SMTP adds nothing to the message body: the bytes are the composed message (line ends normalised to CRLF).
    const composed = renderRawMessage(alert).toString('latin1').replace(/\r?\n/g, '\r\n');
    expect(delivery?.raw.toString('latin1').replace(/\r?\n/g, '\r\n').trimEnd()).toBe(composed.trimEnd());
    const parsed = await simpleParser(delivery?.raw ?? Buffer.alloc(0));
    expect(parsed.subject).toBe(alert.subject);
    expect(parsed.messageId).toBe(alert.messageId);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('reports a refused recipient as permanent', async () => {
    const { port } = await startSmtpServer({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      },
    });
    const failure = await createSmtpNotifier({ url: `smtp://127.0.0.1:${port}` })
      .send(composeSample())
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AlertSendError);
    expect(failure).toMatchObject({ channel: 'smtp', permanent: true });
  });

  it('reports a temporary refusal, a failed login and a dead relay as retryable', async () => {
    const { port } = await startSmtpServer({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
      },
    });
    const attempts = [
      `smtp://127.0.0.1:${port}`,
      `smtp://watcher:wrong@127.0.0.1:${port}`,
      'smtp://127.0.0.1:1',
    ];
    for (const url of attempts) {
      const failure = await createSmtpNotifier({ url })
        .send(composeSample())
        .catch((error: unknown) => error);
      expect({ url, failure }).toMatchObject({ url, failure: { name: 'AlertSendError', permanent: false } });
    }
  });
});
