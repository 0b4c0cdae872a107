/**
 * Auto-update decisions, free of Electron and electron-updater so they run in plain Node tests.
 * electron/main/auto-update.ts feeds them the app's facts and electron-updater's events and does
 * what they say. (The `serve` host never loads electron/main, so it never updates itself.)
 */

export interface UpdateEnvironment {
  /** app.isPackaged: false under `npm start` / `npm run dev`, where there is nothing to replace. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Linux: the contents of resources/package-type, which electron-builder writes into deb, rpm
   * and pacman packages (electron-updater reads the same file to pick its updater); null if absent.
   */
  readonly linuxPackageType: string | null;
}

export type UpdateAvailability = { readonly enabled: true } | { readonly enabled: false; readonly reason: string };

/** The variable that turns updates off (managed machines, packagers who ship their own updates). */
export const DISABLE_UPDATES_ENV = 'POSTWRIGHT_DISABLE_UPDATES';

/** Whether this copy of the app may look for, download and install updates. */
export function updateAvailability({ isPackaged, platform, env, linuxPackageType }: UpdateEnvironment): UpdateAvailability {
  if (!isPackaged) return { enabled: false, reason: 'Updates are off in development: this copy runs from source.' };
  const disabled = env[DISABLE_UPDATES_ENV];
  if (disabled !== undefined && disabled !== '' && disabled !== '0' && disabled.toLowerCase() !== 'false') {
    return { enabled: false, reason: `Updates are off: ${DISABLE_UPDATES_ENV} is set.` };
  }
  // electron-builder's portable .exe sets this; it has no installer to update through.
  if (platform === 'win32' && env.PORTABLE_EXECUTABLE_DIR) {
    return { enabled: false, reason: 'The portable version does not update itself: download the new one from the releases page.' };
  }
  // On Linux electron-updater can replace the AppImage (which sets APPIMAGE) and our deb; a copy
  // unpacked by hand, or repackaged by a distribution, is updated by whoever installed it.
  if (platform === 'linux' && !env.APPIMAGE && linuxPackageType?.trim() !== 'deb') {
    return { enabled: false, reason: 'This Linux copy is not an AppImage or our deb: its package manager updates it.' };
  }
  return { enabled: true };
}

/** What electron-updater is doing, as far as the user is concerned. */
export type UpdateState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking'; readonly manual: boolean }
  | { readonly kind: 'downloading'; readonly version: string; readonly manual: boolean }
  | { readonly kind: 'ready'; readonly version: string };

export type UpdateEvent =
  | { readonly type: 'check-requested'; readonly manual: boolean }
  | { readonly type: 'update-available'; readonly version: string }
  | { readonly type: 'update-not-available' }
  | { readonly type: 'update-downloaded'; readonly version: string }
  | { readonly type: 'error'; readonly message: string };

/** What to tell the user after an event: nothing, a passing notice, or a message they answer. */
export type UpdateNotice =
  | { readonly kind: 'none' }
  /** Non-blocking: an OS notification; the update installs when the app quits. */
  | { readonly kind: 'ready'; readonly title: string; readonly body: string }
  /** Only for a check the user asked for (menu): they expect an answer. */
  | { readonly kind: 'message'; readonly title: string; readonly body: string };

export interface UpdateStep {
  readonly state: UpdateState;
  readonly notice: UpdateNotice;
  /** Whether to call autoUpdater.checkForUpdates() now. */
  readonly startCheck: boolean;
}

const NONE: UpdateNotice = { kind: 'none' };

function isManual(state: UpdateState): boolean {
  return (state.kind === 'checking' || state.kind === 'downloading') && state.manual;
}

/**
 * The next state, and what to show, after `event`. Automatic checks stay silent until an update
 * is downloaded; a check from the menu always answers (up to date, already downloading, failed).
 */
export function nextUpdateStep(state: UpdateState, event: UpdateEvent): UpdateStep {
  switch (event.type) {
    case 'check-requested':
      if (state.kind === 'ready') {
        return event.manual ? { state, notice: readyMessage(state.version), startCheck: false } : { state, notice: NONE, startCheck: false };
      }
      if (state.kind === 'downloading') {
        const notice: UpdateNotice = event.manual
          ? { kind: 'message', title: 'Update on its way', body: `Postwright ${state.version} is downloading. It will be installed when you quit.` }
          : NONE;
        return { state: { ...state, manual: state.manual || event.manual }, notice, startCheck: false };
      }
      // A check already running answers the user when it ends.
      if (state.kind === 'checking') return { state: { ...state, manual: state.manual || event.manual }, notice: NONE, startCheck: false };
      return { state: { kind: 'checking', manual: event.manual }, notice: NONE, startCheck: true };
    case 'update-available':
      return { state: { kind: 'downloading', version: event.version, manual: isManual(state) }, notice: NONE, startCheck: false };
    case 'update-not-available':
      return {
        state: { kind: 'idle' },
        notice: isManual(state) ? { kind: 'message', title: 'No updates', body: 'You have the latest version of Postwright.' } : NONE,
        startCheck: false,
      };
    case 'update-downloaded':
      return {
        state: { kind: 'ready', version: event.version },
        notice: { kind: 'ready', title: 'Update ready', body: `Postwright ${event.version} will be installed when you quit.` },
        startCheck: false,
      };
    case 'error':
      // Offline or a missing release is normal for an automatic check: say nothing then.
      return {
        state: state.kind === 'ready' ? state : { kind: 'idle' },
        notice: isManual(state) ? { kind: 'message', title: 'Could not check for updates', body: event.message } : NONE,
        startCheck: false,
      };
  }
}

function readyMessage(version: string): UpdateNotice {
  return { kind: 'message', title: 'Update ready', body: `Postwright ${version} is downloaded and will be installed when you quit.` };
}

/** First automatic check after start (the window first), then every few hours for long sessions. */
export const FIRST_CHECK_DELAY_MS = 10_000;
export const CHECK_INTERVAL_MS = 4 * 60 * 60 * 1000;
