import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../shared/api';
import { appReducer, initialAppState } from './app-state';
import { shortcutCommand } from './shortcuts';
import { sortPosts } from './sort-posts';
import { windowTitle } from './window-title';

const post = (id: string, date: string | null, modifiedMs = 0): PostSummary => ({
  id,
  title: id,
  date,
  draft: false,
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

  it('drops the old folder’s posts when another folder opens', () => {
    const state = { ...initialAppState, posts: [post('a', null)], skipped: [{ id: 'x', reason: 'binary' }] };
    const next = appReducer(state, { type: 'folder-opened', folder: { path: '/b', name: 'b', isSample: false, remoteContent: 'https' } });
    expect(next.posts).toEqual([]);
    expect(next.skipped).toEqual([]);
  });
});

describe('shortcutCommand', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...mods,
  });
  it('maps Mod+S/N/O/E to the menu commands', () => {
    expect(shortcutCommand(key('s', { ctrlKey: true }), false)).toBe('save');
    expect(shortcutCommand(key('N', { ctrlKey: true }), false)).toBe('new-post');
    expect(shortcutCommand(key('o', { metaKey: true }), true)).toBe('open-folder');
    expect(shortcutCommand(key('e', { ctrlKey: true }), false)).toBe('export-html');
  });
  it('ignores other modifiers and keys', () => {
    expect(shortcutCommand(key('s', { metaKey: true }), false)).toBeNull();
    expect(shortcutCommand(key('s', { ctrlKey: true }), true)).toBeNull();
    expect(shortcutCommand(key('s', { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutCommand(key('b', { ctrlKey: true }), false)).toBeNull();
    expect(shortcutCommand(key('s'), false)).toBeNull();
  });
});

describe('windowTitle', () => {
  it('marks unsaved changes with a bullet', () => {
    expect(windowTitle('Hello', true)).toBe('• Hello — Postwright');
    expect(windowTitle('Hello', false)).toBe('Hello — Postwright');
    expect(windowTitle(null, false)).toBe('Postwright');
  });
});
