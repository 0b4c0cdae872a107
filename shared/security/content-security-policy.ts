/**
 * The renderer's Content-Security-Policy. renderer/index.html carries it as a <meta> tag (a test
 * keeps the two equal); the Electron session and the HTTP host also send it as a header, so the
 * page stays locked down even if that tag is lost.
 */
const PRODUCTION_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  // Posts may show https images (and their own, via 'self'); never plain http (remote-content.ts).
  'img-src': ["'self'", 'data:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'none'"],
  'object-src': ["'none'"],
};

export interface PolicyAdditions {
  /** Extra script sources (only the Vite dev server, in `electron-vite dev`). */
  readonly script?: readonly string[];
  /** Extra connect sources (the dev server and its HMR websocket). */
  readonly connect?: readonly string[];
}

/** The renderer's policy, for the Electron session header and the HTTP host alike. */
export function contentSecurityPolicy(additions: PolicyAdditions = {}): string {
  const directives: Record<string, readonly string[]> = {
    ...PRODUCTION_DIRECTIVES,
    'script-src': [...PRODUCTION_DIRECTIVES['script-src']!, ...(additions.script ?? [])],
    'connect-src': [...PRODUCTION_DIRECTIVES['connect-src']!, ...(additions.connect ?? [])],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/**
 * What `electron-vite dev` needs on top: Vite's inline React-refresh preamble and the HMR
 * websocket to its server. Never used for a built app.
 */
export function devServerAdditions(devServerUrl: string): PolicyAdditions {
  const match = /^(https?):\/\/([^/]+)/.exec(devServerUrl);
  if (!match) return {};
  const [, scheme, host] = match;
  const origin = `${scheme}://${host}`;
  return { script: ["'unsafe-inline'", origin], connect: [origin, `${scheme === 'https' ? 'wss' : 'ws'}://${host}`] };
}
