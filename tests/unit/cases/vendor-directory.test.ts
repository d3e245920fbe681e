import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { createVendorDirectory, findVendorProfile } from '../../../shared/cases/vendor-directory';
import vendorsData from '../../../shared/cases/vendors.json' with { type: 'json' };

const validVendor = {
  name: 'Example',
  domains: ['example.com'],
  country: 'US',
  timeZone: 'America/Chicago',
  billing: {
    phone: '+1 555 0100',
    email: 'billing@example.com',
    url: 'https://example.com/help',
    hours: null,
  },
  moneyBackGuaranteeDays: null,
};

describe('findVendorProfile', () => {
  it('finds Constant Contact with its billing line, hours and guarantee', () => {
    expect(findVendorProfile('constantcontact.com')).toEqual({
      name: 'Constant Contact',
      domains: ['constantcontact.com'],
      country: 'US',
      timeZone: 'America/New_York',
      billing: { phone: '855-229-5506', email: null, url: null, hours: 'Mon-Fri 08:00-20:00' },
      moneyBackGuaranteeDays: 30,
    });
  });

  it('matches subdomains by walking up the labels', () => {
    expect(findVendorProfile('mail.constantcontact.com')?.name).toBe('Constant Contact');
    expect(findVendorProfile('a.b.c.constantcontact.com')?.name).toBe('Constant Contact');
    expect(findVendorProfile('email.amazon.co.uk')?.country).toBe('GB');
  });

  it('ignores case, surrounding spaces and a trailing dot', () => {
    expect(findVendorProfile(' Mail.ConstantContact.COM. ')?.name).toBe('Constant Contact');
  });

  it('tells country sites of one vendor apart', () => {
    expect(findVendorProfile('amazon.com')).toMatchObject({ country: 'US', timeZone: 'America/Los_Angeles' });
    expect(findVendorProfile('amazon.co.uk')).toMatchObject({ country: 'GB', timeZone: 'Europe/London' });
    expect(findVendorProfile('amazon.de')).toMatchObject({ country: 'DE', timeZone: 'Europe/Berlin' });
  });

  it('finds a vendor by any of its domains', () => {
    expect(findVendorProfile('zoom.com')).toBe(findVendorProfile('zoom.us'));
    expect(findVendorProfile('zoom.com')?.name).toBe('Zoom');
  });

  it('knows the European seed vendors’ countries and time zones', () => {
    expect(findVendorProfile('ozone.bg')).toMatchObject({ country: 'BG', timeZone: 'Europe/Sofia' });
    expect(findVendorProfile('technopolis.bg')).toMatchObject({ country: 'BG', timeZone: 'Europe/Sofia' });
    expect(findVendorProfile('telekom.de')).toMatchObject({ country: 'DE', timeZone: 'Europe/Berlin' });
    expect(findVendorProfile('free.fr')).toMatchObject({ country: 'FR', timeZone: 'Europe/Paris' });
    expect(findVendorProfile('movistar.es')).toMatchObject({ country: 'ES', timeZone: 'Europe/Madrid' });
    expect(findVendorProfile('tim.it')).toMatchObject({ country: 'IT', timeZone: 'Europe/Rome' });
  });

  it('answers null for unknown vendors, bare suffixes, look-alikes and null', () => {
    expect(findVendorProfile('example.org')).toBeNull();
    expect(findVendorProfile('co.uk')).toBeNull();
    expect(findVendorProfile('com')).toBeNull();
    expect(findVendorProfile('notconstantcontact.com')).toBeNull();
    expect(findVendorProfile('constantcontact.com.evil.example')).toBeNull();
    expect(findVendorProfile('')).toBeNull();
    expect(findVendorProfile(null)).toBeNull();
  });

  it('hands out frozen profiles, so one caller cannot change another’s', () => {
    const profile = findVendorProfile('constantcontact.com');
    expect(Object.isFrozen(profile)).toBe(true);
    expect(Object.isFrozen(profile?.billing)).toBe(true);
    expect(Object.isFrozen(profile?.domains)).toBe(true);
  });
});

describe('the seeded data', () => {
  it('passes the directory schema (the program trusts it at start-up)', () => {
    expect(() => createVendorDirectory(vendorsData)).not.toThrow();
  });

  it('lets every vendor be found by each of its domains', () => {
    for (const vendor of vendorsData.vendors) {
      for (const domain of vendor.domains) expect(findVendorProfile(domain)?.name).toBe(vendor.name);
    }
  });

  it('uses only countries whose public holidays date-holidays knows', () => {
    for (const vendor of vendorsData.vendors) {
      const publicHolidays = new Holidays(vendor.country, { types: ['public'] }).getHolidays(2026);
      expect(publicHolidays.length, vendor.country).toBeGreaterThan(0);
    }
  });
});

describe('createVendorDirectory validates its data', () => {
  const build = (vendors: unknown[]) => () => createVendorDirectory({ vendors });

  it('accepts a well-formed vendor', () => {
    expect(createVendorDirectory({ vendors: [validVendor] }).find('www.example.com')?.name).toBe('Example');
  });

  it('rejects a domain listed by two vendors', () => {
    expect(build([validVendor, { ...validVendor, name: 'Copy' }])).toThrow(
      /domain listed twice: example\.com/,
    );
  });

  it('rejects an unknown time zone', () => {
    expect(build([{ ...validVendor, timeZone: 'America/Atlantis' }])).toThrow(/IANA time zone/);
  });

  it('rejects opening hours it cannot read', () => {
    const billing = { ...validVendor.billing, hours: 'weekdays 8 to 8' };
    expect(build([{ ...validVendor, billing }])).toThrow(/Mon-Fri 08:00-20:00/);
  });

  it('rejects upper-case or malformed domains, and lower-case country codes', () => {
    expect(build([{ ...validVendor, domains: ['Example.com'] }])).toThrow(/lower-case domain/);
    expect(build([{ ...validVendor, domains: ['example'] }])).toThrow(/lower-case domain/);
    expect(build([{ ...validVendor, country: 'us' }])).toThrow(/ISO 3166-1/);
  });

  it('rejects unknown fields, plain-http links and invalid e-mail addresses', () => {
    expect(build([{ ...validVendor, fax: '555' }])).toThrow();
    expect(
      build([{ ...validVendor, billing: { ...validVendor.billing, url: 'http://example.com' } }]),
    ).toThrow();
    expect(
      build([{ ...validVendor, billing: { ...validVendor.billing, email: 'not an address' } }]),
    ).toThrow();
  });

  it('rejects a guarantee that is not a positive whole number of days', () => {
    expect(build([{ ...validVendor, moneyBackGuaranteeDays: 0 }])).toThrow();
    expect(build([{ ...validVendor, moneyBackGuaranteeDays: 14.5 }])).toThrow();
  });
});
