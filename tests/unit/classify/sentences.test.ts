import { describe, expect, it } from 'vitest';
import { lastSentenceStart, splitSentences } from '../../../shared/classify/sentences';

describe('splitSentences', () => {
  it('ends a sentence at a dot followed by a capital', () => {
    expect(splitSentences('Your plan is cancelled. Thank you.')).toEqual([
      'Your plan is cancelled.',
      'Thank you.',
    ]);
  });

  it('does not end one at the dot of a day or an ordinal', () => {
    expect(splitSentences('Ihr Vertrag endet zum 30. April. Danke.')).toEqual([
      'Ihr Vertrag endet zum 30. April.',
      'Danke.',
    ]);
  });

  it("does not end one after the language's abbreviations", () => {
    const text = 'Адрес: гр. София. Благодарим Ви.';
    expect(splitSentences(text, new Set(['гр']))).toEqual(['Адрес: гр. София.', 'Благодарим Ви.']);
    expect(splitSentences(text)).toEqual(['Адрес: гр.', 'София.', 'Благодарим Ви.']);
  });
});

describe('lastSentenceStart', () => {
  it('finds where the last sentence begins, by the same rules', () => {
    const text = 'Die Gebühr bleibt. Am 3. März erstatten wir ';
    expect(text.slice(lastSentenceStart(text))).toBe('Am 3. März erstatten wir ');
    expect(lastSentenceStart('one sentence without an end ')).toBe(0);
  });

  it("reads past the language's abbreviations and a dot before a lower-case word", () => {
    const text = 'Таксата остава. Възстановихме на 14.09.2025 г. сумата от ';
    expect(text.slice(lastSentenceStart(text, new Set(['г'])))).toBe(
      'Възстановихме на 14.09.2025 г. сумата от ',
    );
  });
});
