import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, screen } from 'electron';
import { isEditedTitle } from '../../shared/window/window-title';
import type { AppPaths } from './app-paths';
import { CloseHandshake } from './close-handshake';
import { crashNotice } from './crash-policy';
import { spellCheckerLanguages, spellingMenu } from './spelling-menu';
import type { HostEventSender } from './ipc-handlers';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, mainWindowOptions } from './window-options';
import { rememberWindowState, restoreWindowState, type DisplayInfo } from './window-state';
import { loadWindowState, saveWindowState } from './window-state-store';

export interface MainWindowOptions {
  readonly paths: AppPaths;
  /** userData: where window-state.json lives. */
  readonly userDataDir: string;
  /** The window icon for Linux (macOS and Windows take the bundle's). */
  readonly icon?: string;
  /** Host events to the page: close requests go through it, and it knows whether the page listens. */
  readonly events: HostEventSender;
  /** True between `before-quit` and the end of that quit: a close then is part of a quit. */
  readonly quitting: () => boolean;
  /** A quit was held to ask the page (Electron cancels that quit; the page's answer restarts it). */
  readonly onQuitHeld: () => void;
  /** The page agreed to a quit: quit again. */
  readonly quit: () => void;
  /** The page was reloaded after a crash (to offer what the crash journal kept). */
  readonly onReloadedAfterCrash: () => void;
}

export interface MainWindow {
  readonly window: BrowserWindow;
  /** The page's answer to a close request (`app.answerClose`). */
  answerClose(request: number, proceed: boolean): void;
}

/**
 * Creates the editor window, locked down (window-options.ts), where it was last left on the
 * current display (window-state.ts), and loads the renderer into it. The decisions are made in
 * Electron-free modules (close-handshake.ts, crash-policy.ts, window-state.ts); this file only
 * feeds them Electron's events. Navigation guards are installed for every web contents in index.ts.
 */
export function createMainWindow(options: MainWindowOptions): MainWindow {
  const { paths, userDataDir, icon, events } = options;
  const stateFile = join(userDataDir, 'window-state.json');
  const displays = (): DisplayInfo[] => screen.getAllDisplays();
  const restored = restoreWindowState(loadWindowState(stateFile), displays(), screen.getPrimaryDisplay(), {
    size: DEFAULT_WINDOW_SIZE,
    minimum: MIN_WINDOW_SIZE,
  });
  const window = new BrowserWindow(
    mainWindowOptions({ preload: paths.preload, bounds: restored.bounds, ...(icon === undefined ? {} : { icon }) }),
  );
  const contents = window.webContents;
  const handshake = new CloseHandshake();
  let unresponsive = false;
  const crashes: number[] = [];

  // The platform's spell checker: the user's languages (Windows, Linux; macOS picks its own) and
  // its suggestions in a context menu (spelling-menu.ts decides what it holds).
  if (process.platform !== 'darwin') {
    contents.session.setSpellCheckerLanguages(spellCheckerLanguages(app.getPreferredSystemLanguages(), contents.session.availableSpellCheckerLanguages));
  }
  contents.on('context-menu', (_event, params) => {
    const template = spellingMenu(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });

  window.once('ready-to-show', () => {
    if (restored.maximized) window.maximize();
    window.show();
  });

  window.on('close', (event) => {
    const attempt = handshake.attempt(options.quitting() ? 'quit' : 'close', events.isListening(contents) && !unresponsive);
    if (attempt.kind === 'ask') {
      event.preventDefault();
      if (options.quitting()) options.onQuitHeld();
      events.send(contents, 'close-requested', { request: attempt.request });
      return;
    }
    // Here, not on 'closed': the bounds are gone once the window is destroyed.
    const state = { bounds: window.getNormalBounds(), maximized: window.isMaximized() };
    saveWindowState(stateFile, rememberWindowState(loadWindowState(stateFile), state, displays(), screen.getPrimaryDisplay()));
  });

  // A hung page cannot answer a close request; closing must still work (the journal has its text).
  window.on('unresponsive', () => (unresponsive = true));
  window.on('responsive', () => (unresponsive = false));

  // The renderer's beforeunload says there is unsaved work. After the page agreed to close (it saved
  // or the writer discarded), that is answered already; otherwise (a reload from the View menu in
  // development) ask here. Calling preventDefault on this event lets the unload go ahead.
  contents.on('will-prevent-unload', (event) => {
    if (handshake.agreed) {
      event.preventDefault();
      return;
    }
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      title: 'Unsaved changes',
      message: 'You have unsaved changes. Leave anyway?',
      buttons: ['Leave', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });

  // The page's title carries the edited mark (shared/window/window-title.ts); macOS shows its own.
  window.on('page-title-updated', (_event, title) => {
    if (process.platform === 'darwin') window.setDocumentEdited(isEditedTitle(title));
  });

  contents.on('render-process-gone', (_event, details) => {
    handshake.pageGone();
    const now = Date.now();
    const notice = crashNotice(details.reason, crashes, now);
    crashes.push(now);
    if (notice === null || window.isDestroyed()) return;
    console.error(`[postwright] renderer gone: ${details.reason} (exit code ${details.exitCode})`);
    const buttons = notice.offerReload ? ['Reload', 'Quit'] : ['Quit'];
    void dialog
      .showMessageBox(window, { type: 'error', title: notice.title, message: notice.message, detail: notice.detail, buttons, defaultId: 0, noLink: true })
      .then(({ response }) => {
        if (window.isDestroyed()) return;
        if (buttons[response] !== 'Reload') return options.quit();
        contents.once('did-finish-load', options.onReloadedAfterCrash);
        contents.reload();
      });
  });

  window.loadURL(paths.rendererUrl).catch((error: unknown) => console.error('[postwright] could not load the renderer', error));

  return {
    window,
    answerClose(request, proceed) {
      const outcome = handshake.answer(request, proceed);
      if (window.isDestroyed()) return;
      if (outcome.kind === 'close') window.close();
      else if (outcome.kind === 'quit') options.quit();
    },
  };
}
