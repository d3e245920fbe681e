import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phrasePrefixes } from '../../../shared/classify/phrase-prefixes';
import { PrefixTrie } from '../../../shared/classify/prefix-trie';

const prefixes = (source: string) => {
  const found = phrasePrefixes(source);
  return found === 'any' ? 'any' : [...found].sort();
};

describe('the first characters of a phrase pattern', () => {
  it('reads literals, alternations and optional openings up to sixteen characters', () => {
    expect(prefixes('(?:has|have) been')).toEqual(['has been', 'have been']);
    expect(prefixes("(?:we|i)(?:'ve| have)? refunded your order")).toEqual([
      'i have refunded ',
      'i refunded your ',
      "i've refunded yo",
      'we have refunded',
      'we refunded your',
      "we've refunded y",
    ]);
    expect(prefixes('(?:ihre |deine )?kündigung')).toEqual([
      'deine kündigung',
      'ihre kündigung',
      'kündigung',
    ]);
  });

  it('reads shorter prefixes of a pattern with too many long ones', () => {
    // 16 words at each of four places: 65,536 ways to begin at sixteen characters, 4,096 at twelve.
    const word = `(?:${Array.from({ length: 16 }, (_, i) => String.fromCharCode(97 + i).repeat(4)).join('|')})`;
    const found = phrasePrefixes(`${word} ${word} ${word} ${word}`);
    expect(found).not.toBe('any');
    expect(new Set([...(found as Set<string>)].map((prefix) => prefix.length))).toEqual(new Set([12]));
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
    ];
    const text = fc.stringMatching(/^[abcehfnrstuvwxyz' ]{0,30}$/);
    fc.assert(
      fc.property(fc.constantFrom(...patterns), text, (pattern, sample) => {
        const found = phrasePrefixes(pattern);
        if (found === 'any') return;
        const set = new PrefixTrie([...found].map((prefix) => [prefix, true] as const));
        const regex = new RegExp(pattern, 'y');
        for (let index = 0; index < sample.length; index++) {
          regex.lastIndex = index;
          if (regex.test(sample)) expect(set.startsAt(sample, index)).toBe(true);
        }
      }),
    );
  });
});

describe('the prefix trie', () => {
  const trie = new PrefixTrie<string>([
    ['ref', 'short'],
    ['refund', 'long'],
    ['ca', 'ca'],
    ['x', 'x'],
    ['refund', 'long'],
  ]);

  it('says no where no prefix starts and yes where one does', () => {
    expect(trie.startsAt('a refund', 2)).toBe(true);
    expect(trie.startsAt('cancel', 0)).toBe(true);
    expect(trie.startsAt('box', 2)).toBe(true);
    expect(trie.startsAt('a refund', 0)).toBe(false);
    expect(trie.startsAt('re', 0)).toBe(false);
  });

  it('visits the values of every prefix beginning at a place, shortest first, each stored once', () => {
    const visited = (text: string, index: number) => {
      const values: string[] = [];
      trie.visitAt(text, index, (value) => values.push(value));
      return values;
    };
    expect(visited('a refund', 2)).toEqual(['short', 'long']);
    expect(visited('a refusal', 2)).toEqual(['short']);
    expect(visited('a refund', 0)).toEqual([]);
    expect(visited('ref', 0)).toEqual(['short']);
  });
});
