/**
 * The Content-Security-Policy the main process adds as a response header. It mirrors the
 * <meta> policy in renderer/index.html, so the page stays locked down even if that tag is lost.
 */
const PRODUCTION_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'https:', 'http:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
};

/**
 * The policy string. With a dev server URL (only `electron-vite dev` sets one) it also allows
 * what Vite needs: its inline React-refresh preamble and the HMR websocket to that server.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const directives: Record<string, string[]> = Object.fromEntries(
    Object.entries(PRODUCTION_DIRECTIVES).map(([name, sources]) => [name, [...sources]]),
  );
  if (devServerUrl !== undefined) {
    const origin = new URL(devServerUrl);
    const socket = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
    directives['script-src']!.push("'unsafe-inline'", origin.origin);
    directives['connect-src']!.push(origin.origin, socket);
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
