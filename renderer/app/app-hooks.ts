import { useEffect, useSyncExternalStore } from 'react';
import type { HostEvents } from '../../shared/api';
import type { EditorController } from '../editor/editor-controller';
import type { SessionsSnapshot } from '../editor/editor-sessions';
import type { AppActions } from './app-actions';
import type { AppState } from './app-state';
import type { AppStore } from './app-store';
import { isMacPlatform, shortcutCommand } from './shortcuts';

/** The app state, re-rendering when it changes. */
export function useAppState(store: AppStore): AppState {
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** Which post is shown and which are unsaved (not their text: typing does not re-render). */
export function useSessions(editor: EditorController): SessionsSnapshot {
  return useSyncExternalStore(editor.sessions.subscribe, editor.sessions.getSnapshot);
}

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/**
 * Mod-S/N/O/E anywhere in the window. The editor handles Mod-S itself (and marks the event
 * handled); this covers focus in the sidebar or toolbar, and stops the browser's own dialogs.
 */
export function useShortcuts(actions: AppActions): void {
  useEffect(() => {
    const isMac = isMacPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const command = shortcutCommand(event, isMac);
      if (!command) return;
      // Always stop the browser's own Save/Open/New window; the action itself does nothing
      // while a dialog is open.
      event.preventDefault();
      actions.runMenuCommand(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}

/** The Electron menu's commands (a no-op subscription over HTTP). */
export function useMenuCommands(events: HostEvents, actions: AppActions): void {
  useEffect(() => events.onMenuCommand((command) => actions.runMenuCommand(command)), [events, actions]);
}

/**
 * Never lose words on close or reload: while anything is unsaved, unloading is refused (the
 * browser asks; Electron's main turns it into a "quit anyway?" dialog).
 */
export function useUnsavedChangesGuard(editor: EditorController): void {
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!editor.hasUnsavedChanges()) return;
      event.preventDefault();
      // Older engines only look at returnValue.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [editor]);
}
