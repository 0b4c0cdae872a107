import { appReducer, initialAppState, type AppAction, type AppState } from './app-state';

/**
 * A minimal external store around the reducer, read by React with useSyncExternalStore. The
 * flows that change it (renderer/flows) live outside components, so they always see the current
 * state, never a stale closure.
 */
export interface AppStore {
  getState(): AppState;
  dispatch(action: AppAction): void;
  subscribe(listener: () => void): () => void;
}

export function createAppStore(initial: AppState = initialAppState): AppStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = appReducer(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
