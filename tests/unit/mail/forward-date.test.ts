import { describe, expect, it } from 'vitest';
import { headerOffsetMinutes, parseForwardedDate } from '../../../shared/mail/forward-date';

const CET = 60;

describe('parseForwardedDate', () => {
  it.each([
    ['Gmail en', 'Mon, Apr 13, 2026 at 12:06 PM', '2026-04-13T11:06:00.000Z'],
    ['Gmail bg', 'пн, 13.04.2026 г. в 12:06', '2026-04-13T11:06:00.000Z'],
    ['Gmail de', 'Mo., 13. Apr. 2026 um 12:06 Uhr', '2026-04-13T11:06:00.000Z'],
    ['Gmail fr', 'lun. 13 avr. 2026 à 12:06', '2026-04-13T11:06:00.000Z'],
    ['Gmail es', 'lun, 13 abr 2026 a las 12:06', '2026-04-13T11:06:00.000Z'],
    ['Gmail it', 'lun 13 apr 2026 alle ore 12:06', '2026-04-13T11:06:00.000Z'],
    ['Gmail ca', 'dl., 13 d’abr. 2026 a les 12:06', '2026-04-13T11:06:00.000Z'],
    ['Gmail ca, month after "de"', 'dl., 21 de set. 2026 a les 9:02', '2026-09-21T08:02:00.000Z'],
    ['Outlook en', 'Monday, April 13, 2026 12:06 PM', '2026-04-13T11:06:00.000Z'],
    ['Outlook de', 'Montag, 13. April 2026 12:06', '2026-04-13T11:06:00.000Z'],
    ['Outlook fr', 'lundi 13 juillet 2026 10:31', '2026-07-13T09:31:00.000Z'],
    ['Outlook bg', 'понеделник, 13 април 2026 г. 12:06', '2026-04-13T11:06:00.000Z'],
    ['Outlook es', 'lunes, 13 de abril de 2026 12:06', '2026-04-13T11:06:00.000Z'],
    ['Outlook it', 'lunedì 13 aprile 2026 12:06', '2026-04-13T11:06:00.000Z'],
    ['short numeric', '13.04.2026 г., 12:06', '2026-04-13T11:06:00.000Z'],
  ])('reads %s dates in the forwarder offset', (_client, text, iso) => {
    expect(parseForwardedDate(text, CET)?.toISOString()).toBe(iso);
  });

  it.each([
    ['Apple en', 'April 13, 2026 at 12:06:00 PM GMT+2', '2026-04-13T10:06:00.000Z'],
    ['Apple fr', '13 avril 2026 à 12:06:00 UTC−7', '2026-04-13T19:06:00.000Z'],
    ['Apple bg', '13 април 2026 г. в 12:06:00 GMT+3', '2026-04-13T09:06:00.000Z'],
    ['Thunderbird', 'Mon, 13 Apr 2026 12:06:00 -0400', '2026-04-13T16:06:00.000Z'],
    ['ISO', '2026-04-13 12:06 +02:00', '2026-04-13T10:06:00.000Z'],
  ])('honours the zone a %s date carries', (_client, text, iso) => {
    expect(parseForwardedDate(text, CET)?.toISOString()).toBe(iso);
  });

  it('takes the month name over a weekday that spells like one ("mar" is Tuesday in Italian)', () => {
    expect(parseForwardedDate('mar 7 apr 2026 alle ore 18:45', 0)?.toISOString()).toBe(
      '2026-04-07T18:45:00.000Z',
    );
  });

  it('returns null for text that is no date', () => {
    expect(parseForwardedDate('sometime next week', 0)).toBeNull();
    expect(parseForwardedDate('', 0)).toBeNull();
  });
});

describe('headerOffsetMinutes', () => {
  it('reads the offset of an RFC 2822 Date header', () => {
    expect(headerOffsetMinutes('Wed, 11 Feb 2026 22:59:00 -0500')).toBe(-300);
    expect(headerOffsetMinutes('Wed, 11 Feb 2026 22:59:00 +0530 (IST)')).toBe(330);
    expect(headerOffsetMinutes(undefined)).toBe(0);
  });
});
