import type { Session } from 'electron';
import { contentSecurityPolicy, devServerAdditions } from '../../shared/security/content-security-policy';

/**
 * Session-wide rules: no web permission is ever granted (a Markdown editor needs no camera,
 * notifications, USB or geolocation), and every response carries the app's CSP header (the
 * app:// protocol sets it itself; this covers the dev server).
 */
export function applySessionPolicy(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  // WebUSB, WebHID, Web Serial, Bluetooth: no device is ever handed to the page.
  session.setDevicePermissionHandler(() => false);
  const policy = contentSecurityPolicy(devServerUrl === undefined ? {} : devServerAdditions(devServerUrl));
  session.webRequest.onHeadersReceived((details, callback) => {
    // Added, not replacing: if a server sent its own policy too, the browser enforces both.
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [policy] } });
  });
}
