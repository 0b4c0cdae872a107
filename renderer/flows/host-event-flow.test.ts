import { describe, expect, it, vi } from 'vitest';
import type { HostEventMap, HostEventName, HostEvents } from '../../shared/api';
import { subscribeHostEvents } from './host-event-flow';

/** Host events the test pushes by hand, as either transport would deliver them. */
function fakeEvents() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const events: HostEvents & { ready: ReturnType<typeof vi.fn<() => void>> } = {
    on(name, listener) {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(listener as (payload: unknown) => void);
      return () => listeners.get(name)!.delete(listener as (payload: unknown) => void);
    },
    ready: vi.fn<() => void>(),
  };
  const push = <E extends HostEventName>(name: E, payload: HostEventMap[E]) => listeners.get(name)?.forEach((listener) => listener(payload));
  return { events, push, count: () => [...listeners.values()].reduce((n, set) => n + set.size, 0) };
}

describe('subscribeHostEvents', () => {
  it('runs menu commands through the registry and reacts to post events; ready after subscribing', async () => {
    const { events, push, count } = fakeEvents();
    const registry = { run: vi.fn(() => true) };
    const documents = { applyDiskChange: vi.fn(async () => {}) };
    const reloadPosts = vi.fn(async () => {});
    events.ready.mockImplementation(() => expect(count()).toBeGreaterThan(0));
    const stop = subscribeHostEvents(events, { registry: registry as never, documents, reloadPosts });
    expect(events.ready).toHaveBeenCalledTimes(1);

    push('menu-command', { command: 'file.save' });
    expect(registry.run).toHaveBeenCalledWith('file.save');
    push('post-changed', { id: 'a.md', version: 'v2' });
    expect(documents.applyDiskChange).toHaveBeenCalledWith('a.md', 'v2');
    push('post-removed', { id: 'b.md' });
    await vi.waitFor(() => expect(reloadPosts).toHaveBeenCalledTimes(2));

    stop();
    expect(count()).toBe(0);
  });
});
