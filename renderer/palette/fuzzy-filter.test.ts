import { describe, expect, it } from 'vitest';
import { fuzzyFilter, highlightRuns } from './fuzzy-filter';

const titles = ['File: Open Folder…', 'File: New Post…', 'File: Save', 'File: Save All', 'File: Export to HTML…', 'Go: Go to Post…'];

describe('fuzzyFilter', () => {
  it('keeps every item in order for an empty query', () => {
    expect(fuzzyFilter(titles, '  ', (t) => t).map((m) => m.item)).toEqual(titles);
  });

  it('finds letters in order with gaps, best match first, and says which letters matched', () => {
    const found = fuzzyFilter(titles, 'npost', (t) => t);
    expect(found[0]!.item).toBe('File: New Post…');
    expect(found.map((m) => m.item)).not.toContain('File: Save');
    expect(fuzzyFilter(titles, 'save', (t) => t).map((m) => m.item).slice(0, 2)).toEqual(['File: Save', 'File: Save All']);
    const [save] = fuzzyFilter(titles, 'save', (t) => t);
    expect(save!.indexes).toEqual([6, 7, 8, 9]);
    expect(fuzzyFilter(titles, 'zzz', (t) => t)).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(fuzzyFilter(titles, '', (t) => t, 2)).toHaveLength(2);
  });
});

describe('highlightRuns', () => {
  it('splits text into marked and plain runs', () => {
    expect(highlightRuns('Save', [0, 1])).toEqual([
      { text: 'Sa', marked: true },
      { text: 've', marked: false },
    ]);
    expect(highlightRuns('ab', [])).toEqual([{ text: 'ab', marked: false }]);
  });
});
