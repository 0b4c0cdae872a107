// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { CountsView } from './counts-view';

describe('CountsView', () => {
  it('shows the post’s counts, then the selection’s, and the reading time', () => {
    const row = document.createElement('div');
    const view = new CountsView(row);
    view.show({ total: { words: 0, characters: 0 }, selection: null });
    expect(row.textContent).toBe('0 words·0 charactersNothing to read yet');
    view.show({ total: { words: 1, characters: 5 }, selection: null });
    expect(row.textContent).toBe('1 word·5 characters1 min read');
    view.show({ total: { words: 1200, characters: 7000 }, selection: { words: 3, characters: 1 } });
    expect(row.querySelector('.status-selection')?.textContent).toBe('3 of 1,200 words selected·1 character');
    expect(row.querySelector('.status-reading')?.textContent).toBe('6 min read'); // 1,200 words at 230 a minute, rounded up
    view.show({ total: { words: 230, characters: 900 }, selection: null });
    expect(row.querySelector('.status-selection')).toBeNull();
    expect(row.textContent).toBe('230 words·900 characters1 min read');
  });

  it('writes only the texts that changed', () => {
    const row = document.createElement('div');
    const view = new CountsView(row);
    view.show({ total: { words: 10, characters: 50 }, selection: null });
    const changed: string[] = [];
    new MutationObserver((records) => changed.push(...records.map((record) => record.target.textContent ?? ''))).observe(row, { subtree: true, characterData: true, childList: true, attributes: true });
    view.show({ total: { words: 10, characters: 51 }, selection: null });
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        expect(changed).toEqual(['51 characters']);
        resolve();
      });
    });
  });
});
