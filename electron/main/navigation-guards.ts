import type { WebContents } from 'electron';
import { openExternalIfAllowed } from './open-external';
import { isAppUrl } from './security-policy';

/**
 * Keeps a window on the app's own page: no new windows, no navigation or redirect elsewhere, no
 * <webview>. Links the page tries to open go to the user's browser, if they are http(s)/mailto.
 */
export function guardNavigation(webContents: WebContents, rendererUrl: string): void {
  webContents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });

  webContents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, rendererUrl)) return;
    event.preventDefault();
    // A plain link clicked in the preview: show it where the user expects, not in the editor.
    openExternalIfAllowed(event.url);
  });

  webContents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, rendererUrl)) event.preventDefault();
  });

  webContents.on('will-attach-webview', (event) => event.preventDefault());
}
