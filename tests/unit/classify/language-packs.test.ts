import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compile, unicodeRegexSource } from '../../../shared/classify/language-pack';
import { LANGUAGES } from '../../../shared/classify/language-packs';
import { KINDS } from '../../../shared/classify/types';
import { promisesOf } from './classify-helpers';

const rulesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/classify/rules');

describe('language packs', () => {
  it('loads every language file in rules/', () => {
    const files = readdirSync(rulesDir)
      .filter((file) => /^[a-z]{2}\.json$/.test(file))
      .map((file) => file.slice(0, 2))
      .sort();
    expect(LANGUAGES.map((language) => language.language).sort()).toEqual(files);
  });

  it.each(LANGUAGES.map((language) => [language.language, language.pack()] as const))(
    '%s has phrases for every kind',
    (_, pack) => {
      for (const kind of KINDS) expect(pack.signals.some((signal) => signal.kind === kind)).toBe(true);
    },
  );
});

describe('durations in every language', () => {
  it.each([
    ['We have received your refund request. It will be refunded within 14 (fourteen) days.', '14 days'],
    ['We have received your refund request. It will be refunded within fourteen (14) days.', '14 days'],
    [
      'Wir haben Ihren Erstattungsantrag erhalten. Die Erstattung erfolgt binnen 14 (vierzehn) Tagen.',
      '14 days',
    ],
    ['Hemos recibido tu solicitud de reembolso. Se realizará en 5 (cinco) días hábiles.', '5 business_days'],
    [
      'Получихме искането Ви за възстановяване. Сумата ще бъде възстановена в срок от 3 (три) работни дни.',
      '3 business_days',
    ],
  ])('reads a quantity restated in brackets: "%s"', (text, within) => {
    expect(promisesOf(text)).toEqual([`refund.confirmed ${within}`]);
  });

  it.each([
    'Получихме искането Ви за възстановяване. Поради закъснение от 70 минути ще възстановим сумата в срок до 14 дни.',
    'Wir haben Ihren Erstattungsantrag erhalten. Wegen der Verspätung von 65 Minuten erstatten wir 25 % innerhalb von 14 Tagen.',
  ])('keeps a promise after a delay that an exclusion rules out for itself: "%s"', (text) => {
    expect(promisesOf(text)).toEqual(['refund.confirmed 14 days']);
    expect(promisesOf(text.replace(/ (?:ще|erstatten) .*$/, '.'))).toEqual([]);
  });
});

describe('numbers printed in digit groups', () => {
  it.each([
    'Nous avons bien reçu votre demande de résiliation du contrat n° 31 207 048 H.',
    'Nous avons bien reçu votre demande de résiliation du contrat n° 31\u00a0207\u00a0048 h.',
  ])('does not read the last group as a duration: "%s"', (text) => {
    expect(promisesOf(text)).toEqual([]);
    // Near miss: a duration after a number of its own is still read.
    expect(promisesOf(text.replace(/\.$/, ', effective sous 30 jours.'))).toEqual([
      'cancellation.confirmed 30 days',
    ]);
  });
});

describe('Unicode-aware word boundaries', () => {
  it('sees word edges in Cyrillic, which \\b alone does not', () => {
    expect(/\bе анулирана/u.test('не анулирана')).toBe(false);
    expect(compile('\\bе анулирана').test('не анулирана')).toBe(false);
    expect(compile('\\bе анулирана').test('Поръчката е анулирана')).toBe(true);
  });

  it('reads a boundary after a closing bracket from both sides', () => {
    expect(compile('(?<!non )\\b(?:è stata)').test('la richiesta è stata approvata')).toBe(true);
    expect(compile('(?<!non )\\b(?:è stata)').test('la richiesta non è stata approvata')).toBe(false);
    expect(compile('(?:refund)\\b(?:s)?').test('refunds')).toBe(false);
  });

  it('reads \\w inside a character class as the word characters', () => {
    expect(compile('^[\\w-]+$').test('résilié-le')).toBe(true);
    expect(compile('^[\\w-]+$').test('résilié le')).toBe(false);
  });

  it('ends a word after accented letters', () => {
    expect(compile('\\brésilié\\b').test('Votre contrat est résilié.')).toBe(true);
    expect(compile('\\brésilié\\b').test('résiliée')).toBe(false);
  });

  it('lets the dot of a sum stay inside a sentence', () => {
    const inSentence = compile('refund[^.]{0,20}issued');
    expect(inSentence.test('refund of £4.99 has been issued')).toBe(true);
    expect(inSentence.test('refund. It was issued')).toBe(false);
  });

  it('rewrites \\w to letters of accented and Cyrillic (lower-cased) text', () => {
    expect(new RegExp(unicodeRegexSource('^\\w+$'), 'u').test('kündigung')).toBe(true);
    expect(new RegExp(unicodeRegexSource('^\\w+$'), 'u').test('възстановяване')).toBe(true);
  });
});
