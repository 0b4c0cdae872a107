import { appSettings, type SettingsStore } from '../settings/settings-store';
import { SCROLL_SYNC } from '../settings/view-settings';

/** Whether the editor and the preview scroll together: on by default, remembered with the other view settings. */
export interface ScrollSyncSetting {
  enabled(): boolean;
  toggle(): boolean;
  subscribe(listener: () => void): () => void;
}

export function createScrollSyncSetting(settings: SettingsStore = appSettings()): ScrollSyncSetting {
  return {
    enabled: () => settings.get(SCROLL_SYNC),
    toggle() {
      settings.set(SCROLL_SYNC, !settings.get(SCROLL_SYNC));
      return settings.get(SCROLL_SYNC);
    },
    // Any setting's change calls back; the preview only re-reads enabled(), so that is harmless.
    subscribe: (listener) => settings.subscribe(listener),
  };
}
