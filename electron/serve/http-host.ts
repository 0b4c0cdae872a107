import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PostwrightApi } from '../../shared/api/contract';
import { dispatchEndpoint } from '../services/dispatch-endpoint';
import { fail } from '../../shared/api/result';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { API_ENDPOINTS, httpRoute, type ApiEndpoint } from '../../shared/api/shape';
import { HOST_EVENTS_ROUTE } from '../../shared/api/host-events';
import { createEventStream, type EventStream } from './event-stream';
import { parseJsonArguments } from './json-body';
import { readStaticFile } from './static-files';
import { handleImageUpload, uploadRefusal } from './image-upload-route';
import { IMAGE_UPLOAD_ROUTE } from '../../shared/api/image-upload';
import { FOLDER_IMAGE_KEY_QUERY } from '../../shared/api/http-auth';
import { readFile } from 'node:fs/promises';
import { FOLDER_IMAGE_POLICY, FOLDER_IMAGES_PATH, resolveFolderImage } from '../services/folder-files';
import {
  apiTokenOf,
  folderImageKeyFor,
  isLoopbackHost,
  isSameLoopbackOrigin,
  isValidToken,
  newToken,
  pageCookieName,
  pageKeyOf,
  urlTokenOf,
} from './token-guard';

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

const TEXT = 'text/plain; charset=utf-8';

/**
 * The second transport of the API: the same renderer and the same methods over HTTP on
 * 127.0.0.1 (or localhost, [::1]), for any browser. API calls are same-origin POSTs of a JSON
 * argument array to the route derived from the method list, carrying the API token in a header
 * (see token-guard.ts for why not a cookie), answered with the method's Result.
 */
export async function startHttpHost({ api, staticDir, port = 0, token = newToken() }: HttpHostOptions): Promise<HttpHost> {
  const routes = new Map<string, ApiEndpoint>(API_ENDPOINTS.map((endpoint) => [httpRoute(endpoint), endpoint]));
  const pageKey = newToken();
  const folderImageKey = folderImageKeyFor(token);
  let origin = '';
  const events = createEventStream();

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('[postwright] request failed:', error);
      if (!response.headersSent) send(response, 500, TEXT, 'Internal error');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const listeningPort = (server.address() as AddressInfo).port;
    if (!isLoopbackHost(request.headers.host, listeningPort)) {
      return send(response, 403, TEXT, 'Forbidden: this server only answers on 127.0.0.1.');
    }
    const url = new URL(request.url ?? '/', origin);
    if (url.pathname.startsWith('/api/')) {
      const refusal = apiRefusal(request, listeningPort);
      if (refusal !== null) return send(response, 403, TEXT, `Forbidden: ${refusal}`);
      // Host events: behind the same checks as every API call.
      if (url.pathname === HOST_EVENTS_ROUTE) return events.handle(request, response);
      if (url.pathname === IMAGE_UPLOAD_ROUTE) return handleUpload(request, response, url);
      const endpoint = routes.get(url.pathname);
      if (endpoint) return handleApiCall(endpoint, request, response);
      return send(response, 404, TEXT, 'No such API method.');
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, TEXT, 'Method not allowed');

    // The page and its files: the printed URL's token once, then the page-key cookie of this port.
    const urlToken = urlTokenOf(url);
    const viaUrl = urlToken !== null && isValidToken(urlToken, token);
    if (!viaUrl && (urlToken !== null || !isValidToken(pageKeyOf(request, listeningPort), pageKey))) {
      return send(response, 403, TEXT, 'Forbidden: missing or wrong token. Open the URL that `postwright serve` printed.');
    }
    if (url.pathname.startsWith(FOLDER_IMAGES_PATH)) return sendFolderImage(request, response, url.pathname.slice(FOLDER_IMAGES_PATH.length));
    const file = await readStaticFile(staticDir, url.pathname);
    if (!file) return send(response, 404, TEXT, 'Not found');
    if (viaUrl) response.setHeader('Set-Cookie', `${pageCookieName(listeningPort)}=${pageKey}; HttpOnly; SameSite=Strict; Path=/`);
    const isPage = file.contentType.startsWith('text/html');
    response.setHeader('Cache-Control', isPage ? 'no-store' : 'private, max-age=300');
    return send(response, 200, file.contentType, file.body);
  }

  /**
   * An image of the open folder for the preview (`<img src="/_folder/…">`), behind the page key like
   * the page itself, only for the page's own requests, and confined exactly as Electron's app://
   * protocol is (services/folder-files.ts): images only, never out of the folder, symlinks included.
   */
  async function sendFolderImage(request: IncomingMessage, response: ServerResponse, encodedPath: string): Promise<void> {
    const fetchSite = request.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin') return send(response, 403, TEXT, 'Forbidden: images are for the Postwright page only.');
    const imageKey = new URL(request.url ?? '/', origin).searchParams.get(FOLDER_IMAGE_KEY_QUERY);
    if (!isValidToken(imageKey, folderImageKey)) return send(response, 403, TEXT, 'Forbidden: a folder image needs the key the Postwright page adds.');
    const current = await api.folder.current();
    if (!current.ok || !current.value) return send(response, 404, TEXT, 'No folder is open.');
    const target = await resolveFolderImage(current.value.path, encodedPath);
    if (target.kind === 'refused') return send(response, target.status, TEXT, `Not served: ${target.reason}`);
    response.setHeader('Content-Security-Policy', FOLDER_IMAGE_POLICY);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // Images change while the writer works on them.
    response.setHeader('Cache-Control', 'no-cache');
    return send(response, 200, target.mimeType, await readFile(target.path));
  }

  /** Why an /api/ request is refused, or null: the header token, same origin, and for calls JSON. */
  function apiRefusal(request: IncomingMessage, listeningPort: number): string | null {
    if (!isValidToken(apiTokenOf(request), token)) {
      return 'missing or wrong token. Open the URL that `postwright serve` printed.';
    }
    const fetchSite = request.headers['sec-fetch-site'];
    if (!isSameLoopbackOrigin(request.headers.origin, request.headers.host, listeningPort) || (fetchSite !== undefined && fetchSite !== 'same-origin')) {
      return 'API calls must come from the Postwright page itself.';
    }
    return null;
  }

  /** posts.saveImage with raw image bytes as the body (image-upload-route.ts). */
  async function handleUpload(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const refusal = uploadRefusal(request);
    if (refusal !== null) {
      // The body is not read: close the connection rather than drain what may be megabytes.
      response.setHeader('Connection', 'close');
      return send(response, refusal.status, TEXT, refusal.message);
    }
    const result = await handleImageUpload(api, request, url);
    response.setHeader('Cache-Control', 'no-store');
    return send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result));
  }

  async function handleApiCall(endpoint: ApiEndpoint, request: IncomingMessage, response: ServerResponse): Promise<void> {
    // JSON content type: a plain form cannot make this call, even without the header check.
    if (request.method !== 'POST' || !String(request.headers['content-type']).startsWith('application/json')) {
      return send(response, 403, TEXT, 'Forbidden: API calls are same-origin JSON POSTs.');
    }
    const body = await readBody(request);
    const parsed = body === null ? fail('INVALID', 'The request is too large.') : parseJsonArguments(body);
    const result = parsed.ok ? await dispatchEndpoint(api, endpoint, parsed.value) : parsed;
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
