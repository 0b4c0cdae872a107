import { describe, expect, it } from 'vitest';
import { HOST_EVENT_NAMES, hostEventChannel, isHostEventName, isHostEventPayload } from './host-events';

describe('the host event list', () => {
  it('derives one unique IPC channel per event', () => {
    expect(HOST_EVENT_NAMES).toEqual(['menu-command', 'folder-changed', 'post-changed', 'post-added', 'post-removed', 'journal-available', 'open-requested', 'close-requested', 'site-export-progress']);
    expect(new Set(HOST_EVENT_NAMES.map(hostEventChannel)).size).toBe(HOST_EVENT_NAMES.length);
    expect(isHostEventName('menu-command')).toBe(true);
    expect(isHostEventName('constructor')).toBe(false);
  });

  it('lets through only payloads of the declared shape', () => {
    expect(isHostEventPayload('menu-command', { command: 'file.save' })).toBe(true);
    expect(isHostEventPayload('menu-command', { command: 'rm -rf' })).toBe(false);
    expect(isHostEventPayload('menu-command', 'file.save')).toBe(false);
    expect(isHostEventPayload('folder-changed', { folder: null })).toBe(true);
    expect(isHostEventPayload('folder-changed', { folder: { path: '/b', name: 'b' } })).toBe(false);
    expect(isHostEventPayload('post-changed', { id: 'a.md', version: 'v2' })).toBe(true);
    expect(isHostEventPayload('post-removed', { id: 3 })).toBe(false);
    expect(isHostEventPayload('journal-available', { count: 2 })).toBe(true);
    expect(isHostEventPayload('post-added', [])).toBe(false);
    expect(isHostEventPayload('open-requested', { folder: '/b', post: null })).toBe(true);
    expect(isHostEventPayload('open-requested', { folder: '/b' })).toBe(false);
    expect(isHostEventPayload('open-requested', { folder: '/b', post: 3 })).toBe(false);
    expect(isHostEventPayload('close-requested', { request: 2 })).toBe(true);
    expect(isHostEventPayload('close-requested', { request: '2' })).toBe(false);
    expect(isHostEventPayload('close-requested', { request: 0.5 })).toBe(false);
  });
});
