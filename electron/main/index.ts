import { resolve } from 'node:path';
import { BrowserWindow, app, dialog, session, shell } from 'electron';
import type { PostwrightApi } from '../../shared/api';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { createAppServices } from '../services/create-app-services';
import { installAppMenu } from './app-menu';
import { appPaths } from './app-paths';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { startAutoUpdate } from './auto-update';
import { createHostEventSender, registerIpcHandlers } from './ipc-handlers';
import { folderArgument, folderForPath } from './launch-args';
import { createMainWindow } from './main-window';
import { createNativeDialogs } from './native-dialogs';
import { guardNavigation } from './navigation-guards';
import { applySessionPolicy } from './session-policy';

/** App lifecycle: one instance, services first, then the window. Everything else is delegated. */

// Before ready: isolated profiles (the e2e spec) and the single-instance lock both key on userData.
const userDataOverride = process.env.POSTWRIGHT_USER_DATA;
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

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

let mainWindow: BrowserWindow | null = null;
let api: PostwrightApi | null = null;

// Every web contents, however created, stays on the app page and opens links only through the allow-list.
app.on('web-contents-created', (_event, contents) => guardNavigation(contents, paths.rendererUrl));

// A folder from a macOS file association arrives as an event, before or instead of argv.
let launchFolder = folderArgument(process.argv, { defaultApp: process.defaultApp === true, cwd: process.cwd() });
app.on('open-file', (event, path) => {
  event.preventDefault();
  // Before ready it decides which folder opens; later the running window is only brought forward
  // (switching folders under unsaved edits needs the renderer's consent, see showMainWindow).
  if (api === null) launchFolder = folderForPath(path, process.cwd());
  else showMainWindow();
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => showMainWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (api !== null && BrowserWindow.getAllWindows().length === 0) mainWindow = openWindow();
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
        transport: 'electron',
        folderAccess: 'chosen',
        osTrash: (path) => shell.trashItem(path),
        version: app.getVersion(),
        platform: process.platform,
        ...(folder !== undefined ? { folder } : {}),
      });
    // A folder named at launch that cannot be opened should not stop the app: say so, open the usual one.
    api = await services(launchFolder).catch((error: unknown) => {
      if (launchFolder === undefined) throw error;
      dialog.showErrorBox('Could not open the folder', error instanceof Error ? error.message : String(error));
      return services(undefined);
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
    const updates = startAutoUpdate();
    installAppMenu({
      hasDevServer: devServerUrl !== undefined,
      events: createHostEventSender(paths.rendererUrl),
      checkForUpdates: () => void updates.then((update) => update.checkNow()),
    });
    mainWindow = openWindow();
    // An update that cannot start (no app-update.yml, a broken install) must not stop the editor.
    updates.catch((error: unknown) => console.error('[postwright] auto-update failed to start', error));
  } catch (error) {
    abortStartup(error);
  }
}

function openWindow(): BrowserWindow {
  const window = createMainWindow({
    paths,
    userDataDir: app.getPath('userData'),
    ...(process.platform === 'linux' ? { icon: paths.windowIcon } : {}),
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  return window;
}

/**
 * Brings the window forward for a second launch. A folder named by that launch is not opened:
 * the renderer has no "folder changed" event yet, and switching under unsaved edits would lose them.
 */
function showMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    if (api !== null) mainWindow = openWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function abortStartup(error: unknown): void {
  console.error('[postwright] failed to start', error);
  dialog.showErrorBox('Postwright could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
