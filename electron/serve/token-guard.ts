import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'postwright_token';

export const newToken = (): string => randomBytes(24).toString('base64url');

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The token a request carries: `?token=`, the cookie set from it, or an `X-Postwright-Token` header. */
export function tokenOf(request: IncomingMessage, url: URL): { token: string | null; fromQuery: boolean } {
  const query = url.searchParams.get('token');
  if (query !== null) return { token: query, fromQuery: true };
  const header = request.headers['x-postwright-token'];
  if (typeof header === 'string') return { token: header, fromQuery: false };
  const cookie = (request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === TOKEN_COOKIE);
  return { token: cookie?.[1] ?? null, fromQuery: false };
}

export const isValidToken = (given: string | null, expected: string): given is string => given !== null && sameToken(given, expected);

/**
 * The Host header must name this server on loopback: a page on another site that re-binds its
 * DNS name to 127.0.0.1 sends its own host name and is refused.
 */
export function isLoopbackHost(hostHeader: string | undefined, port: number): boolean {
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}` || hostHeader === `[::1]:${port}`;
}
