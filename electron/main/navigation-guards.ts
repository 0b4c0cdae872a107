import type { WebContents } from 'electron';
import { openExternalIfAllowed } from './open-external';
import { navigationDecision } from './security-policy';

/**
 * Keeps every web contents (windows, and anything a future feature creates) on the app's own page:
 * no new windows, no navigation or redirect elsewhere in any frame, no <webview>. Links the page
 * tries to open go to the user's browser through the one allow-list (security-policy.ts).
 * Installed from app.on('web-contents-created'), so no window can be created without it.
 */
export function guardNavigation(webContents: WebContents, rendererUrl: string): void {
  webContents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
  // The main frame: a plain link clicked in the preview opens where the user expects, not in the editor.
  webContents.on('will-navigate', (event) => {
    const decision = navigationDecision({ url: event.url, isMainFrame: true }, rendererUrl);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternalIfAllowed(event.url);
  });
  // Sub-frames (will-navigate does not see them). The main frame is left to will-navigate above,
  // so a link is not opened twice.
  webContents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    if (navigationDecision({ url: event.url, isMainFrame: false }, rendererUrl) !== 'allow') event.preventDefault();
  });
  // A redirect is never a link the user chose: stop it unless it stays on the app page.
  webContents.on('will-redirect', (event) => {
    if (navigationDecision({ url: event.url, isMainFrame: event.isMainFrame }, rendererUrl) !== 'allow') event.preventDefault();
  });
  webContents.on('will-attach-webview', (event) => event.preventDefault());
}
