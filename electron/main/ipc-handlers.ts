import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  API_ENDPOINTS,
  HOST_EVENTS_READY_CHANNEL,
  fail,
  hostEventChannel,
  ipcChannel,
  type HostEventMap,
  type HostEventName,
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
function isFromAppWindow(event: Pick<IpcMainInvokeEvent | IpcMainEvent, 'sender' | 'senderFrame'>, rendererUrl: string): boolean {
  const frame = event.senderFrame;
  if (frame === null || BrowserWindow.fromWebContents(event.sender) === null) return false;
  return isTrustedSender({ url: frame.url, isMainFrame: frame.parent === null }, rendererUrl);
}

export interface HostEventSender {
  send<E extends HostEventName>(webContents: WebContents, name: E, payload: HostEventMap[E]): void;
  /** True while the page in `webContents` listens (said it is ready, and has not reloaded or crashed since). */
  isListening(webContents: WebContents): boolean;
  dispose(): void;
}

/** Events held for a page that is not listening yet; more than this and the oldest are dropped. */
const MAX_HELD = 100;

/**
 * Pushes host events to renderers, each on the channel shared/api derives for it. An event sent
 * before the page has subscribed (it is still loading, or reloading) is held and sent once the
 * page says it is ready, as electron/fiddle's ipc manager does, so a menu click during startup
 * is not lost.
 */
export function createHostEventSender(rendererUrl: string): HostEventSender {
  const ready = new WeakSet<WebContents>();
  const held = new WeakMap<WebContents, [HostEventName, unknown][]>();
  const watched = new WeakSet<WebContents>();

  const deliver = (webContents: WebContents, name: HostEventName, payload: unknown) => {
    if (!webContents.isDestroyed()) webContents.send(hostEventChannel(name), payload);
  };

  const watch = (webContents: WebContents) => {
    if (watched.has(webContents)) return;
    watched.add(webContents);
    // A reload starts a new page that has not subscribed yet: hold again until it says so.
    webContents.on('did-start-loading', () => ready.delete(webContents));
    // A crashed page listens to nothing until it is reloaded.
    webContents.on('render-process-gone', () => ready.delete(webContents));
  };

  const onReady = (event: IpcMainEvent) => {
    if (!isFromAppWindow(event, rendererUrl)) return;
    const webContents = event.sender;
    watch(webContents);
    ready.add(webContents);
    const queue = held.get(webContents) ?? [];
    held.delete(webContents);
    for (const [name, payload] of queue) deliver(webContents, name, payload);
  };
  ipcMain.on(HOST_EVENTS_READY_CHANNEL, onReady);

  return {
    send(webContents, name, payload) {
      watch(webContents);
      if (ready.has(webContents)) return deliver(webContents, name, payload);
      const queue = held.get(webContents) ?? [];
      queue.push([name, payload]);
      held.set(webContents, queue.slice(-MAX_HELD));
    },
    isListening(webContents) {
      return ready.has(webContents) && !webContents.isDestroyed();
    },
    dispose() {
      ipcMain.removeListener(HOST_EVENTS_READY_CHANNEL, onReady);
    },
  };
}
