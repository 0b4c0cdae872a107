import type { Session } from 'electron';
import { contentSecurityPolicy, devServerAdditions } from '../../shared/security/content-security-policy';

/**
 * Session-wide rules: no web permission is ever granted (a Markdown editor needs no camera,
 * notifications or geolocation), and every response carries the app's CSP header.
 */
export function applySessionPolicy(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);

  const policy = contentSecurityPolicy(devServerUrl === undefined ? {} : devServerAdditions(devServerUrl));
  session.webRequest.onHeadersReceived((details, callback) => {
    // Added, not replacing: if a server sent its own policy too, the browser enforces both.
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}
