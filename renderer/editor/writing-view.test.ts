import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../settings/settings-store';
import { WritingView } from './writing-view';

/** A Storage stand-in: what was written, readable back. */
function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('WritingView', () => {
  it('starts with the outline open and the modes off, and toggles each, telling its listeners', () => {
    const view = new WritingView();
    expect(view.getSnapshot()).toEqual({ focusMode: false, typewriter: false, outline: true });
    const listener = vi.fn();
    view.subscribe(listener);
    view.toggle('focusMode');
    view.toggle('outline');
    expect(view.getSnapshot()).toEqual({ focusMode: true, typewriter: false, outline: false });
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('remembers the choices in the settings store, for the next start', () => {
    const storage = memoryStorage();
    const first = new WritingView(createSettingsStore(storage));
    first.toggle('typewriter');
    first.toggle('outline');
    const next = new WritingView(createSettingsStore(storage));
    expect(next.getSnapshot()).toEqual({ focusMode: false, typewriter: true, outline: false });
  });
});
