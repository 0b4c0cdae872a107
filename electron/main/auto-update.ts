import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, Notification, app, dialog } from 'electron';
import {
  CHECK_INTERVAL_MS,
  FIRST_CHECK_DELAY_MS,
  nextUpdateStep,
  updateAvailability,
  type UpdateEvent,
  type UpdateNotice,
  type UpdateState,
} from './update-policy';

/**
 * The thin Electron adapter around electron-updater (GitHub releases, as configured by
 * electron-builder.yml `publish`, which writes app-update.yml into the app). Decisions live in
 * update-policy.ts; this file only wires events and shows what it says. Updates download in the
 * background and install when the app quits (electron-updater's autoInstallOnAppQuit).
 */
export interface AutoUpdate {
  /** The menu's "Check for Updates…": always answers the user. */
  checkNow(): void;
}

export async function startAutoUpdate(): Promise<AutoUpdate> {
  const availability = updateAvailability({
    isPackaged: app.isPackaged,
    platform: process.platform,
    env: process.env,
    linuxPackageType: readLinuxPackageType(),
  });
  if (!availability.enabled) {
    console.info(`[postwright] ${availability.reason}`);
    // The menu item still answers, with the reason.
    return { checkNow: () => show({ kind: 'message', title: 'Updates are off', body: availability.reason }) };
  }
  // Loaded only when used: it reads app-update.yml and sets up its HTTP client on import.
  const { default: electronUpdater } = await import('electron-updater');
  const { autoUpdater } = electronUpdater;
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;

  let state: UpdateState = { kind: 'idle' };
  const dispatch = (event: UpdateEvent): void => {
    const step = nextUpdateStep(state, event);
    state = step.state;
    show(step.notice);
    if (step.startCheck) {
      // Failures arrive as the 'error' event too; this catch only keeps the promise handled.
      autoUpdater.checkForUpdates().catch(() => {});
    }
  };
  autoUpdater.on('update-available', (info) => dispatch({ type: 'update-available', version: info.version }));
  autoUpdater.on('update-not-available', () => dispatch({ type: 'update-not-available' }));
  autoUpdater.on('update-downloaded', (info) => dispatch({ type: 'update-downloaded', version: info.version }));
  autoUpdater.on('error', (error) => dispatch({ type: 'error', message: error.message }));

  setTimeout(() => dispatch({ type: 'check-requested', manual: false }), FIRST_CHECK_DELAY_MS).unref();
  setInterval(() => dispatch({ type: 'check-requested', manual: false }), CHECK_INTERVAL_MS).unref();
  return { checkNow: () => dispatch({ type: 'check-requested', manual: true }) };
}

function readLinuxPackageType(): string | null {
  if (process.platform !== 'linux') return null;
  const file = join(process.resourcesPath, 'package-type');
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** A ready update is an OS notification (it blocks nothing); answers to a menu check are a message box. */
function show(notice: UpdateNotice): void {
  if (notice.kind === 'none') return;
  if (notice.kind === 'ready' && Notification.isSupported()) {
    new Notification({ title: notice.title, body: notice.body, silent: true }).show();
    return;
  }
  const options = { type: 'info' as const, title: notice.title, message: notice.title, detail: notice.body, buttons: ['OK'] };
  const parent = BrowserWindow.getFocusedWindow();
  // Not awaited: the message box must not hold up the update events behind it.
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}
