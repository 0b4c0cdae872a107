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

/**
 * The one allow-list for `shell.openExternal`: the URL to open (normalised, so the OS gets exactly
 * what was checked, IDN hosts in punycode), or null when it must not leave the app.
 */
export function allowedExternalUrl(url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol === 'mailto:') return parsed.href;
  // `https://trusted.example@evil.example` reads as one site and opens another.
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

/** True when `url` may be handed to `shell.openExternal`. */
export function isAllowedExternalUrl(url: string): boolean {
  return allowedExternalUrl(url) !== null;
}

/**
 * True when `url` is the app's own page: app://postwright/index.html (the scheme is registered as
 * standard, so its host is case-insensitive), or any page of the dev server's origin. Query and hash
 * are ignored (in-app state, not another page). A file:// URL is never the app: nothing loads it so.
 */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  const candidate = parseUrl(url);
  const app = parseUrl(rendererUrl);
  if (candidate === null || app === null) return false;
  if (app.protocol === 'app:') {
    return (
      candidate.protocol === 'app:' &&
      candidate.host.toLowerCase() === app.host.toLowerCase() &&
      candidate.username === '' &&
      candidate.port === '' &&
      (candidate.pathname === app.pathname || candidate.pathname === '/')
    );
  }
  // A dev server (electron-vite dev): anything it serves is ours; nothing else is.
  return (app.protocol === 'http:' || app.protocol === 'https:') && candidate.origin === app.origin;
}

/** What to do with a navigation a page starts. */
export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * The main frame may only show the app's page; a link it follows elsewhere goes to the user's
 * browser if isAllowedExternalUrl says so. A sub-frame (the CSP allows none; this is the second
 * lock) may only hold an inert about:blank or about:srcdoc document.
 */
export function navigationDecision(navigation: { readonly url: string; readonly isMainFrame: boolean }, rendererUrl: string): NavigationDecision {
  if (!navigation.isMainFrame) return navigation.url === 'about:blank' || navigation.url === 'about:srcdoc' ? 'allow' : 'deny';
  if (isAppUrl(navigation.url, rendererUrl)) return 'allow';
  return isAllowedExternalUrl(navigation.url) ? 'open-external' : 'deny';
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
