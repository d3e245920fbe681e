import { describe, expect, it } from 'vitest';
import { firstChars } from '../../../shared/classify/first-chars';

const chars = (source: string) => {
  const found = firstChars(source);
  return found === 'any' ? 'any' : [...found].sort();
};

describe('first characters of a phrase pattern', () => {
  it('reads literals, alternations and optional openings', () => {
    expect(chars('(?:has|have) been')).toEqual(['h']);
    expect(chars("(?:we|i)(?:'ve| have)? refunded")).toEqual(['i', 'w']);
    expect(chars('(?:ihre |deine )?kündigung')).toEqual(['d', 'i', 'k']);
  });

  it('looks past look-arounds to what they guard', () => {
    expect(chars('(?<!x)(?=r)refund')).toEqual(['r']);
  });

  it('answers "any" where it cannot pin the start down, never too narrow', () => {
    expect(chars('[a-z]+ refunded')).toBe('any');
    expect(chars('\\S+ nicht')).toBe('any');
    expect(chars('(?:a)?')).toBe('any');
    expect(chars('(unclosed')).toBe('any');
  });
});
