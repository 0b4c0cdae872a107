import { shell } from 'electron';
import { allowedExternalUrl } from './security-policy';

/** Opens a link in the user's browser or mail app, only for http(s) and mailto URLs. */
export function openExternalIfAllowed(url: string): void {
  const allowed = allowedExternalUrl(url);
  if (allowed === null) {
    console.warn(`[postwright] refused to open ${JSON.stringify(url.slice(0, 200))}`);
    return;
  }
  shell.openExternal(allowed).catch((error: unknown) => console.error('[postwright] openExternal failed', error));
}
