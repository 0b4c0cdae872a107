import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { API_TOKEN_HEADER, API_TOKEN_QUERY, FOLDER_IMAGE_KEY_LABEL } from '../../shared/api/http-auth';

/**
 * Two secrets guard the serve host, each for one thing:
 * - the API token (printed in the URL) is the only key to the API and the event stream. The page
 *   keeps it in memory/sessionStorage and sends it as a header, never as a cookie: cookies ignore
 *   the port, so any other server on 127.0.0.1 that the browser visits would receive it.
 * - the page key is a cookie that only lets the browser reload the app's static files (public
 *   code). Its name carries the port, so two serve instances never overwrite each other's, and
 *   if another local server reads it, it gets nothing it could not download from npm.
 */
export const newToken = (): string => randomBytes(24).toString('base64url');

export const pageCookieName = (port: number): string => `postwright_page_${port}`;

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

export const isValidToken = (given: string | null | undefined, expected: string): given is string =>
  typeof given === 'string' && sameToken(given, expected);

/** The API token of a request: only ever the header. */
export function apiTokenOf(request: IncomingMessage): string | null {
  const header = request.headers[API_TOKEN_HEADER];
  return typeof header === 'string' ? header : null;
}

/** The token in the printed URL's query, if any (the page reads it too, then drops it). */
export const urlTokenOf = (url: URL): string | null => url.searchParams.get(API_TOKEN_QUERY);

/** The page key cookie for this port, if the request carries it. */
export function pageKeyOf(request: IncomingMessage, port: number): string | null {
  const name = pageCookieName(port);
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/**
 * The Host header must name this server on loopback: a page on another site that re-binds its
 * DNS name to 127.0.0.1 sends its own host name and is refused.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return LOOPBACK_NAMES.some((name) => hostHeader === `${name}:${port}`);
}

/**
 * A request's Origin, when it has one, must be this very server under the name the page used
 * (the Host header, already checked to be a loopback name): `http://localhost:<port>` is as good
 * as `http://127.0.0.1:<port>`, and any other origin, another port included, is refused.
 */
export function isSameLoopbackOrigin(originHeader: string | undefined, hostHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true;
  return isLoopbackHost(hostHeader, port) && originHeader === `http://${hostHeader}`;
}

/** The key folder images need (shared/api/http-auth.ts says why); the page derives the same. */
export const folderImageKeyFor = (apiToken: string): string => createHmac('sha256', apiToken).update(FOLDER_IMAGE_KEY_LABEL).digest('base64url');
