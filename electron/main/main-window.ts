import { join } from 'node:path';
import { BrowserWindow, dialog, screen } from 'electron';
import type { AppPaths } from './app-paths';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, mainWindowOptions } from './window-options';
import { rememberWindowState, restoreWindowState, type DisplayInfo } from './window-state';
import { loadWindowState, saveWindowState } from './window-state-store';

export interface MainWindowOptions {
  readonly paths: AppPaths;
  /** userData: where window-state.json lives. */
  readonly userDataDir: string;
  /** The window icon for Linux (macOS and Windows take the bundle's). */
  readonly icon?: string;
}

/**
 * Creates the editor window, locked down (window-options.ts), where it was last left on the
 * current display (window-state.ts), and loads the renderer into it. Navigation guards are
 * installed for every web contents in index.ts.
 */
export function createMainWindow({ paths, userDataDir, icon }: MainWindowOptions): BrowserWindow {
  const stateFile = join(userDataDir, 'window-state.json');
  const displays = (): DisplayInfo[] => screen.getAllDisplays();
  const restored = restoreWindowState(loadWindowState(stateFile), displays(), screen.getPrimaryDisplay(), {
    size: DEFAULT_WINDOW_SIZE,
    minimum: MIN_WINDOW_SIZE,
  });
  const window = new BrowserWindow(
    mainWindowOptions({ preload: paths.preload, bounds: restored.bounds, ...(icon === undefined ? {} : { icon }) }),
  );

  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });
  // 'close', not 'closed': the bounds are gone once the window is destroyed.
  window.on('close', () => {
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    saveWindowState(stateFile, rememberWindowState(loadWindowState(stateFile), state, displays(), screen.getPrimaryDisplay()));
  });

  // The renderer's beforeunload says there is unsaved work; Electron then asks us. Calling
  // preventDefault on this event lets the unload (close, quit) go ahead.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'Unsaved changes',
      message: 'You have unsaved changes. Quit anyway?',
      buttons: ['Quit', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });

  window.loadURL(paths.rendererUrl).catch((error: unknown) => console.error('[postwright] could not load the renderer', error));
  return window;
}
