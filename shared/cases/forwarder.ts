import type { Understanding } from '../classify/understand-message';
import { normalizeAddress } from './user';

/** Longest header block read when the message itself cannot be parsed (oversized or broken mail). */
const HEADER_SCAN_BYTES = 64 * 1024;
const ADDRESS = /[^\s<>"',;:()[\]]+@[^\s<>"',;:()[\]]+\.[^\s<>"',;:()[\]]+/;

/**
 * The addresses that may identify who sent this mail to the watcher, most telling first: the forwarder (outer
 * From of a forward), then the envelope sender (auto-forwards keep the vendor's From but the user's mail server
 * is the envelope sender, often SRS- or plus-tagged), then Gmail's X-Forwarded-For. Without an understanding
 * (oversized or unparsable mail) the outer From is read from the raw header block instead.
 */
export function forwarderCandidates(
  raw: Buffer,
  understanding: Understanding | null,
  envelopeFrom: string | null,
): string[] {
  const headers = readHeaderBlock(raw);
  const candidates = [
    understanding ? understanding.message.forwarder?.address : firstAddress(headers.get('from')),
    envelopeFrom ? unwrapEnvelopeSender(envelopeFrom) : null,
    firstAddress(headers.get('x-forwarded-for')),
  ];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (candidate) seen.add(normalizeAddress(candidate));
  }
  return [...seen];
}

/** Undoes the envelope rewriting of forwarding services: SRS0/SRS1 (RFC-less but universal) and Gmail's +caf_ tag. */
export function unwrapEnvelopeSender(address: string): string {
  const srs = /^SRS[01][=+-][^=]*=[^=]*=([^=]+)=([^@]+)@/i.exec(address);
  const unwrapped = srs ? `${srs[2]}@${srs[1]}` : address;
  return unwrapped.replace(/\+caf_=[^@]*@/i, '@');
}

// Unfolded top-level headers, lower-cased names, first occurrence of each.
function readHeaderBlock(raw: Buffer): Map<string, string> {
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

function firstAddress(value: string | undefined): string | null {
  return value ? (ADDRESS.exec(value)?.[0] ?? null) : null;
}
