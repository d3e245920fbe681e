import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { describeOpeningHours, parseOpeningHours } from '../../../shared/cases/business-hours';
import { findVendorProfile, type VendorProfile } from '../../../shared/cases/vendor-directory';

const constantContact = findVendorProfile('constantcontact.com') as VendorProfile;

function vendorWithHours(hours: string | null, timeZone = 'Europe/Berlin'): VendorProfile {
  return {
    name: 'Example',
    domains: ['example.com'],
    country: 'DE',
    timeZone,
    billing: { phone: '+49 30 000000', email: null, url: null, hours },
    moneyBackGuaranteeDays: null,
  };
}

const at = (iso: string) => new Date(iso);

describe('parseOpeningHours', () => {
  it('reads a weekday range with 24-hour times', () => {
    expect(parseOpeningHours('Mon-Fri 08:00-20:00')).toEqual([
      { weekdays: [1, 2, 3, 4, 5], opensAtMinute: 480, closesAtMinute: 1200 },
    ]);
  });

  it('reads several rules, single days, lists and ranges that wrap past Sunday', () => {
    expect(parseOpeningHours('Mon,Wed 09:30-17:00; Sat 10:00-14:00; Fri-Mon 20:00-24:00')).toEqual([
      { weekdays: [1, 3], opensAtMinute: 570, closesAtMinute: 1020 },
      { weekdays: [6], opensAtMinute: 600, closesAtMinute: 840 },
      { weekdays: [5, 6, 7, 1], opensAtMinute: 1200, closesAtMinute: 1440 },
    ]);
  });

  it('rejects text that does not follow the format', () => {
    for (const text of [
      '',
      'Mon-Fri',
      'Mon-Fri 8-20',
      'Mon-Fri 8:00-20:00',
      'Weekdays 08:00-20:00',
      'Mon-Fri 20:00-08:00',
      'Mon-Fri 08:00-08:00',
      'Mon-Fri 08:00-24:30',
      'Mon-Fri 08:60-20:00',
      'Mon,Mon 08:00-09:00',
      'Mon-Tue-Wed 08:00-09:00',
      'Mon-Fri 08:00-20:00;',
    ]) {
      expect(parseOpeningHours(text), text).toBeNull();
    }
  });
});

describe('describeOpeningHours: Constant Contact billing, Mon–Fri 8am–8pm ET', () => {
  it('is open on a weekday morning, with the minutes left until closing', () => {
    // Wed 2026-11-25 14:00Z = 09:00 EST; closes at 20:00 EST, 11 h later.
    expect(describeOpeningHours(constantContact, at('2026-11-25T14:00:00Z'))).toEqual({
      openNow: true,
      opensInMinutes: null,
      closesInMinutes: 660,
      label: 'Mon–Fri 8am–8pm ET — open now',
    });
  });

  it('says it opens in 3 h at 5am', () => {
    // Wed 2026-11-25 10:00Z = 05:00 EST; opens 08:00 EST.
    expect(describeOpeningHours(constantContact, at('2026-11-25T10:00:00Z'))).toEqual({
      openNow: false,
      opensInMinutes: 180,
      closesInMinutes: null,
      label: 'Mon–Fri 8am–8pm ET — opens in 3 h',
    });
  });

  it('gives hours and minutes, or minutes alone under an hour', () => {
    // 05:20 EST → 2 h 40 min; 07:15 EST → 45 min.
    expect(describeOpeningHours(constantContact, at('2026-11-25T10:20:00Z')).label).toBe(
      'Mon–Fri 8am–8pm ET — opens in 2 h 40 min',
    );
    expect(describeOpeningHours(constantContact, at('2026-11-25T12:15:00Z')).opensInMinutes).toBe(45);
  });

  it('warns when it closes within the hour', () => {
    // Wed 2026-11-25 19:30 EST = 2026-11-26 00:30Z.
    expect(describeOpeningHours(constantContact, at('2026-11-26T00:30:00Z')).label).toBe(
      'Mon–Fri 8am–8pm ET — open now, closes in 30 min',
    );
  });

  it('opens at 08:00 sharp and closes at 20:00 sharp', () => {
    // 08:00 EST = 13:00Z (open, 12 h left); 20:00 EST = 01:00Z next day (closed until Thu 08:00, 12 h).
    expect(describeOpeningHours(constantContact, at('2026-11-25T13:00:00Z'))).toMatchObject({
      openNow: true,
      closesInMinutes: 720,
    });
    expect(describeOpeningHours(constantContact, at('2026-11-26T01:00:00Z'))).toMatchObject({
      openNow: false,
      opensInMinutes: 720,
    });
  });

  it('names the opening day and time when it is more than a day away', () => {
    // Sat 2026-11-28 10:00 EST (15:00Z) → Mon 08:00 EST: 46 h.
    expect(describeOpeningHours(constantContact, at('2026-11-28T15:00:00Z'))).toEqual({
      openNow: false,
      opensInMinutes: 46 * 60,
      closesInMinutes: null,
      label: 'Mon–Fri 8am–8pm ET — opens Mon 8am',
    });
  });

  it('counts the real minutes over the US spring-forward weekend', () => {
    // Fri 2026-03-06 21:00 EST (03-07 02:00Z) → Mon 03-09 08:00 EDT (12:00Z): 59 wall-clock hours, 58 real.
    expect(describeOpeningHours(constantContact, at('2026-03-07T02:00:00Z')).opensInMinutes).toBe(58 * 60);
  });

  it('counts the real minutes over the US fall-back weekend', () => {
    // Fri 2026-10-30 21:00 EDT (10-31 01:00Z) → Mon 11-02 08:00 EST (13:00Z): 59 wall-clock hours, 60 real.
    expect(describeOpeningHours(constantContact, at('2026-10-31T01:00:00Z')).opensInMinutes).toBe(60 * 60);
  });

  it('keeps opening at 8am local after the change (13:00Z in winter, 12:00Z in summer)', () => {
    expect(describeOpeningHours(constantContact, at('2026-03-09T11:59:00Z')).openNow).toBe(false);
    expect(describeOpeningHours(constantContact, at('2026-03-09T12:00:00Z')).openNow).toBe(true);
  });

  it('ignores public holidays (it says open on Thanksgiving)', () => {
    // Thu 2026-11-26 10:00 EST: Thanksgiving, but the directory knows weekly hours only.
    expect(describeOpeningHours(constantContact, at('2026-11-26T15:00:00Z')).openNow).toBe(true);
  });
});

describe('describeOpeningHours: other schedules and zones', () => {
  it('joins several rules and uses the zone’s seasonal abbreviation', () => {
    const shop = vendorWithHours('Mon-Fri 09:00-18:00; Sat 10:00-14:00');
    // Sat 2026-03-28 11:00 CET (10:00Z): open until 14:00, 3 h.
    expect(describeOpeningHours(shop, at('2026-03-28T10:00:00Z'))).toEqual({
      openNow: true,
      opensInMinutes: null,
      closesInMinutes: 180,
      label: 'Mon–Fri 9am–6pm, Sat 10am–2pm CET — open now',
    });
    // Sat 2026-07-04 11:00 CEST (09:00Z).
    expect(describeOpeningHours(shop, at('2026-07-04T09:00:00Z')).label).toBe(
      'Mon–Fri 9am–6pm, Sat 10am–2pm CEST — open now',
    );
  });

  it('shifts an opening time skipped by the spring-forward gap forward by the gap, as Temporal does', () => {
    // Sun 2026-03-29 in Berlin has no 02:30 (02:00 CET → 03:00 CEST); it becomes 03:30 CEST = 01:30Z.
    // At 01:30 CET (00:30Z) that is 60 real minutes away.
    const night = vendorWithHours('Sun 02:30-05:00');
    expect(describeOpeningHours(night, at('2026-03-29T00:30:00Z')).opensInMinutes).toBe(60);
  });

  it('never closes when open round the clock', () => {
    const always = vendorWithHours('Mon-Sun 00:00-24:00', 'Europe/Sofia');
    expect(describeOpeningHours(always, at('2026-10-25T00:30:00Z'))).toEqual({
      openNow: true,
      opensInMinutes: null,
      closesInMinutes: null,
      label: 'Mon–Sun 24 h EEST — open now',
    });
  });

  it('runs an evening opening on into the next day’s early opening', () => {
    // Fri 22:00-24:00 and Sat 00:00-02:00 are one stretch: at Fri 23:00 CEST (21:00Z) it closes in 3 h.
    const late = vendorWithHours('Fri 22:00-24:00; Sat 00:00-02:00');
    expect(describeOpeningHours(late, at('2026-06-05T21:00:00Z')).closesInMinutes).toBe(180);
  });

  it('says the hours are not listed when the vendor has none', () => {
    const unknown = {
      openNow: false,
      opensInMinutes: null,
      closesInMinutes: null,
      label: 'hours not listed',
    };
    expect(describeOpeningHours(vendorWithHours(null), at('2026-06-05T10:00:00Z'))).toEqual(unknown);
    expect(
      describeOpeningHours({ ...vendorWithHours(null), billing: null }, at('2026-06-05T10:00:00Z')),
    ).toEqual(unknown);
  });
});

describe('describeOpeningHours properties', () => {
  const instants = fc.date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2030-12-31T00:00:00Z'),
    noInvalidDate: true,
  });

  it('is either open with a closing time or closed with an opening time', () => {
    fc.assert(
      fc.property(instants, (now) => {
        const status = describeOpeningHours(constantContact, now);
        expect(status.openNow).toBe(status.closesInMinutes !== null);
        expect(status.openNow).toBe(status.opensInMinutes === null);
      }),
    );
  });

  it('agrees with the local clock in New York', () => {
    fc.assert(
      fc.property(instants, (now) => {
        const local = DateTime.fromJSDate(now, { zone: 'America/New_York' });
        const expectedOpen = local.weekday <= 5 && local.hour >= 8 && local.hour < 20;
        expect(describeOpeningHours(constantContact, now).openNow).toBe(expectedOpen);
      }),
    );
  });

  it('points to a weekday 8am in New York when closed', () => {
    fc.assert(
      fc.property(instants, (now) => {
        const { opensInMinutes } = describeOpeningHours(constantContact, now);
        if (opensInMinutes === null) return;
        // Rounded up to whole minutes, so now + opensInMinutes lands within the first minute after opening.
        const opening = DateTime.fromJSDate(new Date(now.getTime() + opensInMinutes * 60_000), {
          zone: 'America/New_York',
        });
        expect(opening.weekday).toBeLessThanOrEqual(5);
        expect(opening.toFormat('HH:mm')).toBe('08:00');
      }),
    );
  });
});
