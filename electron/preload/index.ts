import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  HOST_EVENTS_READY_CHANNEL,
  createApiProxy,
  hostEventChannel,
  ipcChannel,
  isHostEventName,
  isHostEventPayload,
  type HostEvents,
  type PostwrightApi,
} from '../../shared/api';

/**
 * The sandboxed preload: the page gets the typed API and a subscription to host events, never
 * ipcRenderer. Each API method invokes the channel shared/api derives for it, each event comes on
 * its own derived channel; the page cannot name a channel itself. The objects are plain trees of
 * functions, which contextBridge copies into the page's world.
 */
const api: PostwrightApi = createApiProxy((endpoint, args) => ipcRenderer.invoke(ipcChannel(endpoint), ...args));

const events: HostEvents = {
  on(name, listener) {
    if (!isHostEventName(name)) return () => {};
    const channel = hostEventChannel(name);
    const handler = (_event: IpcRendererEvent, payload: unknown): void => {
      // Only well-formed payloads reach the page, and never the IPC event (it carries the sender).
      if (isHostEventPayload(name, payload)) listener(payload);
    };
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
  ready() {
    ipcRenderer.send(HOST_EVENTS_READY_CHANNEL);
  },
};

contextBridge.exposeInMainWorld('postwright', api);
contextBridge.exposeInMainWorld('postwrightEvents', events);
