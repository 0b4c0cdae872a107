import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PostwrightApi } from '../../shared/api/contract';
import { fail } from '../../shared/api/result';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { API_ENDPOINTS, callEndpoint, httpRoute, type ApiEndpoint } from '../../shared/api/shape';
import { HOST_EVENTS_ROUTE } from '../../shared/api/host-events';
import { createEventStream, type EventStream } from './event-stream';
import { readStaticFile } from './static-files';
import { TOKEN_COOKIE, isLoopbackHost, isValidToken, newToken, tokenOf } from './token-guard';

/** The renderer's policy as a header; frame-ancestors only works in a header, not the meta tag. */
export const CONTENT_SECURITY_POLICY = `${contentSecurityPolicy()}; frame-ancestors 'none'`;

/** Request bodies above this are refused: a post is at most 10 MB, JSON-escaped maybe twice that. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface HttpHostOptions {
  readonly api: PostwrightApi;
  /** The built renderer (out/renderer). */
  readonly staticDir: string;
  readonly port?: number;
  /** Fixed token (tests); a random one otherwise. */
  readonly token?: string;
}

export interface HttpHost {
  /** The URL to open, token included. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Pushes host events to the pages listening (see event-stream.ts). */
  readonly events: Pick<EventStream, 'publish' | 'streamCount'>;
  close(): Promise<void>;
}

/**
 * The second transport of the API: the same renderer and the same methods over HTTP on
 * 127.0.0.1, for any browser. Every request needs the token (query once, then an HttpOnly
 * SameSite=Strict cookie); API calls are POSTs of a JSON argument array to the route derived
 * from the method list, answered with the method's Result.
 */
export async function startHttpHost({ api, staticDir, port = 0, token = newToken() }: HttpHostOptions): Promise<HttpHost> {
  const routes = new Map<string, ApiEndpoint>(API_ENDPOINTS.map((endpoint) => [httpRoute(endpoint), endpoint]));
  let origin = '';
  const events = createEventStream();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[postwright] request failed:', error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const listeningPort = (server.address() as AddressInfo).port;
    if (!isLoopbackHost(request.headers.host, listeningPort)) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: this server only answers on 127.0.0.1.');
    }
    const url = new URL(request.url ?? '/', origin);
    const { token: given, fromQuery } = tokenOf(request, url);
    if (!isValidToken(given, token)) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: missing or wrong token. Open the URL that `postwright serve` printed.');
    }
    if (fromQuery && request.method === 'GET') {
      // Trade the token in the URL for a cookie, and drop it from the address bar and history.
      url.searchParams.delete('token');
      response.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${given}; HttpOnly; SameSite=Strict; Path=/`);
      response.setHeader('Location', url.pathname + url.search);
      return send(response, 303, 'text/plain; charset=utf-8', '');
    }

    // Host events: behind the same token check as every API call above.
    if (url.pathname === HOST_EVENTS_ROUTE) return events.handle(request, response);
    const endpoint = routes.get(url.pathname);
    if (endpoint) return handleApiCall(endpoint, request, response);
    if (url.pathname.startsWith('/api/')) return send(response, 404, 'text/plain; charset=utf-8', 'No such API method.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');

    const file = await readStaticFile(staticDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    const isPage = file.contentType.startsWith('text/html');
    response.setHeader('Cache-Control', isPage ? 'no-store' : 'private, max-age=300');
    return send(response, 200, file.contentType, file.body);
  }

  async function handleApiCall(endpoint: ApiEndpoint, request: IncomingMessage, response: ServerResponse): Promise<void> {
    // JSON content type + same origin: a form or a foreign page cannot make this call.
    const requestOrigin = request.headers.origin;
    if (request.method !== 'POST' || !String(request.headers['content-type']).startsWith('application/json') || (requestOrigin !== undefined && requestOrigin !== origin)) {
      return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden: API calls are same-origin JSON POSTs.');
    }
    const body = await readBody(request);
    let args: unknown;
    try {
      args = body === null ? null : JSON.parse(body);
    } catch {
      args = null;
    }
    const result = Array.isArray(args)
      ? await callEndpoint(api, endpoint, args).catch((error: unknown) => fail('INTERNAL', error instanceof Error ? error.message : String(error)))
      : fail('INVALID', body === null ? 'The request is too large.' : 'The request body must be a JSON array of arguments.');
    response.setHeader('Cache-Control', 'no-store');
    return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    token,
    url: `${origin}/?token=${token}`,
    events,
    close: () =>
      new Promise<void>((resolve) => {
        events.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.statusCode = status;
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.end(body);
}

/** The body as text, or null when it exceeds MAX_BODY_BYTES. */
async function readBody(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
