import { describe, expect, it } from 'vitest';
import { commonPrefixLength, commonSuffixLength } from './common-ends';

/** The plain character loops the helpers replace: the reference they must equal. */
function prefixByChars(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}
function suffixByChars(a: string, b: string, max: number): number {
  let n = 0;
  while (n < max && n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

describe('common ends of two texts', () => {
  it('finds the edit in simple cases', () => {
    expect(commonPrefixLength('', '')).toBe(0);
    expect(commonPrefixLength('abc', 'abc')).toBe(3);
    expect(commonPrefixLength('abc', 'abd')).toBe(2);
    expect(commonPrefixLength('abc', 'abcdef')).toBe(3);
    expect(commonPrefixLength('xbc', 'abc')).toBe(0);
    expect(commonSuffixLength('abc', 'xbc')).toBe(2);
    expect(commonSuffixLength('abc', 'zabc')).toBe(3);
    expect(commonSuffixLength('abc', 'zabc', 1)).toBe(1);
    expect(commonSuffixLength('abc', 'abd')).toBe(0);
  });

  it('equals a character-by-character comparison on random edits', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = 'ab\n é😀';
    const text = (n: number) => Array.from({ length: n }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 2000; round++) {
      const before = text(random(300));
      const at = random(before.length + 1);
      const removed = random(Math.min(5, before.length - at) + 1);
      const after = before.slice(0, at) + text(random(4)) + before.slice(at + removed);
      const prefix = commonPrefixLength(before, after);
      expect(prefix).toBe(prefixByChars(before, after));
      const max = Math.min(before.length, after.length) - prefix;
      expect(commonSuffixLength(before, after, max)).toBe(suffixByChars(before, after, max));
    }
  });
});
