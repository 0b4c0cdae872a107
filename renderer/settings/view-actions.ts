import type { PostwrightApi } from '../../shared/api';
import type { Notices } from '../state/notices';
import type { SettingsStore } from './settings-store';
import { FRONT_MATTER_PANEL, nextZoom, PREVIEW_HIDDEN, SIDEBAR_HIDDEN, TEXT_ZOOM, THEME, type ThemeChoice } from './view-settings';

export type ViewActions = ReturnType<typeof createViewActions>;

const THEME_LABELS: Readonly<Record<ThemeChoice, string>> = { system: 'following the system', light: 'light', dark: 'dark' };

/**
 * The view settings applied to the page: the theme as `data-theme` on <html> (absent: follow
 * the OS, see the colour tokens in styles/app.css) and for what the host draws itself, the text
 * zoom as `--text-zoom` (the editor's and the preview's size). Runs now and on every change.
 */
export function applyViewSettings(
  settings: SettingsStore,
  { root, api, onZoom }: { root: HTMLElement; api: Pick<PostwrightApi, 'app'>; onZoom?: () => void },
): () => void {
  let theme: ThemeChoice | null = null;
  let zoom: number | null = null;
  const apply = () => {
    const nextTheme = settings.get(THEME);
    if (nextTheme !== theme) {
      theme = nextTheme;
      if (theme === 'system') delete root.dataset.theme;
      else root.dataset.theme = theme;
      // The desktop app's menus and title bar; the browser host accepts and does nothing. Failing it changes nothing on the page.
      void api.app.setTheme(theme).catch(() => undefined);
    }
    const nextZoomFactor = settings.get(TEXT_ZOOM);
    if (nextZoomFactor !== zoom) {
      zoom = nextZoomFactor;
      root.style.setProperty('--text-zoom', String(zoom));
      onZoom?.();
    }
  };
  apply();
  return settings.subscribe(apply);
}

/** What the View commands do to the settings (and say, where the change is not visible at once). */
export function createViewActions(settings: SettingsStore, notices: Pick<Notices, 'showNotice'>) {
  const zoomTo = (factor: number) => {
    settings.set(TEXT_ZOOM, factor);
    notices.showNotice(`Text size ${Math.round(factor * 100)} %.`);
  };
  return {
    toggleSidebar: () => settings.set(SIDEBAR_HIDDEN, !settings.get(SIDEBAR_HIDDEN)),
    togglePreview: () => settings.set(PREVIEW_HIDDEN, !settings.get(PREVIEW_HIDDEN)),
    toggleFrontMatter: () => settings.set(FRONT_MATTER_PANEL, !settings.get(FRONT_MATTER_PANEL)),
    zoomIn: () => zoomTo(nextZoom(settings.get(TEXT_ZOOM), 1)),
    zoomOut: () => zoomTo(nextZoom(settings.get(TEXT_ZOOM), -1)),
    zoomReset: () => zoomTo(1),
    setTheme(theme: ThemeChoice) {
      settings.set(THEME, theme);
      notices.showNotice(`Theme: ${THEME_LABELS[theme]}.`);
    },
  };
}
