import type { Understanding } from '../classify/understand-message';
import { normalizeAddress } from './user';

/** Longest header block read when the message itself cannot be parsed (oversized or broken mail). */
const HEADER_SCAN_BYTES = 64 * 1024;
const ADDRESS = /[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+\.[^\s<>"',;:()[\]]+/;
const ADDRESSES = new RegExp(ADDRESS.source, 'g');

/**
 * The addresses that may identify who sent this mail to the watcher, most telling first: the forwarder the
 * pipeline found (outer From of a forward), the outer From itself (a user writing or replying to the watcher
 * directly), then the envelope sender (auto-forwards keep the vendor's From but the user's mail server is the
 * envelope sender, often SRS- or plus-tagged), then Gmail's X-Forwarded-For. Without an understanding
 * (oversized or unparsable mail) only the raw header block is read.
 */
export function forwarderCandidates(
  raw: Buffer,
  understanding: Understanding | null,
  envelopeFrom: string | null,
): string[] {
  const headers = readTopHeaders(raw);
  const candidates = [
    understanding?.message.forwarder?.address,
    mailboxAddress(headers.get('from')),
    envelopeFrom ? unwrapEnvelopeSender(envelopeFrom) : null,
    mailboxAddress(headers.get('x-forwarded-for')),
  ];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (candidate) seen.add(normalizeAddress(candidate));
  }
  return [...seen];
}

/**
 * The addresses the mail was delivered to, for finding a user's watch address: the envelope recipients (what
 * the receiving server accepted; SES lists only the recipients its rule covered), or the To and Cc headers when
 * the transport gave none. Lower-cased, each once, in order.
 */
export function recipientCandidates(raw: Buffer, envelopeRecipients: readonly string[]): string[] {
  const headers = readTopHeaders(raw);
  const addresses =
    envelopeRecipients.length > 0
      ? envelopeRecipients
      : [headers.get('to'), headers.get('cc')].flatMap((value) => allAddresses(value));
  return [...new Set(addresses.map(normalizeAddress))];
}

/** Undoes the envelope rewriting of forwarding services: SRS0/SRS1 (RFC-less but universal) and Gmail's +caf_ tag. */
export function unwrapEnvelopeSender(address: string): string {
  const srs = /^SRS[01][=+-][^=]*=[^=]*=([^=]+)=([^@]+)@/i.exec(address);
  const unwrapped = srs ? `${srs[2]}@${srs[1]}` : address;
  return unwrapped.replace(/\+caf_=[^@]*@/i, '@');
}

/**
 * The message's own (top-level) header fields, unfolded, by lower-cased name, first occurrence of each, read
 * from the raw bytes without a MIME parse (so it works on oversized and broken mail too).
 */
export function readTopHeaders(raw: Buffer): Map<string, string> {
  const head = raw.subarray(0, HEADER_SCAN_BYTES).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = (end === -1 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ');
  const headers = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function allAddresses(value: string | undefined): string[] {
  return value ? [...value.matchAll(ADDRESSES)].map((match) => match[0]) : [];
}

// The address in angle brackets when there is one (a display name may itself look like an address).
function mailboxAddress(value: string | undefined): string | null {
  if (!value) return null;
  const bracketed = /<([^<>\s]+@[^<>\s]+)>/.exec(value)?.[1];
  return bracketed ?? ADDRESS.exec(value)?.[0] ?? null;
}
