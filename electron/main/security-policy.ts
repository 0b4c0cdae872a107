/**
 * Pure decisions behind the window's security guards, kept free of Electron so they run in
 * plain Node tests. Every URL is parsed with WHATWG URL, never matched as a string, so casing
 * (`HTTP://`), whitespace and escapes cannot slip past a prefix check.
 */

/** Schemes the OS may open for us: web pages and mail. Never file:, javascript:, custom apps. */
const EXTERNAL_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` may be handed to `shell.openExternal`. */
export function isAllowedExternalUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return true;
  // `https://trusted.example@evil.example` reads as one site and opens another.
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/**
 * True when `url` is the app's own page: the same file as the renderer's index.html, or the
 * same origin as the dev server. Query and hash are ignored (in-app state, not another page).
 */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  const candidate = parseUrl(url);
  const app = parseUrl(rendererUrl);
  if (candidate === null || app === null) return false;
  if (app.protocol === 'file:') {
    return candidate.protocol === 'file:' && candidate.host === app.host && candidate.pathname === app.pathname;
  }
  // A dev server (electron-vite dev): anything it serves is ours; nothing else is.
  return (app.protocol === 'http:' || app.protocol === 'https:') && candidate.origin === app.origin;
}

/** The part of an IPC sender's frame the trust decision needs. */
export interface SenderFrame {
  readonly url: string;
  readonly isMainFrame: boolean;
}

/**
 * True when an IPC message may be served: it comes from the main frame (never an iframe, even
 * one that slipped past the CSP) and that frame shows the app's own page.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, rendererUrl: string): boolean {
  return frame != null && frame.isMainFrame && isAppUrl(frame.url, rendererUrl);
}
