import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { repairMisdeclaredUtf8 } from '../../../shared/mail/mis-declared-utf8';

describe('repairMisdeclaredUtf8', () => {
  it('reads back UTF-8 that was decoded as Windows-1252', () => {
    const written = 'Eingang deiner Kündigung. Sportliche Grüße, résiliation confirmée — 12,00 €';
    const misread = iconv.decode(Buffer.from(written, 'utf8'), 'win1252');
    expect(repairMisdeclaredUtf8(misread)).toBe(written);
    // Three-byte characters alone ("â€”", "â‚¬") are read back too.
    const dashAndEuro = 'Total — 12,00 €';
    expect(repairMisdeclaredUtf8(iconv.decode(Buffer.from(dashAndEuro, 'utf8'), 'win1252'))).toBe(
      dashAndEuro,
    );
  });

  it('reads back Cyrillic UTF-8 that was decoded as KOI8-R or Windows-1251', () => {
    const written = 'Начало на препратеното съобщение: „Специално предложение“ — 12,00 лв.';
    for (const charset of ['koi8-r', 'win1251']) {
      expect(repairMisdeclaredUtf8(iconv.decode(Buffer.from(written, 'utf8'), charset))).toBe(written);
    }
  });

  it('leaves genuine Cyrillic text alone, quotes and dashes included', () => {
    const text = 'Вашата заявка „за прекратяване“ е приета — благодарим Ви. Р. № 4471';
    expect(repairMisdeclaredUtf8(text)).toBe(text);
    expect(repairMisdeclaredUtf8('Ваш запрос принят, Рё')).toBe('Ваш запрос принят, Рё');
  });

  it('leaves genuine Latin-1 text, text with characters Windows-1252 lacks, and plain text alone', () => {
    expect(repairMisdeclaredUtf8('Café à Paris, 12,00 €')).toBe('Café à Paris, 12,00 €');
    expect(repairMisdeclaredUtf8('KÃ¼ndigung — Ваша заявка')).toBe('KÃ¼ndigung — Ваша заявка');
    expect(repairMisdeclaredUtf8('Your refund was issued.')).toBe('Your refund was issued.');
  });
});
