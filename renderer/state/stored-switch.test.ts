import { describe, expect, it, vi } from 'vitest';
import { createStoredSwitch } from './stored-switch';

describe('createStoredSwitch', () => {
  it('is on by default, remembers a toggle and tells its listeners', () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) };
    const setting = createStoredSwitch('k', storage);
    const listener = vi.fn();
    setting.subscribe(listener);
    expect(setting.enabled()).toBe(true);
    expect(setting.toggle()).toBe(false);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(createStoredSwitch('k', storage).enabled()).toBe(false);
    expect(createStoredSwitch('other', storage, false).enabled()).toBe(false);
    expect(createStoredSwitch('k', storage, true).enabled()).toBe(false);
  });

  it('keeps the choice for the session when storage refuses it', () => {
    const setting = createStoredSwitch('k', { getItem: () => null, setItem: () => { throw new Error('full'); } });
    expect(setting.toggle()).toBe(false);
    expect(setting.enabled()).toBe(false);
  });
});
