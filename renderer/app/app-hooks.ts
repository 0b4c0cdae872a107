import { useCallback, useEffect, useSyncExternalStore } from 'react';
import type { CommandRegistry } from '../commands/command-registry';
import { installKeyboardShortcuts } from '../commands/keyboard-shortcuts';
import type { AppState } from '../state/app-state';
import type { AppStore } from '../state/app-store';
import type { Workspace, WorkspaceSnapshot } from '../workspace/workspace';

/** The app state, re-rendering when it changes. */
export function useAppState(store: AppStore): AppState {
  return useSyncExternalStore(store.subscribe, store.getState);
}

/**
 * Which document is shown and which are unsaved (not their text: typing does not re-render).
 * Another document shown re-renders at once. A post turning unsaved (or saved) re-renders in a
 * task of its own: that change comes from the first keystroke after a save, and rendering the
 * window inside that keystroke's task put ~10 ms between the key and the frame showing it. The
 * unsaved marks now appear a frame after the character does.
 */
export function useWorkspace(workspace: Workspace): WorkspaceSnapshot {
  const subscribe = useCallback(
    (notify: () => void) => {
      let shownId = workspace.getSnapshot().activeId;
      let later: ReturnType<typeof setTimeout> | undefined;
      const stop = workspace.subscribe(() => {
        const { activeId } = workspace.getSnapshot();
        if (activeId === shownId) {
          later ??= setTimeout(() => {
            later = undefined;
            notify();
          }, 0);
          return;
        }
        shownId = activeId;
        clearTimeout(later);
        later = undefined;
        notify();
      });
      return () => {
        stop();
        clearTimeout(later);
      };
    },
    [workspace],
  );
  return useSyncExternalStore(subscribe, workspace.getSnapshot);
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** Every command's keys, anywhere in the window, through the command registry. */
export function useKeyboardShortcuts(registry: CommandRegistry): void {
  useEffect(() => installKeyboardShortcuts(window, registry), [registry]);
}

/**
 * Never lose words on close or reload: while anything is unsaved, unloading is refused (the
 * browser asks; Electron's main turns it into a "quit anyway?" dialog).
 */
export function useUnsavedChangesGuard(workspace: Workspace): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!workspace.hasUnsavedChanges()) return;
      event.preventDefault();
      // Older engines only look at returnValue.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [workspace]);
}
