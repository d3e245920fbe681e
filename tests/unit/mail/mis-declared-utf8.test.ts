import { describe, expect, it } from 'vitest';
import { repairMisdeclaredUtf8 } from '../../../shared/mail/mis-declared-utf8';

describe('repairMisdeclaredUtf8', () => {
  it('reads back UTF-8 that was decoded as Windows-1252', () => {
    const written = 'Eingang deiner Kündigung. Sportliche Grüße, résiliation confirmée';
    const misread = Buffer.from(written, 'utf8').toString('latin1').replace('\u009F', '\u0178');
    expect(repairMisdeclaredUtf8(misread)).toBe(written);
  });

  it('leaves genuine Latin-1 text, text with characters Windows-1252 lacks, and plain text alone', () => {
    expect(repairMisdeclaredUtf8('Café à Paris, 12,00 €')).toBe('Café à Paris, 12,00 €');
    expect(repairMisdeclaredUtf8('KÃ¼ndigung — Ваша заявка')).toBe('KÃ¼ndigung — Ваша заявка');
    expect(repairMisdeclaredUtf8('Your refund was issued.')).toBe('Your refund was issued.');
  });
});
