import type { BrowserWindowConstructorOptions } from 'electron';

/** The smallest window in which the sidebar, editor and preview still fit. */
export const MIN_WINDOW_SIZE = { width: 800, height: 500 } as const;
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/**
 * The editor window's options, as data (tests read them without Electron). The renderer gets no
 * Node, no Electron, no <webview>: only the preload's named API, in an isolated world, sandboxed.
 */
export function mainWindowOptions(options: {
  readonly preload: string;
  readonly bounds: { readonly x?: number; readonly y?: number; readonly width: number; readonly height: number };
  /** Linux shows this in the taskbar of an unpackaged or AppImage run; macOS and Windows use the bundle's. */
  readonly icon?: string;
}): BrowserWindowConstructorOptions {
  return {
    ...options.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Postwright',
    show: false,
    ...(options.icon === undefined ? {} : { icon: options.icon }),
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}
