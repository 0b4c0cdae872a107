import { useSyncExternalStore } from 'react';
import type { SettingsStore } from '../settings/settings-store';
import { PREVIEW_HIDDEN, SIDEBAR_HIDDEN } from '../settings/view-settings';
import type { SaveStatus } from '../workspace/save-status';

/** Which panes the writer has hidden, re-rendering when that changes. */
export function useLayout(settings: SettingsStore): { readonly sidebarHidden: boolean; readonly previewHidden: boolean } {
  useSyncExternalStore(settings.subscribe, settings.version);
  return { sidebarHidden: settings.get(SIDEBAR_HIDDEN), previewHidden: settings.get(PREVIEW_HIDDEN) };
}

/** Saves in flight and failed, per post. */
export function useSaveStatus(status: SaveStatus) {
  return useSyncExternalStore(status.subscribe, status.getSnapshot);
}
