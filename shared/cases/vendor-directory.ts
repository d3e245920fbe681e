import { IANAZone } from 'luxon';
// zod/mini: the classic build adds ~450 KB to every bundle that looks a vendor up (the sweep's alerts do).
import * as z from 'zod/mini';
import { parseOpeningHours } from './business-hours';
import vendorsData from './vendors.json' with { type: 'json' };

/** What inbox-watcher knows about a vendor: where it is (for deadlines) and how to reach its billing team. */
export type VendorProfile = {
  name: string;
  domains: string[];
  country: string;
  timeZone: string;
  billing: { phone: string | null; email: string | null; url: string | null; hours: string | null } | null;
  moneyBackGuaranteeDays: number | null;
};

const domainSchema = z
  .string()
  .check(
    z.regex(
      /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
      'a lower-case domain such as "example.co.uk"',
    ),
  );

const vendorSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  domains: z.array(domainSchema).check(z.minLength(1)),
  country: z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "US"')),
  timeZone: z
    .string()
    .check(z.refine((zone) => IANAZone.isValidZone(zone), 'an IANA time zone such as "America/New_York"')),
  billing: z.nullable(
    z.strictObject({
      phone: z.nullable(z.string().check(z.minLength(1))),
      email: z.nullable(z.email()),
      url: z.nullable(z.url({ protocol: /^https$/ })),
      hours: z.nullable(
        z
          .string()
          .check(
            z.refine(
              (hours) => parseOpeningHours(hours) !== null,
              'hours like "Mon-Fri 08:00-20:00; Sat 09:00-13:00"',
            ),
          ),
      ),
    }),
  ),
  moneyBackGuaranteeDays: z.nullable(z.number().check(z.int(), z.positive())),
});

const directorySchema = z.object({ vendors: z.array(vendorSchema) }).check(
  z.superRefine((directory, context) => {
    const seen = new Set<string>();
    for (const domain of directory.vendors.flatMap((vendor) => vendor.domains)) {
      if (seen.has(domain)) context.addIssue({ code: 'custom', message: `domain listed twice: ${domain}` });
      seen.add(domain);
    }
  }),
);

/** Looks vendors up by domain; built from data shaped like vendors.json. */
export interface VendorDirectory {
  find(domain: string | null): VendorProfile | null;
}

/**
 * Builds a directory from data shaped like vendors.json, validated first.
 * @throws ZodError naming each invalid field.
 */
export function createVendorDirectory(data: unknown): VendorDirectory {
  return directoryOf(directorySchema.parse(data).vendors);
}

function directoryOf(vendors: VendorProfile[]): VendorDirectory {
  const profilesByDomain = new Map<string, VendorProfile>();
  for (const vendor of vendors) {
    const profile = deepFreeze(vendor);
    for (const domain of vendor.domains) profilesByDomain.set(domain, profile);
  }
  return {
    find(domain) {
      const labels = domain?.trim().toLowerCase().replace(/\.$/, '').split('.') ?? [];
      // "billing.mail.example.co.uk" → "mail.example.co.uk" → "example.co.uk" …: a vendor's subdomains are its own.
      for (let first = 0; first < labels.length - 1; first++) {
        const profile = profilesByDomain.get(labels.slice(first).join('.'));
        if (profile) return profile;
      }
      return null;
    },
  };
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === 'object') deepFreeze(child);
  }
  return Object.freeze(value);
}

// vendors.json ships with the code and its test validates it (time zones, hours, duplicate domains): checking it
// again at every cold start would load the time zone data and run the schema for nothing.
const seededDirectory = directoryOf(vendorsData.vendors as VendorProfile[]);

/**
 * The seeded vendor profile for a domain (e.g. "constantcontact.com"), also matching its subdomains; null when
 * the vendor is not in the directory or the domain is null. Profiles are frozen: copy before changing.
 */
export function findVendorProfile(domain: string | null): VendorProfile | null {
  return seededDirectory.find(domain);
}
