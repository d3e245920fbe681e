import { getDomain, getDomainWithoutSuffix, getHostname, parse } from 'tldts';
import type { VendorMessage } from './types';
import vendorDomains from './vendor-domains.json';

/** The vendor behind a message: registrable domain (eTLD+1, lower case) and display name. */
export interface VendorIdentity {
  domain: string | null;
  name: string | null;
}

const ignoredDomains = [
  ...vendorDomains.tracking,
  ...vendorDomains.thirdParty,
  ...vendorDomains.mailboxProviders,
];
const transliteration = new Map(
  Object.entries(vendorDomains.transliteration).filter(([letter]) => !letter.startsWith('$')),
);

// Where a domain was seen, and how much that says about the sender: a contact address is a strong
// sign, a link in the text a fair one, a bare mention or an href a weaker one; a link to one of the
// sender's own pages (privacy notice, imprint, unsubscribe) adds to whichever it is.
const WEIGHT = { address: 3, textLink: 2, mention: 1, href: 1, ownPage: 2 } as const;
const OWN_PAGE_WORDS = new Set(vendorDomains.ownPages.words);

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})/gu;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')\]|]+/gi;
const BARE_DOMAIN = /(?<![@\p{L}\p{N}.-])(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\p{L}\p{N}-])/giu;

/**
 * Identifies the vendor: the registrable domain of the original sender's address, or — when a forward
 * shows only the sender's name — the domain the body points to most, preferring ones the name matches
 * and ignoring trackers, social networks, mailbox providers and the forwarder's own domain.
 */
export function identifyVendor(message: VendorMessage): VendorIdentity {
  const name = message.from?.name?.trim() || null;
  const senderDomain = domainOfAddress(message.from?.address ?? null);
  if (senderDomain) return { domain: senderDomain, name };
  // A reply may carry no address or link of its own while the older messages quoted under it do.
  const forwarderDomain = domainOfAddress(message.forwarder?.address ?? null);
  const domain =
    recoverDomain(message.text, message.links, forwarderDomain, name) ??
    (message.chainText !== message.text ? recoverDomain(message.chainText, [], forwarderDomain, name) : null);
  return { domain, name };
}

function domainOfAddress(address: string | null): string | null {
  const host = address?.split('@')[1];
  return host ? (getDomain(host)?.toLowerCase() ?? null) : null;
}

function recoverDomain(
  text: string,
  links: readonly string[],
  forwarderDomain: string | null,
  name: string | null,
): string | null {
  const scores = new Map<string, number>();
  const add = (host: string | null | undefined, weight: number) => {
    const parsed = host ? parse(host.toLowerCase()) : null;
    // Only a name under a known public suffix is a domain: "P.IVA" (an Italian VAT label) or "S.p.A." is not.
    if (parsed?.domain && parsed.isIcann)
      scores.set(parsed.domain, (scores.get(parsed.domain) ?? 0) + weight);
  };
  // The Unicode-aware address pattern is slow to run over a whole body: skip it when no "@" can match.
  const hasAddress = text.includes('@');
  if (hasAddress) for (const match of text.matchAll(EMAIL)) add(match[1], WEIGHT.address);
  for (const match of text.matchAll(URL_IN_TEXT)) {
    add(getHostname(match[0]), WEIGHT.textLink + ownPageWeight(match[0]));
  }
  const withoutUrls = text.replace(URL_IN_TEXT, ' ');
  const withoutUrlsAndEmails = hasAddress ? withoutUrls.replace(EMAIL, ' ') : withoutUrls;
  for (const match of withoutUrlsAndEmails.matchAll(BARE_DOMAIN)) add(match[1], WEIGHT.mention);
  for (const link of links) {
    if (/^mailto:/i.test(link))
      add(
        link
          .replace(/^mailto:/i, '')
          .split('?')[0]
          ?.split('@')[1],
        WEIGHT.address,
      );
    else add(getHostname(link), WEIGHT.href + ownPageWeight(link));
  }

  const nameKeys = nameKeysOf(name);
  let best: { domain: string; named: boolean; score: number } | null = null;
  for (const [domain, score] of scores) {
    const named = nameKeys.length > 0 && namesDomain(nameKeys, domain);
    if (!named && (domain === forwarderDomain || isIgnored(domain))) continue;
    if (!best || Number(named) > Number(best.named) || (named === best.named && score > best.score)) {
      best = { domain, named, score };
    }
  }
  return best?.domain ?? null;
}

/** The extra weight of a link to one of the sender's own pages ("https://www.bahn.de/datenschutz"), else 0. */
function ownPageWeight(url: string): number {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '').toLowerCase();
  const words = path.split(/[/?#=&._]+/);
  return words.some((word) => OWN_PAGE_WORDS.has(word)) ? WEIGHT.ownPage : 0;
}

/** Whether an address is at a mailbox provider (Gmail, Outlook.com, GMX, ABV…): a person's, not a vendor's. */
export function isPersonalMailbox(address: string): boolean {
  const domain = domainOfAddress(address);
  return domain !== null && vendorDomains.mailboxProviders.includes(domain);
}

function isIgnored(domain: string): boolean {
  return ignoredDomains.some((ignored) => domain === ignored || ignored.endsWith(`.${domain}`));
}

/** Lower-case Latin keys of a display name: each word and all words joined ("Leroy Merlin" → leroymerlin). */
function nameKeysOf(name: string | null): string[] {
  if (!name) return [];
  const latin = [
    ...name
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, ''),
  ]
    .map((letter) => transliteration.get(letter) ?? letter)
    .join('');
  const words = latin.split(/[^a-z0-9]+/).filter((word) => word.length >= 3);
  const joined = words.join('');
  return [...new Set([...words, joined])];
}

function namesDomain(nameKeys: string[], domain: string): boolean {
  const label = (getDomainWithoutSuffix(domain) ?? domain).replace(/[^a-z0-9]/g, '');
  if (label.length < 2) return false;
  return nameKeys.some(
    (key) =>
      key === label ||
      (key.length >= 4 && (label.startsWith(key) || label.includes(key))) ||
      (label.length >= 4 && key.startsWith(label)) ||
      similarity(key, label) >= 0.7,
  );
}

/** Dice coefficient of letter pairs: tolerates transliteration ("tehnopolis" vs "technopolis"). */
function similarity(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let index = 0; index < a.length - 1; index++) {
    const pair = a.slice(index, index + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  let shared = 0;
  for (let index = 0; index < b.length - 1; index++) {
    const pair = b.slice(index, index + 2);
    const count = pairs.get(pair) ?? 0;
    if (count > 0) {
      shared++;
      pairs.set(pair, count - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}
