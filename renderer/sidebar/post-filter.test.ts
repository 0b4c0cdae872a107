import { describe, expect, it } from 'vitest';
import { sampleSummary } from '../../shared/api/testing/sample-folder';
import { filterPosts, NO_FILTER, tagsOf } from './post-filter';

const posts = [
  sampleSummary('a.md', { title: 'Café culture', date: '2024-01-01', tags: ['travel'] }),
  sampleSummary('b.md', { title: 'Zebra notes', date: '2024-06-01 10:00:00 +0200', draft: true, tags: ['animals', 'travel'] }),
  sampleSummary('c.md', { title: 'apple pie', date: null, tags: [] }),
];
const ids = (list: readonly { id: string }[]) => list.map((post) => post.id);

describe('filterPosts', () => {
  it('sorts by date (newest first, undated last) or by title', () => {
    expect(ids(filterPosts(posts, NO_FILTER))).toEqual(['b.md', 'a.md', 'c.md']);
    expect(ids(filterPosts(posts, { ...NO_FILTER, sort: 'title' }))).toEqual(['c.md', 'a.md', 'b.md']);
  });

  it('filters by draft state, tag and title words, ignoring case and accents', () => {
    expect(ids(filterPosts(posts, { ...NO_FILTER, drafts: 'drafts' }))).toEqual(['b.md']);
    expect(ids(filterPosts(posts, { ...NO_FILTER, drafts: 'published' }))).toEqual(['a.md', 'c.md']);
    expect(ids(filterPosts(posts, { ...NO_FILTER, tag: 'travel' }))).toEqual(['b.md', 'a.md']);
    expect(ids(filterPosts(posts, { ...NO_FILTER, query: 'CAFE' }))).toEqual(['a.md']);
    expect(ids(filterPosts(posts, { ...NO_FILTER, query: 'pie apple' }))).toEqual(['c.md']);
    expect(ids(filterPosts(posts, { ...NO_FILTER, query: 'nothing' }))).toEqual([]);
  });

  it('lists tags most used first', () => {
    expect(tagsOf(posts)).toEqual(['travel', 'animals']);
  });
});
