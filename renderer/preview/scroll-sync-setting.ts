/** Whether the editor and the preview scroll together: on by default, remembered in this browser profile. */
export interface ScrollSyncSetting {
  enabled(): boolean;
  toggle(): boolean;
  subscribe(listener: () => void): () => void;
}

const KEY = 'postwright.scrollSync';

export function createScrollSyncSetting(storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null): ScrollSyncSetting {
  let on = storage?.getItem(KEY) !== 'off';
  const listeners = new Set<() => void>();
  return {
    enabled: () => on,
    toggle() {
      on = !on;
      try {
        storage?.setItem(KEY, on ? 'on' : 'off');
      } catch {
        // Storage full or denied: the choice holds for this session.
      }
      listeners.forEach((listener) => listener());
      return on;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
