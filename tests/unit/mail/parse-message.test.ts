import { describe, expect, it } from 'vitest';
import { MailParseError } from '../../../shared/mail/errors';
import { parseMessage } from '../../../shared/mail/parse-message';
import { buildMail } from './build-mail';

// The texts below encoded in each charset (computed once with Python's codecs).
const ENCODED: Record<string, string> = {
  'windows-1251': 'c2fae7f1f2e0edeee2e8f5ece520f1f3ece0f2e020eef22031322c353020ebe22e',
  'koi8-r': 'fac1d1d7ccc5cec9c5d4cf20c520d0d2c9c5d4cf',
  'iso-8859-2': '5a77726f7420b6726f646bf377207a6f737461b3207a6c65636f6e79',
  'iso-8859-1': '52656d626f757273656d656e742065666665637475e92c20e0206269656e74f474',
  'windows-1252': '45727374617474756e6720fc6265722034392c3939208020962065726c6564696774',
  'utf-8': '5265656d626f6c736f206465203135362c343020e282ac20e2809320c2a1686563686f21',
};

function encodedMail(charset: string, transferEncoding: 'quoted-printable' | 'base64' | '8bit'): Buffer {
  const bytes = Buffer.from(ENCODED[charset] ?? '', 'hex');
  const body =
    transferEncoding === 'base64'
      ? bytes.toString('base64')
      : transferEncoding === 'quoted-printable'
        ? [...bytes]
            .map((byte) =>
              byte > 126 || byte === 61
                ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
                : String.fromCharCode(byte),
            )
            .join('')
        : bytes.toString('latin1');
  const head = [
    'From: Shop <shop@example.bg>',
    'To: watch@inbox-watcher.test',
    'Subject: test',
    'MIME-Version: 1.0',
    `Content-Type: text/plain; charset="${charset}"`,
    `Content-Transfer-Encoding: ${transferEncoding}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), Buffer.from(body, 'latin1')]);
}

describe('parseMessage charsets and encodings', () => {
  it.each([
    ['windows-1251', 'quoted-printable', 'Възстановихме сумата от 12,50 лв.'],
    ['koi8-r', '8bit', 'Заявлението е прието'],
    ['iso-8859-2', 'quoted-printable', 'Zwrot środków został zlecony'],
    ['iso-8859-1', 'base64', 'Remboursement effectué, à bientôt'],
    ['windows-1252', 'quoted-printable', 'Erstattung über 49,99 € – erledigt'],
    ['utf-8', 'base64', 'Reembolso de 156,40 € – ¡hecho!'],
  ] as const)('decodes %s in %s', async (charset, transferEncoding, text) => {
    const message = await parseMessage(encodedMail(charset, transferEncoding));
    expect(message.text.trim()).toBe(text);
  });

  it('decodes encoded-word headers', async () => {
    const raw = buildMail({
      headers: {
        From: '=?windows-1251?B?zvLk5esg7uHx6/Pm4uDt5Q==?= <help@shop.bg>',
        Subject: '=?utf-8?Q?Votre_remboursement_a_=C3=A9t=C3=A9_effectu=C3=A9?=',
      },
      text: 'body',
    });
    const message = await parseMessage(raw);
    expect(message.subject).toBe('Votre remboursement a été effectué');
    expect(message.from).toEqual({ name: 'Отдел обслужване', address: 'help@shop.bg' });
  });

  it('keeps raw header values under lower-case names', async () => {
    const raw = buildMail({
      headers: { 'X-Forwarded-For': 'user@example.org watch@inbox-watcher.test' },
      text: 'x',
    });
    const message = await parseMessage(raw);
    expect(message.headers['x-forwarded-for']).toEqual(['user@example.org watch@inbox-watcher.test']);
  });

  it('returns the HTML part untouched and no derived text for HTML-only mail', async () => {
    const message = await parseMessage(buildMail({ html: '<p>Hello <b>there</b></p>' }));
    expect(message.html).toContain('<b>there</b>');
    expect(message.text).toBe('');
  });

  it('reads a plain-text part that is an HTML document as the HTML', async () => {
    const message = await parseMessage(
      buildMail({
        text: '<html><body><p>---------- Forwarded message ---------<br>From: A</p></body></html>',
      }),
    );
    expect(message.html).toContain('<br>From: A');
    expect(message.text).toBe('');
  });

  it('takes an HTML document out of the text when both alternatives are labelled text/plain', async () => {
    const alternative = (body: string) =>
      `--alt\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`;
    const raw = Buffer.from(
      [
        'From: Shop <news@shop.example>\r\nSubject: Refund\r\nMIME-Version: 1.0\r\n',
        'Content-Type: multipart/alternative; boundary="alt"\r\n\r\n',
        alternative('Your refund was paid today.\r\nShop GmbH'),
        alternative('<html><body><p>Your refund was paid today.</p><p>Shop GmbH</p></body></html>'),
        '--alt--\r\n',
      ].join(''),
    );
    const message = await parseMessage(raw);
    expect(message.text).toBe('Your refund was paid today.\nShop GmbH');
    expect(message.html).toBe('<html><body><p>Your refund was paid today.</p><p>Shop GmbH</p></body></html>');
  });

  it('keeps plain text that only mentions tags as the text', async () => {
    const message = await parseMessage(
      buildMail({ text: 'Reply with <html> in the subject to get HTML mail.' }),
    );
    expect(message.text).toContain('<html> in the subject');
    expect(message.html).toBeNull();
  });

  it('lists an attached message as a message/rfc822 attachment', async () => {
    const inner = buildMail({
      headers: { From: 'Shop <shop@example.com>', Subject: 'Refunded' },
      text: 'Refunded.',
    });
    const message = await parseMessage(buildMail({ text: 'see attached', attached: inner }));
    expect(message.attachments.map((attachment) => attachment.contentType)).toEqual(['message/rfc822']);
    expect(message.attachments[0]?.content.toString()).toContain('Subject: Refunded');
  });
});

describe('parseMessage on input that is not a message', () => {
  it.each([
    ['empty input', Buffer.alloc(0), 'empty'],
    ['blank lines only', Buffer.from('\r\n\r\n'), 'empty'],
    ['plain prose', Buffer.from('hello, this is just some text\nwith lines'), 'not-a-message'],
    ['binary garbage', Buffer.from([0, 1, 2, 3, 255, 254, 10, 13, 0]), 'not-a-message'],
    ['headers no mail client writes', Buffer.from('Foo: bar\r\n\r\nbody'), 'not-a-message'],
  ])('refuses %s with a MailParseError', async (_name, raw, code) => {
    const error = await parseMessage(raw).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MailParseError);
    expect((error as MailParseError).code).toBe(code);
  });

  it('refuses input above the size limit', async () => {
    const raw = buildMail({ text: 'x'.repeat(2000) });
    await expect(parseMessage(raw, { maxBytes: 1000 })).rejects.toMatchObject({ code: 'too-large' });
  });

  it('reads a message whose headers are damaged as far as it can', async () => {
    const raw = Buffer.from(
      'From: Shop <shop@example.com>\r\nSubject: =?utf-8?Q?broken\r\nDate: not a date\r\n\r\nHello',
    );
    const message = await parseMessage(raw);
    expect(message.from?.address).toBe('shop@example.com');
    expect(message.date).toBeNull();
    expect(message.text.trim()).toBe('Hello');
  });
});
