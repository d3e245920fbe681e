import { describe, expect, it } from 'vitest';
import { ALERT_LANGUAGES, catalogueFor, countOf } from '../../../shared/alerts/catalogue';

/** Every phrase of a catalogue by its dotted path. */
function phrases(value: unknown, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(prefix, value);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, text] of phrases(child, prefix ? `${prefix}.${key}` : key)) found.set(path, text);
    }
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((match) => match[1]).sort();

describe('Alert catalogues', () => {
  const english = phrases(catalogueFor('en').catalogue);

  it.each(ALERT_LANGUAGES.filter((language) => language !== 'en'))(
    'gives %s every English phrase with the same placeholders',
    (language) => {
      const translated = phrases(catalogueFor(language).catalogue);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [path, text] of english) {
        if (path.startsWith('formats.') || path === 'locale') continue;
        expect({ path, placeholders: placeholders(translated.get(path) ?? '') }).toEqual({
          path,
          placeholders: placeholders(text),
        });
      }
    },
  );

  it.each([
    ['en', 'business_days', 1, '1 business day'],
    ['en', 'business_days', 3, '3 business days'],
    ['de', 'days', 1, '1 Tag'],
    ['bg', 'business_days', 2, '2 работни дни'],
    ['fr', 'days', 0, '0 jour'],
    ['it', 'hours', 15000, '15.000 ore'],
  ] as const)('counts in %s: %s × %d → %s', (language, unit, count, text) => {
    expect(countOf(catalogueFor(language).catalogue, unit, count)).toBe(text);
  });
});
