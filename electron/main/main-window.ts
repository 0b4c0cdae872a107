import { BrowserWindow, dialog } from 'electron';
import type { AppPaths } from './app-paths';
import { guardNavigation } from './navigation-guards';

/** Creates the editor window, locked down, and loads the renderer into it. */
export function createMainWindow(paths: AppPaths): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    title: 'Postwright',
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });

  guardNavigation(window.webContents, paths.rendererUrl);
  window.once('ready-to-show', () => window.show());

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

  const load =
    paths.renderer.kind === 'file' ? window.loadFile(paths.renderer.path) : window.loadURL(paths.rendererUrl);
  load.catch((error: unknown) => console.error('[postwright] could not load the renderer', error));
  return window;
}
