import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BrowserWindow, app, dialog, nativeTheme, session, shell } from 'electron';
import type { PostwrightApi } from '../../shared/api';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { createAppServices } from '../services/create-app-services';
import { FolderGrants } from '../services/folder-grants';
import { SettingsStore } from '../services/settings/settings-store';
import { installAppMenu } from './app-menu';
import { APP_ID } from './app-identity';
import { appPaths } from './app-paths';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { startAutoUpdate, type AutoUpdate } from './auto-update';
import { notifyFolderOpened } from './folder-opened-hook';
import { createHostEventSender, registerIpcHandlers, type HostEventSender } from './ipc-handlers';
import { launchTarget, openTarget, withinKnownFolder, type OpenTarget } from './launch-args';
import { createMainWindow, type MainWindow } from './main-window';
import { createNativeDialogs } from './native-dialogs';
import { printHtmlToPdf } from './print-to-pdf';
import { guardNavigation } from './navigation-guards';
import { applySessionPolicy } from './session-policy';

/** App lifecycle: one instance, services first, then the window. Everything else is delegated. */

// Before ready: isolated profiles (the e2e spec) and the single-instance lock both key on userData.
const userDataOverride = process.env.POSTWRIGHT_USER_DATA;
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

// Windows matches notifications to the installer's Start-menu shortcut by this id (app-identity.ts).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

// Every renderer sandboxed, whatever a future window forgets to set.
app.enableSandbox();
// The renderer is served as app://postwright (app-protocol.ts), never from file://.
registerAppScheme();

const paths = appPaths({
  bundleDir: import.meta.dirname,
  isPackaged: app.isPackaged,
  resourcesPath: process.resourcesPath,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
});
const devServerUrl = paths.renderer.kind === 'url' ? paths.rendererUrl : undefined;

let api: PostwrightApi | null = null;
/** True once start() opened the first window: from then on, requests go to the running window. */
let started = false;

// Every web contents, however created, stays on the app page and opens links only through the allow-list.
app.on('web-contents-created', (_event, contents) => guardNavigation(contents, paths.rendererUrl));

// What the command line or the OS asked to open at launch; a macOS file association arrives as an
// event instead, before or after ready (after: the running window is asked, see requestOpen).
let launch = launchTarget(process.argv, { defaultApp: process.defaultApp === true, cwd: process.cwd() });
app.on('open-file', (event, path) => {
  event.preventDefault();
  if (started) void requestOpen(openTarget(path, process.cwd()));
  else launch = openTarget(path, process.cwd());
});

// Folders the user named outside the page (launch, second launch, Open Recent) are granted here,
// so the page may open them; folders it names itself must have been chosen (FolderGrants).
const grants = new FolderGrants();
/** The main window, and the page's side of closing it. */
let editorWindow: MainWindow | null = null;
/** Host events to the page (ipcMain listens before ready too, so it is made once, here). */
const sender: HostEventSender = createHostEventSender(paths.rendererUrl);
let updates: Promise<AutoUpdate> | null = null;
/** Set by before-quit; a close then is part of the quit (the page is asked once, for the quit). */
let quitting = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // A second launch: its argv (a folder, or a post from a file association) is opened in this window.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const target = launchTarget(argv, { defaultApp: process.defaultApp === true, cwd: workingDirectory });
    // Still starting: the first launch's target is not opened yet either; this one replaces it.
    if (!started) launch = target ?? launch;
    else if (target === undefined) showMainWindow();
    else void requestOpen(target);
  });
  app.on('before-quit', () => (quitting = true));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (started && BrowserWindow.getAllWindows().length === 0) editorWindow = openWindow();
  });
  app.whenReady().then(start, abortStartup);
}

async function start(): Promise<void> {
  try {
    applySessionPolicy(session.defaultSession, devServerUrl);
    const services = (folder: string | undefined) =>
      createAppServices({
        userDataDir: app.getPath('userData'),
        sampleBlogSource: paths.sampleBlogSource,
        dialogs: createNativeDialogs(),
        printPdf: (html) => printHtmlToPdf(html, app.getLocale()),
        transport: 'electron',
        warmExport: true,
        folderAccess: 'chosen',
        grants,
        closeAnswers: { answer: (request, proceed) => editorWindow?.answerClose(request, proceed) },
        // Menus, dialogs, scroll bars and the title bar follow the page's theme choice.
        nativeTheme: (theme) => (nativeTheme.themeSource = theme),
        osTrash: (path) => shell.trashItem(path),
        publish: (name, payload) => {
          if (editorWindow !== null) sender.send(editorWindow.window.webContents, name, payload);
        },
        version: app.getVersion(),
        platform: process.platform,
        ...(folder !== undefined ? { folder } : {}),
      });
    // A post named at launch inside a folder opened before opens in that folder (see requestOpen).
    if (launch?.post != null) {
      const { folder, post } = launch;
      launch = withinKnownFolder({ folder: await realpath(folder).catch(() => folder), post }, await recentFolders());
    }
    // A folder named at launch that cannot be opened should not stop the app: say so, open the usual one.
    let launchOpened = launch !== undefined;
    const opened = await services(launch?.folder).catch((error: unknown) => {
      if (launch === undefined) throw error;
      launchOpened = false;
      dialog.showErrorBox('Could not open the folder', error instanceof Error ? error.message : String(error));
      return services(undefined);
    });
    // Every folder the page opens updates Open Recent and the OS's recent documents.
    api = notifyFolderOpened(opened, (folder) => {
      app.addRecentDocument(folder.path);
      void refreshMenu();
    });
    const openApi = api;
    serveAppProtocol(session.defaultSession, {
      rendererDir: paths.renderer.kind === 'protocol' ? paths.renderer.dir : null,
      currentFolder: async () => {
        const current = await openApi.folder.current();
        return current.ok && current.value !== null ? current.value.path : null;
      },
      contentSecurityPolicy: contentSecurityPolicy(),
    });
    registerIpcHandlers(api, paths.rendererUrl);
    updates = startAutoUpdate();
    // An update that cannot start (no app-update.yml, a broken install) must not stop the editor.
    updates.catch((error: unknown) => console.error('[postwright] auto-update failed to start', error));
    await refreshMenu();
    editorWindow = openWindow();
    started = true;
    // A post named at launch opens once the page listens (the folder is open already).
    if (launchOpened && launch?.post != null) void requestOpen(launch);
  } catch (error) {
    abortStartup(error);
  }
}

/** Folders opened before, most recent first (real paths, as the services store them). */
async function recentFolders(): Promise<readonly string[]> {
  return (await new SettingsStore(app.getPath('userData')).load()).recentFolders;
}

/** The menu, rebuilt when the recent folders change. */
async function refreshMenu(): Promise<void> {
  installAppMenu({
    hasDevServer: devServerUrl !== undefined,
    events: sender,
    checkForUpdates: () => void updates?.then((update) => update.checkNow()),
    recentFolders: await recentFolders(),
    onOpenRecent: (folder) => void requestOpen({ folder, post: null }),
  });
}

function openWindow(): MainWindow {
  const opened = createMainWindow({
    paths,
    userDataDir: app.getPath('userData'),
    ...(process.platform === 'linux' ? { icon: paths.windowIcon } : {}),
    events: sender,
    quitting: () => quitting,
    onQuitHeld: () => (quitting = false),
    quit: () => app.quit(),
    onReloadedAfterCrash: () => void offerJournal(opened.window),
  });
  opened.window.on('closed', () => {
    if (editorWindow === opened) editorWindow = null;
  });
  return opened;
}

/** After a crash and reload, tells the page what the crash journal kept (it offers to restore it). */
async function offerJournal(window: BrowserWindow): Promise<void> {
  const kept = await api?.journal.recoverable();
  if (kept?.ok && kept.value.length > 0 && !window.isDestroyed()) sender.send(window.webContents, 'journal-available', { count: kept.value.length });
}

/**
 * Shows a folder, or a post in it, that the user named outside the page: the folder is granted,
 * the window brought forward, and the page asked to open it (it settles unsaved edits first).
 */
async function requestOpen(target: OpenTarget): Promise<void> {
  const real = await realpath(target.folder).catch(() => null);
  if (real === null) {
    dialog.showErrorBox('Could not open the folder', `“${target.folder}” does not exist or cannot be read.`);
    return;
  }
  // A post inside the open folder or a recent one opens there (not in its posts subfolder).
  const current = await api?.folder.current();
  const known = [...(current?.ok && current.value ? [current.value.path] : []), ...(await recentFolders())];
  const { folder, post } = withinKnownFolder({ folder: real, post: target.post }, known);
  grants.grant(folder);
  showMainWindow();
  if (editorWindow !== null) sender.send(editorWindow.window.webContents, 'open-requested', { folder, post });
}

/** Brings the window forward (a second launch, an open request), opening one if none is left. */
function showMainWindow(): void {
  if (editorWindow === null || editorWindow.window.isDestroyed()) {
    if (started) editorWindow = openWindow();
    return;
  }
  if (editorWindow.window.isMinimized()) editorWindow.window.restore();
  editorWindow.window.focus();
}

function abortStartup(error: unknown): void {
  console.error('[postwright] failed to start', error);
  dialog.showErrorBox('Postwright could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
