import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PrefixSet, phrasePrefixes } from '../../../shared/classify/phrase-prefixes';

const prefixes = (source: string) => {
  const found = phrasePrefixes(source);
  return found === 'any' ? 'any' : [...found].sort();
};

describe('the first characters of a phrase pattern', () => {
  it('reads literals, alternations and optional openings up to six characters', () => {
    expect(prefixes('(?:has|have) been')).toEqual(['has be', 'have b']);
    expect(prefixes("(?:we|i)(?:'ve| have)? refunded")).toEqual([
      'i have',
      'i refu',
      "i've r",
      'we hav',
      'we ref',
      "we've ",
    ]);
    expect(prefixes('(?:ihre |deine )?kündigung')).toEqual(['deine ', 'ihre k', 'kündig']);
  });

  it('reads short character lists as alternatives and stops at repetitions', () => {
    expect(prefixes("we[' ]ve")).toEqual(['we ve', "we've"]);
    expect(prefixes('ab+c')).toEqual(['ab']);
    expect(prefixes('ab?c')).toEqual(['abc', 'ac']);
    expect(prefixes('a{2}b')).toEqual(['a']);
    expect(prefixes('x\\ty')).toEqual(['x\ty']);
  });

  it('looks past look-arounds and anchors to what they guard', () => {
    expect(prefixes('(?<!x)(?=r)refund')).toEqual(['refund']);
    expect(prefixes('(?:^|\\n)your')).toEqual(['\nyour', 'your']);
    // A look-ahead with nothing after it: the text must begin as the look-ahead does.
    expect(prefixes('(?<!x)(?=order|case)')).toEqual(['case', 'order']);
    expect(prefixes('(?=(?:ref|case) n)')).toEqual(['case n', 'ref n']);
    // A word boundary of unknown side ("\\b" after a bracket) ends its alternative with a look-ahead at a
    // word character: that says nothing, and the words after the boundary decide.
    expect(prefixes('(?<![$\\d] ?)(?:(?<!\\w)(?=\\w)|(?<=\\w)(?!\\w))(?:\\d|one|two) credits?')).toEqual([
      '0 cred',
      '1 cred',
      '2 cred',
      '3 cred',
      '4 cred',
      '5 cred',
      '6 cred',
      '7 cred',
      '8 cred',
      '9 cred',
      'one cr',
      'two cr',
    ]);
  });

  it('answers "any" where it cannot pin the start down, never too narrow', () => {
    expect(prefixes('[a-z]+ refunded')).toBe('any');
    expect(prefixes('\\S+ nicht')).toBe('any');
    expect(prefixes('(?:a)?')).toBe('any');
    expect(prefixes('(unclosed')).toBe('any');
    expect(prefixes("\\w+n't able")).toBe('any');
  });

  it('never misses where a match of the pattern starts', () => {
    const patterns = [
      '(?:has|have) been',
      "we[' ]ve",
      'ab+c',
      '(?:your )?(?:refund|return)s?',
      'x(?:y|zz)*w',
      '(?:(?<![a-z])(?=[a-z])|(?<=[a-z])(?![a-z]))(?:ab|c)',
    ];
    const text = fc.stringMatching(/^[abcehfnrstuvwxyz' ]{0,30}$/);
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (pattern, sample) => {
        const found = phrasePrefixes(pattern);
        if (found === 'any') return;
        const set = new PrefixSet(found);
        const regex = new RegExp(pattern, 'y');
        for (let index = 0; index < sample.length; index++) {
          regex.lastIndex = index;
          if (regex.test(sample)) expect(set.startsAt(sample, index)).toBe(true);
        }
      }),
    );
  });
});

describe('the prefix filter', () => {
  it('says no where no prefix starts and yes where one does', () => {
    const set = new PrefixSet(['ref', 'ca', 'x']);
    expect(set.startsAt('a refund', 2)).toBe(true);
    expect(set.startsAt('cancel', 0)).toBe(true);
    expect(set.startsAt('box', 2)).toBe(true);
    expect(set.startsAt('a refund', 0)).toBe(false);
    expect(set.startsAt('re', 0)).toBe(false);
  });
});
