import { shell } from 'electron';
import { isAllowedExternalUrl } from './security-policy';

/** Opens a link in the user's browser or mail app, only for http(s) and mailto URLs. */
export function openExternalIfAllowed(url: string): void {
  if (!isAllowedExternalUrl(url)) {
    console.warn(`[postwright] refused to open ${JSON.stringify(url.slice(0, 200))}`);
    return;
  }
  shell.openExternal(url).catch((error: unknown) => console.error('[postwright] openExternal failed', error));
}
