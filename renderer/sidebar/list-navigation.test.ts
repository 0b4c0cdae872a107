import { describe, expect, it } from 'vitest';
import { indexAfterKey, rowsPerPage, typeAheadIndex } from './list-navigation';

describe('indexAfterKey', () => {
  it('moves one row with the arrows and stops at both ends', () => {
    expect(indexAfterKey('ArrowDown', 0, 5, 3)).toBe(1);
    expect(indexAfterKey('ArrowUp', 3, 5, 3)).toBe(2);
    expect(indexAfterKey('ArrowDown', 4, 5, 3)).toBe(4);
    expect(indexAfterKey('ArrowUp', 0, 5, 3)).toBe(0);
  });

  it('moves a page with Page Up/Down, clamped to the list', () => {
    expect(indexAfterKey('PageDown', 2, 100, 10)).toBe(12);
    expect(indexAfterKey('PageDown', 95, 100, 10)).toBe(99);
    expect(indexAfterKey('PageUp', 12, 100, 10)).toBe(2);
    expect(indexAfterKey('PageUp', 4, 100, 10)).toBe(0);
    // A viewport too small for a row still moves.
    expect(indexAfterKey('PageDown', 0, 3, 0)).toBe(1);
  });

  it('goes to the first and last row with Home and End', () => {
    expect(indexAfterKey('Home', 7, 10, 3)).toBe(0);
    expect(indexAfterKey('End', 0, 10, 3)).toBe(9);
  });

  it('ignores other keys and an empty list', () => {
    expect(indexAfterKey('Enter', 1, 5, 3)).toBeNull();
    expect(indexAfterKey('a', 1, 5, 3)).toBeNull();
    expect(indexAfterKey('ArrowDown', 0, 0, 3)).toBeNull();
  });

  it('brings a stale cursor (the list shrank) back inside', () => {
    expect(indexAfterKey('ArrowUp', 40, 10, 3)).toBe(9);
  });
});

describe('rowsPerPage', () => {
  it('counts whole rows in view, keeping one row of context, at least one', () => {
    expect(rowsPerPage(540, 54)).toBe(9);
    expect(rowsPerPage(560, 54)).toBe(9);
    expect(rowsPerPage(20, 54)).toBe(1);
  });
});

describe('typeAheadIndex', () => {
  const titles = ['Apple pie', 'Banana bread', 'Blueberry muffins', 'Çilbir', 'Árvíztűrő', 'banana split'];

  it('finds the next title starting with the typed text, after the cursor, wrapping', () => {
    expect(typeAheadIndex(titles, 0, 'blue')).toBe(2);
    expect(typeAheadIndex(titles, 3, 'ap')).toBe(0);
  });

  it('keeps the current row while the typed prefix still matches it', () => {
    expect(typeAheadIndex(titles, 1, 'ban')).toBe(1);
    expect(typeAheadIndex(titles, 1, 'banana s')).toBe(5);
  });

  it('cycles through the titles with one initial when that letter is repeated', () => {
    expect(typeAheadIndex(titles, 1, 'b')).toBe(2);
    expect(typeAheadIndex(titles, 2, 'bb')).toBe(5);
    expect(typeAheadIndex(titles, 5, 'bbb')).toBe(1);
  });

  it('ignores case and accents', () => {
    expect(typeAheadIndex(titles, 0, 'CIL')).toBe(3);
    expect(typeAheadIndex(titles, 0, 'arv')).toBe(4);
  });

  it('says so when nothing matches', () => {
    expect(typeAheadIndex(titles, 0, 'zebra')).toBeNull();
    expect(typeAheadIndex([], 0, 'a')).toBeNull();
    expect(typeAheadIndex(titles, 0, '')).toBeNull();
  });
});
