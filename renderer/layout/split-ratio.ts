import { appSettings, type SettingsStore } from '../settings/settings-store';
import { SPLIT_RATIO } from '../settings/view-settings';

/** The editor's share of the split: its bounds and default are the setting's (view-settings.ts). */
export const MIN_RATIO = SPLIT_RATIO.min;
export const MAX_RATIO = SPLIT_RATIO.max;
export const DEFAULT_RATIO = SPLIT_RATIO.fallback;

export const clampRatio = (ratio: number): number =>
  Number.isFinite(ratio) ? Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio)) : DEFAULT_RATIO;

export const loadRatio = (settings: SettingsStore = appSettings()): number => settings.get(SPLIT_RATIO);

export const storeRatio = (ratio: number, settings: SettingsStore = appSettings()): void => settings.set(SPLIT_RATIO, clampRatio(ratio));
