import { describe, expect, it } from 'vitest';
import { titleFromFileName } from './file-title';
import { dateFromFileName, dateSortKey, formatDate } from './post-dates';
import { readPostMeta } from './post-meta';
import { detectLineEnding } from './line-endings';
import { fileSlug, slugify } from './slug';

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

  it('reads each generator\'s own fields: Astro pubDate, Jekyll file-name dates and _drafts, Eleventy collection tags', () => {
    expect(readPostMeta('---\ntitle: A\npubDate: 2024-07-08\n---\n', 'src/content/blog/a.md', 'astro').date).toBe('2024-07-08');
    expect(readPostMeta('---\ntitle: A\n---\n', '_posts/2024-01-02-title.md', 'jekyll').date).toBe('2024-01-02');
    expect(readPostMeta('---\ntitle: A\ndate: 2024-03-04\n---\n', '_posts/2024-01-02-title.md', 'jekyll').date).toBe('2024-03-04');
    expect(readPostMeta('---\ntitle: A\n---\n', 'content/posts/2024-01-02-title.md', 'hugo').date).toBeNull();
    expect(readPostMeta('---\ntitle: A\n---\n', '_drafts/idea.md', 'jekyll').draft).toBe(true);
    expect(readPostMeta('---\ntags: [posts, travel]\n---\n', 'blog/a.md', 'eleventy').tags).toEqual(['travel']);
    expect(readPostMeta('---\ntags: jekyll update\n---\n', '_posts/a.md', 'jekyll').tags).toEqual(['jekyll', 'update']);
    expect(readPostMeta('---\ntags: one, two words\n---\n', 'a.md', 'hexo').tags).toEqual(['one', 'two words']);
  });

  it('warns about executable front matter and bad YAML with the file line, keeping the post', () => {
    const js = readPostMeta('---js\n{ title: "Run me" }\n---\n# Heading\n', 'a.md', 'eleventy');
    expect(js.warning).toMatch(/“js” code.*does not run it/);
    expect(js.title).toBe('Heading');
    const bad = readPostMeta('---\ntitle: ok\ntags: [a\ndate: 2024-01-01\n---\nBody', 'a.md');
    expect(bad.warning).toMatch(/YAML front matter could not be read/);
    expect(bad.warningLine).toBeGreaterThanOrEqual(3);
    expect(readPostMeta('+++\ntitle = "x"\ndraft = tru\n+++\n', 'a.md').warningLine).toBe(3);
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

  it('reads datetimes with a time and a zone, and sorts them by the instant they name', () => {
    expect(dateSortKey('2024-06-01 10:00:00 +0200')).toBe(Date.UTC(2024, 5, 1, 8));
    expect(dateSortKey('2024-06-01T10:00:00-05:00')).toBe(Date.UTC(2024, 5, 1, 15));
    expect(dateSortKey('2024-06-01 10:00')).toBe(Date.UTC(2024, 5, 1, 10));
    expect(dateSortKey('2024-06-01T10:00:00.250Z')).toBe(Date.UTC(2024, 5, 1, 10, 0, 0, 250));
    // Later in the day than an older undated-time post, earlier than the next day.
    expect(dateSortKey('2024-06-01 10:00:00 +0200')!).toBeGreaterThan(dateSortKey('2024-05-31')!);
    expect(dateFromFileName('_posts/2024-01-02-title.md')).toBe('2024-01-02');
    expect(dateFromFileName('_posts/2024-13-02-title.md')).toBeNull();
    expect(dateFromFileName('_posts/title.md')).toBeNull();
  });
});

describe('new post slugs', () => {
  it('transliterates what a library can and keeps other letters, never empty', () => {
    expect(fileSlug('Hello, World!')).toBe('hello-world');
    expect(fileSlug('Ça va? Très bien')).toBe('ca-va-tres-bien');
    expect(fileSlug('Привет, мир!')).toBe('privet-mir');
    expect(fileSlug('日本語のブログ 記事')).toBe('日本語のブログ-記事');
    expect(fileSlug('한국어 글')).toBe('한국어-글');
    expect(fileSlug('中文 and English')).toBe('中文-and-english');
    expect(fileSlug('!!!')).toBe('untitled');
    expect(fileSlug('🎉')).toBe('untitled');
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
