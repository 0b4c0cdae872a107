import { describe, expect, it } from 'vitest';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import type { PostList, PostListPage, PostSummary } from '../../shared/api';
import { appReducer, initialAppState } from './app-state';
import { sortPosts } from './sort-posts';

const post = (id: string, date: string | null, modifiedMs = 0): PostSummary => ({
  id,
  title: id,
  date,
  draft: false,
  tags: [],
  warningLine: null,
  warning: null,
  size: 1,
  modifiedMs,
});

describe('sortPosts', () => {
  it('puts the newest date first and undated posts last by modification time', () => {
    const sorted = sortPosts([post('old', '2023-01-01'), post('undated-old', null, 1), post('new', '2024-05-01T10:00:00Z'), post('undated-new', null, 9)]);
    expect(sorted.map((p) => p.id)).toEqual(['new', 'old', 'undated-new', 'undated-old']);
  });
});

describe('appReducer', () => {
  it('replaces a saved post and re-sorts (its date may have changed)', () => {
    const state = { ...initialAppState, posts: [post('a', '2024-01-02'), post('b', '2024-01-01')] };
    const next = appReducer(state, { type: 'post-saved', summary: post('b', '2025-01-01') });
    expect(next.posts.map((p) => `${p.id} ${p.date}`)).toEqual(['b 2025-01-01', 'a 2024-01-02']);
  });

  it('keeps the dialog open with the error after a failed submit', () => {
    let state = appReducer(initialAppState, { type: 'dialog-shown', dialog: { kind: 'new-post', error: null, busy: false } });
    state = appReducer(state, { type: 'dialog-busy' });
    state = appReducer(state, { type: 'dialog-failed', error: 'Exists.' });
    expect(state.dialog).toEqual({ kind: 'new-post', error: 'Exists.', busy: false });
  });

  it('opens and closes the palette in either mode', () => {
    const commands = appReducer(initialAppState, { type: 'palette', mode: 'commands' });
    expect(commands.palette).toBe('commands');
    expect(appReducer(commands, { type: 'palette', mode: 'posts' }).palette).toBe('posts');
    expect(appReducer(commands, { type: 'palette', mode: null }).palette).toBeNull();
  });

  it('drops the old folder’s posts when another folder opens', () => {
    const state = { ...initialAppState, posts: [post('a', null)], skipped: [{ id: 'x', reason: 'binary' }] };
    const next = appReducer(state, { type: 'folder-opened', folder: sampleFolder('/b') });
    expect(next.posts).toEqual([]);
    expect(next.skipped).toEqual([]);
  });
});

describe('the first page of the list, then the whole list', () => {
  const folder = sampleFolder('/blog');
  const all = Array.from({ length: 250 }, (_, i) => post(`p${String(i).padStart(3, '0')}.md`, `2024-01-01T00:00:${String(59 - (i % 60)).padStart(2, '0')}Z`, i));
  const page: PostListPage = { folder, offset: 0, posts: all.slice(0, 100), total: 250, list: null };
  const whole: PostList = { folder, posts: all, skipped: [{ id: 'bin.md', reason: 'binary' }] };
  const opened = appReducer(initialAppState, { type: 'folder-opened', folder });

  it('shows the page in an empty list with the folder’s size, then the whole list in its place', () => {
    const first = appReducer(opened, { type: 'posts-page', page });
    expect(first.posts).toBe(page.posts);
    expect(first.listing).toEqual({ kind: 'first-page', total: 250 });
    const full = appReducer(first, { type: 'posts-listed', list: whole });
    expect(full.posts).toBe(all);
    expect(full.skipped).toEqual(whole.skipped);
    expect(full.listing).toEqual({ kind: 'all' });
    // The rows already on screen stay where they were: the whole list starts with them.
    expect(full.posts.slice(0, 100).map((p) => p.id)).toEqual(first.posts.map((p) => p.id));
  });

  it('never lets a page replace a list already shown (a page answered after the whole list, a reload)', () => {
    const full = appReducer(opened, { type: 'posts-listed', list: whole });
    expect(appReducer(full, { type: 'posts-page', page })).toBe(full);
    const twice = appReducer(appReducer(opened, { type: 'posts-page', page }), { type: 'posts-page', page: { ...page, posts: all.slice(0, 5) } });
    expect(twice.posts).toHaveLength(100);
  });

  it('drops a page of another folder (opened before a switch) and pages that do not start the list', () => {
    expect(appReducer(opened, { type: 'posts-page', page: { ...page, folder: { ...folder, path: '/elsewhere' } } })).toBe(opened);
    expect(appReducer(opened, { type: 'posts-page', page: { ...page, offset: 100 } })).toBe(opened);
  });

  it('starts over when another folder opens', () => {
    const first = appReducer(opened, { type: 'posts-page', page });
    const other = appReducer(first, { type: 'folder-opened', folder: { ...folder, path: '/other' } });
    expect(other).toMatchObject({ posts: [], listing: { kind: 'none' } });
  });
});
