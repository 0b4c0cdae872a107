/** The editor's share of the split, kept between 25 % and 75 % so neither pane vanishes. */
export const MIN_RATIO = 0.25;
export const MAX_RATIO = 0.75;
export const DEFAULT_RATIO = 0.5;

export const clampRatio = (ratio: number): number =>
  Number.isFinite(ratio) ? Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio)) : DEFAULT_RATIO;

const STORAGE_KEY = 'postwright.split-ratio';

export function loadRatio(): number {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return stored === null ? DEFAULT_RATIO : clampRatio(Number(stored));
  } catch {
    return DEFAULT_RATIO;
  }
}

export function storeRatio(ratio: number): void {
  try {
    localStorage.setItem(STORAGE_KEY, String(ratio));
  } catch {
    // Storage can be off (private mode); the split just resets next time.
  }
}
