import { appSettings, type SettingsStore } from '../settings/settings-store';
import { SPLIT_RATIO } from '../settings/view-settings';

/** The editor's share of the split, kept between 25 % and 75 % so neither pane vanishes. */
export const MIN_RATIO = 0.25;
export const MAX_RATIO = 0.75;
export const DEFAULT_RATIO = SPLIT_RATIO.fallback;

export const clampRatio = (ratio: number): number =>
  Number.isFinite(ratio) ? Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio)) : DEFAULT_RATIO;

export const loadRatio = (settings: SettingsStore = appSettings()): number => settings.get(SPLIT_RATIO);

export const storeRatio = (ratio: number, settings: SettingsStore = appSettings()): void => settings.set(SPLIT_RATIO, clampRatio(ratio));
