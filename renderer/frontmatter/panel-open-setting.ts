/** Whether the front matter panel is expanded: open by default, remembered in this browser profile. */
export interface PanelOpenSetting {
  isOpen(): boolean;
  toggle(): boolean;
  subscribe(listener: () => void): () => void;
}

const KEY = 'postwright.frontMatterPanel';

export function createPanelOpenSetting(storage: Pick<Storage, 'getItem' | 'setItem'> | null = globalThis.localStorage ?? null): PanelOpenSetting {
  let open = storage?.getItem(KEY) !== 'closed';
  const listeners = new Set<() => void>();
  return {
    isOpen: () => open,
    toggle() {
      open = !open;
      try {
        storage?.setItem(KEY, open ? 'open' : 'closed');
      } catch {
        // Storage full or denied: the choice holds for this session.
      }
      listeners.forEach((listener) => listener());
      return open;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
