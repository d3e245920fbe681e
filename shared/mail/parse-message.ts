import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { MailParseError } from './errors';
import { repairMisdeclaredUtf8 } from './mis-declared-utf8';
import type { Mailbox, MessageAttachment, ParsedMessage } from './types';

/** Options for {@link parseMessage}. */
export interface ParseMessageOptions {
  /** Larger input is refused with a `too-large` MailParseError (default 25 MiB, the common provider limit). */
  maxBytes?: number;
}

const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

// We convert HTML ourselves (once, with our own rules) and never need mailparser's derived bodies, nor
// the MD5 checksum it computes over every attachment's bytes (we never compare attachments).
const PARSER_OPTIONS = {
  skipHtmlToText: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  skipImageLinks: true,
  checksumAlgo: false,
} as const;

// At least one of these must be present for the input to count as a mail message.
const MAIL_HEADERS = new Set([
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'received',
  'delivered-to',
  'return-path',
  'sender',
  'reply-to',
]);

// RFC 5322 field name: printable ASCII except the colon, then a colon.
const HEADER_FIELD = /^[\x21-\x39\x3B-\x7E]+[ \t]*:/;
const HEADER_SEARCH_LINES = 20;

/** Parses raw RFC 5322 bytes (any charset and transfer encoding) into a {@link ParsedMessage}. */
export async function parseMessage(raw: Buffer, options: ParseMessageOptions = {}): Promise<ParsedMessage> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (raw.length > maxBytes) {
    throw new MailParseError('too-large', `message is ${raw.length} bytes, above the ${maxBytes} byte limit`);
  }
  assertHasHeaderFields(raw);
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, PARSER_OPTIONS);
  } catch (error) {
    throw new MailParseError('not-a-message', `cannot parse message: ${describe(error)}`, { cause: error });
  }
  const headers = collectHeaders(mail);
  if (!Object.keys(headers).some((name) => MAIL_HEADERS.has(name))) {
    throw new MailParseError('not-a-message', 'no mail headers found');
  }
  return {
    from: firstMailbox(mail.from),
    to: mailboxes(mail.to),
    subject: asString(mail.subject) ?? '',
    date: headerDate(mail.date, headers.date?.[0]),
    messageId: asString(mail.messageId),
    inReplyTo: asString(mail.inReplyTo),
    references: toArray(mail.references),
    headers,
    ...bodies(mail),
    attachments: mail.attachments.map(
      (attachment): MessageAttachment => ({
        // Damaged MIME headers can leave mailparser without a type or content for a part.
        contentType: (asString(attachment.contentType) ?? 'application/octet-stream').toLowerCase(),
        filename: asString(attachment.filename),
        content: Buffer.isBuffer(attachment.content) ? attachment.content : Buffer.alloc(0),
      }),
    ),
  };
}

// A plain-text part that is an HTML document (some senders label their HTML text/plain) is read as the HTML:
// its tags would otherwise hide the forward's separator and headers from the line-based readers. Where both
// alternatives of a message are labelled text/plain, mailparser joins them: the document is taken out of the
// text, which keeps the plain alternative alone.
const HTML_DOCUMENT = /^[ \t]*<(?:!doctype html|html)[\s>]/im;
const HTML_DOCUMENT_END = /<\/html\s*>/gi;

function bodies(mail: ParsedMail): { text: string; html: string | null } {
  const text = repairMisdeclaredUtf8(asString(mail.text) ?? '');
  if (typeof mail.html === 'string') return { text, html: repairMisdeclaredUtf8(mail.html) };
  const opening = text.search(HTML_DOCUMENT);
  if (opening === -1) return { text, html: null };
  // The last closing tag (searched as is: lower-casing may change the text's length and so the offsets).
  let end = text.length;
  for (const closing of text.slice(opening).matchAll(HTML_DOCUMENT_END)) {
    end = opening + closing.index + closing[0].length;
  }
  return { text: `${text.slice(0, opening)}${text.slice(end)}`.trim(), html: text.slice(opening, end) };
}

// A message opens with header fields; a damaged first line is tolerated (best effort), but text with no
// header field near its start is prose or binary, not mail.
function assertHasHeaderFields(raw: Buffer): void {
  const head = raw.subarray(0, 4096).toString('latin1');
  // trim() also drops line breaks: nothing left means every line of the head is blank.
  if (!head.trim()) throw new MailParseError('empty', 'message is empty');
  if (!firstLines(head, HEADER_SEARCH_LINES).some((line) => HEADER_FIELD.test(line))) {
    throw new MailParseError('not-a-message', 'input does not start with mail headers');
  }
}

// The first lines only: a regex split would still walk all 4 KiB of the head for every message.
// A CR left before the LF cannot change the header-field test, which reads only up to the colon.
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count && start <= text.length) {
    const end = text.indexOf('\n', start);
    lines.push(text.slice(start, end < 0 ? text.length : end));
    if (end < 0) break;
    start = end + 1;
  }
  return lines;
}

function collectHeaders(mail: ParsedMail): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (const { key, line } of mail.headerLines ?? []) {
    const colon = line.indexOf(':');
    const rawValue = colon >= 0 ? line.slice(colon + 1) : line;
    // Most header lines are not folded: skip the unfolding scan for them.
    const value = (rawValue.includes('\n') ? rawValue.replace(/\r?\n[ \t]+/g, ' ') : rawValue).trim();
    const values = headers[key] ?? [];
    values.push(value);
    headers[key] = values;
  }
  return headers;
}

function mailboxes(field: AddressObject | AddressObject[] | undefined): Mailbox[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  const result: Mailbox[] = [];
  for (const object of objects) {
    for (const entry of Array.isArray(object?.value) ? object.value : []) {
      const members = Array.isArray(entry.group) ? entry.group : [entry];
      for (const member of members) {
        const address = asString(member.address)?.toLowerCase() || null;
        const name = asString(member.name) || null;
        if (address || name) result.push({ name, address });
      }
    }
  }
  return result;
}

function firstMailbox(field: AddressObject | AddressObject[] | undefined): Mailbox | null {
  return mailboxes(field)[0] ?? null;
}

// mailparser puts the parse time in place of a missing or unreadable Date header: that must not pass
// for the date the vendor sent the message.
function headerDate(date: Date | undefined, rawHeader: string | undefined): Date | null {
  if (!date || Number.isNaN(date.getTime()) || rawHeader === undefined) return null;
  return Number.isNaN(Date.parse(rawHeader.replace(/\s*\(.*\)\s*$/, ''))) ? null : date;
}

function toArray(value: string | string[] | undefined): string[] {
  const values: unknown[] = Array.isArray(value) ? value : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

// mailparser's typings promise strings, but duplicated or damaged headers can yield arrays or objects.
function asString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return asString(value[0]);
  return null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
