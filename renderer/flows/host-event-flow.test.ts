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
  const setup = () => {
    const fake = fakeEvents();
    const registry = { run: vi.fn(() => true) };
    const documents = { applyDiskChange: vi.fn(async () => {}), applyDiskRemoval: vi.fn(), applyDiskAddition: vi.fn(async () => {}) };
    const reloadPosts = vi.fn(async () => {});
    const onFolderGone = vi.fn();
    const patchList = vi.fn();
    return { ...fake, registry, documents, reloadPosts, onFolderGone, patchList };
  };

  it('runs menu commands through the registry and reacts to post events; ready after subscribing', async () => {
    const { events, push, count, registry, documents, reloadPosts, onFolderGone, patchList } = setup();
    events.ready.mockImplementation(() => expect(count()).toBeGreaterThan(0));
    const stop = subscribeHostEvents(events, { registry, documents, reloadPosts, patchList, onFolderGone, burstMs: 5 });
    expect(events.ready).toHaveBeenCalledTimes(1);

    push('menu-command', { command: 'file.save' });
    expect(registry.run).toHaveBeenCalledWith('file.save');
    push('post-changed', { id: 'a.md', version: 'v2' });
    expect(documents.applyDiskChange).toHaveBeenCalledWith('a.md', 'v2');
    push('post-removed', { id: 'b.md' });
    expect(documents.applyDiskRemoval).toHaveBeenCalledWith('b.md');
    push('post-added', { summary: { id: 'c.md', title: 'C', date: null, draft: false, tags: [], warning: null, warningLine: null, size: 1, modifiedMs: 1 } });
    expect(documents.applyDiskAddition).toHaveBeenCalledWith('c.md');
    // Three post events in one burst: the list is read once.
    await vi.waitFor(() => expect(reloadPosts).toHaveBeenCalledTimes(1));
    // The list showed the removal and the addition at once, in one update.
    expect(patchList).toHaveBeenCalledTimes(1);
    expect(patchList.mock.calls[0]).toEqual([[expect.objectContaining({ id: 'c.md' })], ['b.md']]);

    push('folder-changed', { folder: null });
    expect(onFolderGone).toHaveBeenCalledTimes(1);

    stop();
    expect(count()).toBe(0);
  });

  it('reads the list once per burst of 500 events, never two reads at once', async () => {
    const { events, push, registry, documents, onFolderGone, patchList } = setup();
    let inFlight = 0;
    let most = 0;
    let release: () => void = () => {};
    const reloadPosts = vi.fn(async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise<void>((resolve) => (release = resolve));
      inFlight--;
    });
    subscribeHostEvents(events, { registry, documents, reloadPosts, patchList, onFolderGone, burstMs: 5 });
    for (let i = 0; i < 500; i++) push('post-changed', { id: `p${i}.md`, version: 'v' });
    await vi.waitFor(() => expect(reloadPosts).toHaveBeenCalledTimes(1));
    // A second burst while the first read runs: one more read after it, not one per event.
    for (let i = 0; i < 500; i++) push('post-removed', { id: `p${i}.md` });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(reloadPosts).toHaveBeenCalledTimes(1);
    release();
    await vi.waitFor(() => expect(reloadPosts).toHaveBeenCalledTimes(2));
    release();
    expect(most).toBe(1);
    expect(documents.applyDiskChange).toHaveBeenCalledTimes(500);
  });
});
