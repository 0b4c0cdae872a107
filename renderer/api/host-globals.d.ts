import type { HostEvents, PostwrightApi } from '../../shared/api';

// What the Electron preload exposes with contextBridge. Absent in serve mode (a plain browser).
declare global {
  interface Window {
    postwright?: PostwrightApi;
    postwrightEvents?: HostEvents;
  }
}

export {};
