import type { HostEvents, PostwrightApi } from '../../shared/api';
import { EditorController } from '../editor/editor-controller';
import { createAppActions, type AppActions } from './app-actions';
import { createAppStore, type AppStore } from './app-store';
import { downloadFile } from './download-file';

export interface AppServices {
  readonly store: AppStore;
  readonly editor: EditorController;
  readonly actions: AppActions;
  readonly events: HostEvents;
}

/** Wires the app once, outside React: the store, the one editor, and the actions over both. */
export function createApp(api: PostwrightApi, events: HostEvents): AppServices {
  const store = createAppStore();
  // The editor's Mod-s calls the same save as the toolbar; `actions` exists by the time a key is pressed.
  const editor = new EditorController(() => void actions.save());
  const actions = createAppActions({ api, store, editor, download: downloadFile });
  return { store, editor, actions, events };
}
