import { describe, expect, it, vi } from 'vitest';
import { createScrollSyncSetting } from '../preview/scroll-sync-setting';
import { loadRatio, storeRatio } from '../layout/split-ratio';
import { createSettingsStore, type SettingsStorage } from './settings-store';
import { AUTOSAVE, nextZoom, SCROLL_SYNC, SIDEBAR_HIDDEN, SPLIT_RATIO, TEXT_ZOOM, THEME, ZOOM_STEPS } from './view-settings';

const memoryStorage = (initial: Record<string, string> = {}) => {
  const data = new Map(Object.entries(initial));
  const storage: SettingsStorage = { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
  return { storage, data };
};

describe('the view settings store', () => {
  it('gives the defaults when nothing is stored: system theme, autosave after a pause, 100 % text', () => {
    const settings = createSettingsStore(memoryStorage().storage);
    expect(settings.get(THEME)).toBe('system');
    expect(settings.get(AUTOSAVE)).toBe('pause');
    expect(settings.get(TEXT_ZOOM)).toBe(1);
    expect(settings.get(SIDEBAR_HIDDEN)).toBe(false);
    expect(settings.get(SCROLL_SYNC)).toBe(true);
  });

  it('remembers a choice across stores (a restart) and tells subscribers once per change', () => {
    const { storage, data } = memoryStorage();
    const settings = createSettingsStore(storage);
    const listener = vi.fn();
    settings.subscribe(listener);
    settings.set(THEME, 'dark');
    settings.set(THEME, 'dark');
    settings.set(SIDEBAR_HIDDEN, true);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(data.get('postwright.theme')).toBe('dark');
    expect(data.get('postwright.sidebarHidden')).toBe('on');
    const again = createSettingsStore(storage);
    expect(again.get(THEME)).toBe('dark');
    expect(again.get(SIDEBAR_HIDDEN)).toBe(true);
  });

  it('reads what an older or damaged profile stored as the default, and clamps numbers to their range', () => {
    const settings = createSettingsStore(
      memoryStorage({ 'postwright.theme': 'sepia', 'postwright.autosave': '', 'postwright.textZoom': '40', 'postwright.split-ratio': 'NaN' }).storage,
    );
    expect(settings.get(THEME)).toBe('system');
    expect(settings.get(AUTOSAVE)).toBe('pause');
    expect(settings.get(TEXT_ZOOM)).toBe(3);
    expect(settings.get(SPLIT_RATIO)).toBe(0.5);
  });

  it('keeps the keys the split ratio and scroll sync were stored under before', () => {
    const { storage } = memoryStorage({ 'postwright.split-ratio': '0.3', 'postwright.scrollSync': 'off' });
    const settings = createSettingsStore(storage);
    expect(loadRatio(settings)).toBe(0.3);
    storeRatio(0.9, settings);
    expect(storage.getItem('postwright.split-ratio')).toBe('0.75');
    const sync = createScrollSyncSetting(settings);
    expect(sync.enabled()).toBe(false);
    expect(sync.toggle()).toBe(true);
    expect(storage.getItem('postwright.scrollSync')).toBe('on');
  });

  it('holds a choice for the session when storage throws (full, or denied)', () => {
    const settings = createSettingsStore({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    });
    expect(settings.get(AUTOSAVE)).toBe('pause');
    settings.set(AUTOSAVE, 'off');
    expect(settings.get(AUTOSAVE)).toBe('off');
  });

  it('zooms by the browser steps and stops at the limits', () => {
    expect(nextZoom(1, 1)).toBe(1.1);
    expect(nextZoom(1, -1)).toBe(0.9);
    expect(nextZoom(1.05, 1)).toBe(1.1);
    expect(nextZoom(1.05, -1)).toBe(1);
    expect(nextZoom(ZOOM_STEPS[ZOOM_STEPS.length - 1]!, 1)).toBe(3);
    expect(nextZoom(0.5, -1)).toBe(0.5);
  });
});
