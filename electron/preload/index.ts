import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  MENU_CHANNEL,
  createApiProxy,
  ipcChannel,
  isMenuCommand,
  type HostEvents,
  type PostwrightApi,
} from '../../shared/api';

/**
 * The sandboxed preload: the page gets the typed API and menu events, never ipcRenderer. Each API
 * method invokes the channel shared/api derives for it; the page cannot name a channel itself.
 * The objects are plain trees of functions, which contextBridge copies into the page's world.
 */
const api: PostwrightApi = createApiProxy((endpoint, args) => ipcRenderer.invoke(ipcChannel(endpoint), ...args));

const events: HostEvents = {
  onMenuCommand(listener) {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      // Only known commands reach the page, and never the event (it carries the sender).
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('postwright', api);
contextBridge.exposeInMainWorld('postwrightEvents', events);
