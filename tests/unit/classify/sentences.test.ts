import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../shared/classify/sentences';

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
