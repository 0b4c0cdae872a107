import { describe, expect, it } from 'vitest';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import type { PostSummary } from '../../shared/api';
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
