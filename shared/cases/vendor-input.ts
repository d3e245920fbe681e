import { findVendorProfile } from './vendor-directory';
import vendorsData from './vendors.json' with { type: 'json' };

/** A vendor as a user names it when opening a case by hand. */
export interface VendorInput {
  name?: string | undefined;
  domain?: string | undefined;
}

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

// Directory names, lower-cased, to their first domain ("constant contact" → "constantcontact.com").
const domainsByName = new Map<string, string>();
for (const vendor of vendorsData.vendors) {
  const key = vendor.name.trim().toLowerCase();
  const first = vendor.domains[0];
  if (first !== undefined && !domainsByName.has(key)) domainsByName.set(key, first);
}

/** Whether text reads as a domain name ("shop.example.co.uk"), after trimming and lower-casing. */
export function looksLikeDomain(text: string): boolean {
  return DOMAIN.test(text.trim().toLowerCase());
}

/**
 * The vendor of a hand-made case: a domain ("www.constantcontact.com" → "constantcontact.com"), a name the vendor
 * directory knows ("Constant Contact"), or both. Returns null when only an unknown name is given: mail can only
 * be matched to a case by the vendor's domain, so one is needed.
 */
export function resolveVendorInput(input: VendorInput): { domain: string; name: string | null } | null {
  const name = input.name?.trim() || null;
  const rawDomain =
    input.domain
      ?.trim()
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/^www\./, '') || null;
  const domain = rawDomain ?? (name === null ? null : (domainsByName.get(name.toLowerCase()) ?? null));
  if (domain === null || !looksLikeDomain(domain)) return null;
  return { domain, name: findVendorProfile(domain)?.name ?? name };
}
