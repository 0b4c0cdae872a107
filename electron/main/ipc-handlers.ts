import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  API_ENDPOINTS,
  MENU_CHANNEL,
  fail,
  ipcChannel,
  type MenuCommand,
  type PostwrightApi,
} from '../../shared/api';
import { dispatchEndpoint } from '../services/dispatch-endpoint';
import { isTrustedSender } from './security-policy';

/**
 * The one file that touches ipcMain. Every API method gets a handler on the channel shared/api
 * derives for it; the preload's proxy invokes the same channels, so no name is written here.
 */
export function registerIpcHandlers(api: PostwrightApi, rendererUrl: string): () => void {
  for (const endpoint of API_ENDPOINTS) {
    ipcMain.handle(ipcChannel(endpoint), async (event, ...args: unknown[]) => {
      if (!isFromAppWindow(event, rendererUrl)) return fail('FORBIDDEN', 'This window may not use the Postwright API.');
      // Arguments are checked against the method's schema before any service sees them.
      return dispatchEndpoint(api, endpoint, args);
    });
  }
  return () => {
    for (const endpoint of API_ENDPOINTS) ipcMain.removeHandler(ipcChannel(endpoint));
  };
}

/** Served only for the main frame of one of our windows, showing our own page. */
function isFromAppWindow(event: IpcMainInvokeEvent, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  if (frame === null || BrowserWindow.fromWebContents(event.sender) === null) return false;
  return isTrustedSender({ url: frame.url, isMainFrame: frame.parent === null }, rendererUrl);
}

/** Pushes a menu command to a renderer; the preload validates it before the page sees it. */
export function sendMenuCommand(webContents: WebContents, command: MenuCommand): void {
  webContents.send(MENU_CHANNEL, command);
}
