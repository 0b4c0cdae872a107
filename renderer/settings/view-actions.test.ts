// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from './settings-store';
import { applyViewSettings, createViewActions } from './view-actions';
import { PREVIEW_HIDDEN, SIDEBAR_HIDDEN, TEXT_ZOOM } from './view-settings';

function setup() {
  const settings = createSettingsStore(null);
  const setTheme = vi.fn(async () => ({ ok: true as const, value: null }));
  const onZoom = vi.fn();
  const root = document.createElement('html');
  const stop = applyViewSettings(settings, { root, api: { app: { setTheme } } as never, onZoom });
  const notices = { showNotice: vi.fn() };
  return { settings, setTheme, onZoom, root, stop, notices, view: createViewActions(settings, notices) };
}

describe('the view settings on the page', () => {
  it('follows the system until a theme is picked, on the page and in the host', () => {
    const { root, setTheme, view } = setup();
    expect(root.dataset.theme).toBeUndefined();
    expect(setTheme).toHaveBeenLastCalledWith('system');
    view.setTheme('dark');
    expect(root.dataset.theme).toBe('dark');
    expect(setTheme).toHaveBeenLastCalledWith('dark');
    view.setTheme('system');
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(setTheme).toHaveBeenCalledTimes(3);
  });

  it('sizes the text by steps within 50–300 %, says the size, and has the editor measure again', () => {
    const { root, settings, onZoom, notices, view } = setup();
    expect(root.style.getPropertyValue('--text-zoom')).toBe('1');
    view.zoomIn();
    expect(root.style.getPropertyValue('--text-zoom')).toBe('1.1');
    expect(notices.showNotice).toHaveBeenLastCalledWith('Text size 110 %.');
    expect(onZoom).toHaveBeenCalledTimes(2);
    for (let i = 0; i < 30; i++) view.zoomOut();
    expect(settings.get(TEXT_ZOOM)).toBe(0.5);
    view.zoomReset();
    expect(root.style.getPropertyValue('--text-zoom')).toBe('1');
  });

  it('toggles the sidebar and the preview, each on its own', () => {
    const { settings, view } = setup();
    view.toggleSidebar();
    expect([settings.get(SIDEBAR_HIDDEN), settings.get(PREVIEW_HIDDEN)]).toEqual([true, false]);
    view.togglePreview();
    view.toggleSidebar();
    expect([settings.get(SIDEBAR_HIDDEN), settings.get(PREVIEW_HIDDEN)]).toEqual([false, true]);
  });
});
