import { describe, expect, it } from 'vitest';
import { MIN_WINDOW_SIZE, mainWindowOptions } from './window-options';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preload: '/app/out/preload/index.cjs', bounds: { x: 10, y: 20, width: 1000, height: 700 } });

  it('locks the renderer down: isolated, sandboxed, no Node, no webview, web security on', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped on the window must not replace the app's page.
      navigateOnDragDrop: false,
    });
  });

  it('takes the remembered bounds, keeps a usable minimum size and shows only when ready', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, minWidth: MIN_WINDOW_SIZE.width, show: false });
    expect(mainWindowOptions({ preload: 'p', bounds: { width: 900, height: 600 } })).not.toHaveProperty('x');
  });
});
