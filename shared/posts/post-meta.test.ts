import { describe, expect, it } from 'vitest';
import { titleFromFileName } from './file-title';
import { dateSortKey, formatDate } from './post-dates';
import { readPostMeta } from './post-meta';
import { detectLineEnding } from './line-endings';
import { newPostFileName, newPostText } from './new-post';
import { slugify } from './slug';

describe('readPostMeta', () => {
  it('takes the title from front matter, else the first heading, else the file name', () => {
    expect(readPostMeta('---\ntitle: From FM\n---\n# Heading', 'a.md').title).toBe('From FM');
    expect(readPostMeta('Intro\n\n## The `Real` **Heading** ##\n', 'a.md').title).toBe('The Real Heading');
    expect(readPostMeta('no heading', 'posts/2024-01-02-my-trip.md').title).toBe('My trip');
  });

  it('reads dates, drafts and Jekyll unpublished posts', () => {
    expect(readPostMeta('---\ndate: 2024-05-01 10:00:00 +0100\ndraft: true\n---\n', 'a.md')).toMatchObject({
      date: '2024-05-01 10:00:00 +0100',
      draft: true,
    });
    expect(readPostMeta('---\npublished: false\n---\n', 'a.md').draft).toBe(true);
    expect(readPostMeta('+++\ndate = 2024-05-01T10:00:00Z\n+++\n', 'a.md').date).toBe('2024-05-01T10:00:00.000Z');
  });
});

describe('dates', () => {
  it('sorts ISO-like dates and ignores nonsense', () => {
    expect(dateSortKey('2024-05-01')).toBe(Date.UTC(2024, 4, 1));
    expect(dateSortKey('2024-05-01 10:00:00')).toBeGreaterThan(dateSortKey('2024-05-01')!);
    expect(dateSortKey('someday')).toBeNull();
    expect(formatDate('2024-05-01T10:00:00Z')).toBe('2024-05-01');
    expect(formatDate('spring')).toBe('spring');
  });
});

describe('new posts', () => {
  it('writes YAML front matter that quotes what needs quoting', () => {
    expect(newPostText('Plain title', new Date('2024-06-07T12:00:00Z'))).toBe('---\ntitle: Plain title\ndate: 2024-06-07\n---\n\n');
    expect(newPostText('Colon: here', new Date('2024-06-07T12:00:00Z'))).toContain('title: "Colon: here"\n');
  });

  it('names the file by slug and never reuses a taken name', () => {
    expect(newPostFileName('Hello, World!', () => false)).toBe('hello-world.md');
    const taken = new Set(['hello-world.md', 'hello-world-2.md']);
    expect(newPostFileName('Hello World', (n) => taken.has(n))).toBe('hello-world-3.md');
    expect(newPostFileName('!!!', () => false)).toBe('untitled.md');
    expect(slugify('Ça va? Très bien')).toBe('ca-va-tres-bien');
  });
});

describe('detectLineEnding', () => {
  it('picks the ending most lines use', () => {
    expect(detectLineEnding('a\r\nb\r\nc\n')).toBe('\r\n');
    expect(detectLineEnding('a\nb\r\nc\n')).toBe('\n');
    expect(detectLineEnding('one line')).toBe('\n');
  });
});

describe('titleFromFileName', () => {
  it('drops the extension and a Jekyll date prefix', () => {
    expect(titleFromFileName('2024-01-01-hello_world.markdown')).toBe('Hello world');
  });
});
