import slugifyLib from '@sindresorhus/slugify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

const library = (text: string) => slugifyLib(text, { decamelize: false }).slice(0, 80).replace(/-+$/, '');

describe('slugify', () => {
  it('slugs as @sindresorhus/slugify does', () => {
    expect(slugify('Hello, Wörld!')).toBe('hello-woerld');
    expect(slugify('  Getting   Started 2024 ')).toBe('getting-started-2024');
    expect(slugify('Conway’s Law & more')).toBe(library('Conway’s Law & more'));
    expect(slugify('')).toBe('');
  });

  it('gives the library’s slug for any text, plain words (its own fast path) or not, asked once or twice (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'aZ09 -_.&’\'éß日 \t'.split('')), maxLength: 120 });
    fc.assert(
      fc.property(text, (value) => {
        expect(slugify(value)).toBe(library(value));
        expect(slugify(value)).toBe(library(value));
      }),
      { numRuns: 500, seed: 20261204 },
    );
    const plain = fc.string({ unit: fc.constantFrom(...'abcXYZ019  '.split('')), maxLength: 120 });
    fc.assert(
      fc.property(plain, (value) => {
        expect(slugify(value)).toBe(library(value));
      }),
      { numRuns: 500, seed: 20261204 },
    );
  });
});
