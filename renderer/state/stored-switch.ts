/** An on/off choice of the writer's, remembered in this browser profile. */
export interface StoredSwitch {
  enabled(): boolean;
  toggle(): boolean;
  subscribe(listener: () => void): () => void;
}

export function createStoredSwitch(key: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null, byDefault = true): StoredSwitch {
  const stored = storage?.getItem(key) ?? null;
  let on = stored === null ? byDefault : stored !== 'off';
  const listeners = new Set<() => void>();
  return {
    enabled: () => on,
    toggle() {
      on = !on;
      try {
        storage?.setItem(key, on ? 'on' : 'off');
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
