import { createHash } from 'node:crypto';
// Only the quoted-printable codec (3 KB): nodemailer's MailComposer would add ~140 KB to the sweep's bundle.
import { encode as encodeQuotedPrintable, wrap as wrapQuotedPrintable } from 'nodemailer/lib/qp';
import type { ComposedAlert } from './composed-alert';

const CRLF = '\r\n';
const MAX_LINE = 78;
// An encoded word is at most 75 characters: "=?UTF-8?B?" + base64 of at most 45 bytes + "?=".
const ENCODED_WORD_BYTES = 45;

/** A mailbox: optional display name and an ASCII address. */
export interface Mailbox {
  name: string;
  address: string;
}

/**
 * Reads "Name <user@example.com>", "\"Name\" <user@example.com>" or "user@example.com".
 * @throws RangeError for anything else (several addresses, groups, non-ASCII or malformed addresses).
 */
export function parseMailbox(text: string): Mailbox {
  const trimmed = text.trim();
  const match = /^(?:(.*?)\s*<([^<>\s]+)>|([^<>\s]+))$/.exec(trimmed);
  const address = match?.[2] ?? match?.[3] ?? '';
  if (!/^[\x21-\x7e]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(address) || /[",;<>()[\]\\]/.test(address)) {
    throw new RangeError(`not a single mail address: ${JSON.stringify(text)}`);
  }
  const name = (match?.[1] ?? '')
    .replace(/^"(.*)"$/, '$1')
    .replace(/\\(.)/g, '$1')
    .trim();
  return { name, address };
}

/** The SMTP envelope of an alert: the bare sender and recipient addresses. */
export function alertEnvelope(alert: ComposedAlert): { from: string; to: string[] } {
  return { from: parseMailbox(alert.from).address, to: [parseMailbox(alert.to).address] };
}

/**
 * The alert as a complete RFC 5322 message: multipart/alternative (text, then HTML), UTF-8 quoted-printable,
 * non-ASCII header text as RFC 2047 encoded words, 7-bit clean with CRLF line ends, carrying the alert's
 * threading and Auto-Submitted headers. Deterministic: the same alert always gives the same bytes (the
 * boundary comes from the Message-ID, the Date from the alert), so a resend is byte-identical.
 * @throws RangeError when From or To is not a single mail address.
 */
export function renderRawMessage(alert: ComposedAlert): Buffer {
  // "=_" can never occur in quoted-printable output ("=" is always "=3D"), so no body line can match it.
  const boundary = `=_iw_${createHash('sha256').update(alert.messageId).digest('hex').slice(0, 32)}`;
  const headers: Array<[string, string]> = [
    ['From', formatMailbox(parseMailbox(alert.from))],
    ['To', formatMailbox(parseMailbox(alert.to))],
    ['Subject', encodeText(alert.subject)],
    ['Date', rfc5322Date(new Date(alert.date))],
    ...Object.entries(alert.headers),
    ['MIME-Version', '1.0'],
    ['Content-Type', `multipart/alternative; boundary="${boundary}"`],
  ];
  const part = (contentType: string, content: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${contentType}; charset=utf-8`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      wrapQuotedPrintable(encodeQuotedPrintable(content.replace(/\r?\n/g, CRLF)), 76),
    ].join(CRLF);
  const message = [
    ...headers.map(([name, value]) => foldHeader(name, value)),
    '',
    part('text/plain', alert.text),
    part('text/html', alert.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
  return Buffer.from(message, 'ascii');
}

/** `"Name" <address>`, the name as an encoded word when it is not plain ASCII; the bare address without one. */
function formatMailbox(mailbox: Mailbox): string {
  if (mailbox.name === '') return mailbox.address;
  const name = isPlainAscii(mailbox.name)
    ? `"${mailbox.name.replace(/["\\]/g, '\\$&')}"`
    : encodeText(mailbox.name);
  return `${name} <${mailbox.address}>`;
}

function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}

/** Header text as is when printable ASCII, else as UTF-8 "B" encoded words, whole characters per word. */
function encodeText(text: string): string {
  if (isPlainAscii(text) && !/=\?/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const character of text) {
    if (Buffer.byteLength(chunk + character) > ENCODED_WORD_BYTES) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`).join(' ');
}

/** "Name: value", folded at spaces into lines of at most 78 characters where the value allows. */
function foldHeader(name: string, value: string): string {
  const lines: string[] = [];
  let line = `${name}:`;
  for (const token of value.split(' ')) {
    if (line.length + 1 + token.length > MAX_LINE && line.trim() !== `${name}:`) {
      lines.push(line);
      line = ` ${token}`;
    } else {
      line = `${line} ${token}`;
    }
  }
  lines.push(line);
  return lines.join(CRLF);
}

/** "Thu, 18 Dec 2025 16:00:00 +0000". */
function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, '+0000');
}
