import { MailParseError } from './errors';
import { headerOffsetMinutes, parseForwardedDate } from './forward-date';
import {
  autoForwardHeaders,
  hasForwardPrefix,
  hasReplyPrefix,
  htmlMayHoldForward,
  stripSubjectPrefixes,
} from './forward-markers';
import { type ForwardedBlock, findForwardedBlock } from './forwarded-block';
import { extractJsonLd, extractLinks, htmlToText } from './html-text';
import { parseMailboxText } from './mailbox';
import { type ParseMessageOptions, parseMessage } from './parse-message';
import { removeQuotedReplies, unquoteWholeText } from './quoted-replies';
import type { ForwardStyle, Mailbox, ParsedMessage, VendorMessage } from './types';
import { isPersonalMailbox } from './vendor';

/** Options for {@link readVendorMessage}. */
export type ReadVendorMessageOptions = ParseMessageOptions;

// A forward nested deeper than this is not a forward chain any person builds; stop unwrapping.
const MAX_NESTING = 8;
// Text between two forward headers longer than this is message content, not an intermediate note.
const MAX_INTERMEDIATE_NOTE = 600;
// A subject without "Fwd:" over this much text above a forward separator: the sender's own message quoting
// a forwarded one (a vendor passing on a partner's reply), not a user's note. Users' notes are a line or two.
const MAX_UNANNOUNCED_NOTE = 250;
// Below this many visible characters a text/plain part is a stub ("view this mail in HTML").
const MIN_PLAIN_TEXT = 20;

/**
 * Recovers the vendor's original message from whatever reached the watcher address: an attached message, an
 * inline forward (any client, in the languages of forward-headers.json), a forward of a forward, an auto-forward
 * or direct mail; quoted older replies removed and the forwarder's note kept apart.
 * Throws {@link MailParseError} only when the input is not a mail message at all.
 */
export async function readVendorMessage(
  raw: Buffer,
  options: ReadVendorMessageOptions = {},
): Promise<VendorMessage> {
  const outer = await parseMessage(raw, options);
  const attached = await attachedMessage(outer, options);
  if (attached) {
    const inner = await readAttached(attached, options, 1);
    return { ...inner, forward: 'attachment', forwarder: outer.from, forwarderNote: bodyText(outer) };
  }
  const inline = readInline(outer);
  if (inline) return inline;
  const autoForwarder = findAutoForwarder(outer);
  if (autoForwarder) return { ...ownMessage(outer), forward: 'auto-forward', forwarder: autoForwarder };
  return ownMessage(outer);
}

async function attachedMessage(
  outer: ParsedMessage,
  options: ParseMessageOptions,
): Promise<ParsedMessage | null> {
  const attachment = outer.attachments.find(
    (part) => part.contentType === 'message/rfc822' || /\.eml$/i.test(part.filename ?? ''),
  );
  if (!attachment) return null;
  try {
    return await parseMessage(attachment.content, options);
  } catch (error) {
    // An unreadable attachment leaves the outer message to be read on its own.
    if (error instanceof MailParseError) return null;
    throw error;
  }
}

/** The attached message itself, or the message it carries in turn (attached again or forwarded inline). */
async function readAttached(
  message: ParsedMessage,
  options: ParseMessageOptions,
  depth: number,
): Promise<VendorMessage> {
  const attached = depth < MAX_NESTING ? await attachedMessage(message, options) : null;
  if (attached) return readAttached(attached, options, depth + 1);
  return readInline(message) ?? ownMessage(message);
}

/** The message as the vendor wrote it, with no forward around it. */
function ownMessage(message: ParsedMessage): VendorMessage {
  const body = bodyText(message);
  return {
    from: message.from,
    subject: message.subject,
    date: message.date,
    messageId: message.messageId,
    text: cleanVendorText(body),
    chainText: body,
    jsonLd: message.html ? extractJsonLd(message.html) : [],
    links: message.html ? extractLinks(message.html) : [],
    forward: 'direct',
    forwarder: null,
    forwarderNote: '',
  };
}

function readInline(message: ParsedMessage): VendorMessage | null {
  const found = findInlineForward(message);
  if (!found) return null;
  const { outermost, innermost, body } = unwrapNested(found);
  const fallbackOffset = headerOffsetMinutes(message.headers.date?.[0]);
  const dateText = innermost.fields.date ?? innermost.fields.sent;
  return {
    from: parseMailboxText(innermost.fields.from ?? ''),
    subject: innermost.fields.subject ?? stripSubjectPrefixes(message.subject),
    date: dateText ? parseForwardedDate(dateText, fallbackOffset) : null,
    messageId: null,
    text: cleanVendorText(body),
    chainText: body,
    jsonLd: message.html ? extractJsonLd(message.html) : [],
    links: message.html ? extractLinks(message.html) : [],
    forward: inlineStyle(outermost),
    forwarder: message.from,
    forwarderNote: outermost.before,
  };
}

/** Looks for a forward in the text/plain part, then in the HTML turned into text: either can lose it. */
function findInlineForward(message: ParsedMessage): ForwardedBlock | null {
  const plain = message.text;
  if (hasVisibleText(plain, MIN_PLAIN_TEXT)) {
    const block = findForwardedBlock(plain);
    if (block && isForward(block, message)) return block;
  }
  if (message.html && htmlMayHoldForward(message.html)) {
    const block = findForwardedBlock(htmlText(message));
    if (block && isForward(block, message)) return block;
  }
  return null;
}

// Outlook writes forwards and quoted replies alike (a header block, no "forwarded" phrase): such a block
// is a forward when the subject says so or when little text (a note) sits above it. A long text above
// it, or a subject that says "Re:", makes it a reply quoting an older message, as vendors' support
// replies do.
function isForward(block: ForwardedBlock, message: ParsedMessage): boolean {
  if (!block.fields.from?.trim()) return false;
  // A quoted forward under a long text is part of a quoted reply chain, not the user's forward.
  if (block.quoted && block.before.length > MAX_INTERMEDIATE_NOTE) return false;
  if (!hasForwardPrefix(message.subject) && block.before.length > MAX_UNANNOUNCED_NOTE) return false;
  if (block.separator === 'forwarded-message' || block.separator === 'begin-forwarded') return true;
  if (hasForwardPrefix(message.subject)) return true;
  // A quoted older message under a rule with no "Fwd:" in the subject: the text above it is a reply.
  if (block.quoted) return false;
  if (block.before.length > MAX_INTERMEDIATE_NOTE) return false;
  return !hasReplyPrefix(message.subject) || isAnswerToOwnMail(block, message.from);
}

/**
 * A person who answers the vendor's mail to the watcher address (or copies it in) forwards it in effect: the
 * message under the header block was sent to them, and they write from a personal mailbox. A vendor's own
 * reply quoting the customer's message is the other way round: sent from the vendor's domain.
 */
function isAnswerToOwnMail(block: ForwardedBlock, sender: Mailbox | null): boolean {
  const address = sender?.address?.toLowerCase();
  if (!address || !isPersonalMailbox(address)) return false;
  const recipients = `${block.fields.to ?? ''} ${block.fields.cc ?? ''}`.toLowerCase();
  const name = sender?.name?.trim().toLowerCase();
  return recipients.includes(address) || (!!name && recipients.includes(name));
}

/** Follows forwards of forwards down to the innermost message (the vendor's). */
function unwrapNested(outermost: ForwardedBlock): {
  outermost: ForwardedBlock;
  innermost: ForwardedBlock;
  body: string;
} {
  let innermost = outermost;
  let body = unquoteWholeText(outermost.body);
  for (let depth = 0; depth < MAX_NESTING; depth++) {
    const nested = findForwardedBlock(body);
    if (!nested || !isNestedForward(innermost, nested)) break;
    innermost = nested;
    body = unquoteWholeText(nested.body);
  }
  return { outermost, innermost, body };
}

// A header block inside a forwarded message is another forward when a forward separator introduces it,
// or when the message around it is itself a forward (subject "Fwd:") — and little text precedes it.
// Otherwise it is an older message of a reply chain, which cleanVendorText removes.
function isNestedForward(parent: ForwardedBlock, nested: ForwardedBlock): boolean {
  if (nested.before.length > MAX_INTERMEDIATE_NOTE) return false;
  if (nested.separator === 'forwarded-message' || nested.separator === 'begin-forwarded') return true;
  return hasForwardPrefix(parent.fields.subject ?? '');
}

function inlineStyle(block: ForwardedBlock): ForwardStyle {
  switch (block.separator) {
    case 'begin-forwarded':
      return 'apple-inline';
    case 'forwarded-message':
      if (block.order[0] === 'subject') return 'thunderbird-inline';
      if (block.order[0] === 'from') return 'gmail-inline';
      return block.dashes >= 10 ? 'gmail-inline' : 'thunderbird-inline';
    default:
      return 'outlook-inline';
  }
}

function findAutoForwarder(message: ParsedMessage): Mailbox | null {
  const { headers } = message;
  const marked = autoForwardHeaders.markers.some((name) => (headers[name] ?? []).some(isMeaningfulMarker));
  const recipients = new Set(message.to.map((mailbox) => mailbox.address).filter(Boolean));
  for (const cc of headers.cc ?? []) {
    for (const address of addressesIn(cc)) recipients.add(address);
  }
  // The topmost header of each kind was written by the last hop: where the copy finally landed.
  const finalRecipient = [
    ...autoForwardHeaders.envelopeRecipient.map((name) => addressesIn(headers[name]?.[0] ?? '')[0]),
    receivedFor(headers.received?.[0] ?? ''),
  ].find((address) => address !== undefined);
  const redirected = finalRecipient !== undefined && recipients.size > 0 && !recipients.has(finalRecipient);
  if (!marked && !redirected) return null;
  for (const name of autoForwardHeaders.forwarderFrom) {
    const address = (headers[name] ?? []).flatMap(addressesIn)[0];
    if (address) return { name: null, address };
  }
  return message.to[0] ?? null;
}

/** The envelope recipient a Received line names ("... for <user@example.org>; date"). */
function receivedFor(value: string): string | undefined {
  return /\bfor\s+<?([^\s<>;]+@[^\s<>;]+)>?/i.exec(value)?.[1]?.toLowerCase();
}

function isMeaningfulMarker(value: string): boolean {
  return value.trim().toLowerCase() !== 'false';
}

function addressesIn(value: string): string[] {
  return (value.match(/(?<![^\s<>(),;:"'])[^\s<>(),;:"']+@[^\s<>(),;:"']+/g) ?? []).map((address) =>
    address.toLowerCase(),
  );
}

const htmlTextCache = new WeakMap<ParsedMessage, string>();

// html-to-text is the costliest step: convert each message's HTML at most once.
function htmlText(message: ParsedMessage): string {
  const cached = htmlTextCache.get(message);
  if (cached !== undefined) return cached;
  const text = message.html ? htmlToText(message.html) : '';
  htmlTextCache.set(message, text);
  return text;
}

/** The message's readable text: its text/plain part, or its HTML as text when the plain part is a stub. */
function bodyText(message: ParsedMessage): string {
  if (hasVisibleText(message.text, MIN_PLAIN_TEXT) || !message.html) return message.text.trim();
  return htmlText(message);
}

function cleanVendorText(text: string): string {
  return removeQuotedReplies(text.replace(/\r\n?/g, '\n'))
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a text has at least `minimum` non-space characters (counting stops there: mails can be long). */
function hasVisibleText(text: string, minimum: number): boolean {
  let seen = 0;
  for (let index = 0; index < text.length && seen < minimum; index++) {
    const code = text.charCodeAt(index);
    if (code > 32 && code !== 160) seen++;
  }
  return seen >= minimum;
}
