import { createApiProxy, httpRoute, type ApiError, type PostwrightApi, type Result } from '../../shared/api';
import { imageUploadUrl } from '../../shared/api/image-upload';
import type { SaveImageRequest } from '../../shared/api/types';
import { hostFetch } from './host-credentials';

/**
 * The only module that reaches the host. In Electron the preload has put the API on `window`;
 * in serve mode (a plain browser) the same API is spoken over HTTP to the page's own origin.
 * Either way the rest of the renderer sees one `PostwrightApi` and never a channel or route.
 */

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const internal = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } });

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';

/** The server's own explanation in an error body, when it sent one. */
function errorDetail(body: unknown): string | null {
  if (!isResult(body) || body.ok) return null;
  const error = (body as { error?: Partial<ApiError> }).error;
  return typeof error?.message === 'string' ? error.message : null;
}

/**
 * The API over HTTP: one POST per call with the arguments as a JSON array; the body of the answer
 * is the `Result`. Never throws: a dead server or a refusal becomes an INTERNAL error the UI shows.
 * `hostFetch` attaches this tab's API token (host-credentials.ts).
 */
export function createHttpApi(fetchImpl: Fetch = hostFetch): PostwrightApi {
  return createApiProxy(async (endpoint, args) => {
    let response: Response;
    try {
      response = await fetchImpl(...requestFor(endpoint.name, httpRoute(endpoint), args));
    } catch (error) {
      return internal(`Postwright could not reach its server (${error instanceof Error ? error.message : String(error)}). Is \`postwright serve\` still running?`);
    }
    const text = await response.text().catch(() => '');
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: handled below by status and shape.
    }
    if (!response.ok) {
      // An upload refused before it was read (too large, not an image) says why in plain text.
      const detail = errorDetail(body) ?? (UPLOAD_REFUSALS.has(response.status) ? text.slice(0, 300) : null);
      const hint = response.status === 401 || response.status === 403 ? ' Open the address printed by `postwright serve` again.' : '';
      return internal(`The server refused ${endpoint.name} (HTTP ${response.status}).${detail ? ` ${detail}` : ''}${hint}`);
    }
    return isResult(body) ? body : internal(`The server sent an unreadable answer to ${endpoint.name}.`);
  });
}

const UPLOAD_REFUSALS = new Set([411, 413, 415]);

/**
 * The request of one call: a JSON array of the arguments, except posts.saveImage, whose bytes go
 * as the raw body of the binary upload route (shared/api/image-upload.ts).
 */
function requestFor(name: string, route: string, args: unknown[]): [string, RequestInit] {
  if (name === 'posts.saveImage') {
    const request = args[0] as SaveImageRequest;
    return [imageUploadUrl(request.postId, request.fileName), { method: 'POST', headers: { 'content-type': request.mimeType }, body: request.bytes as Uint8Array<ArrayBuffer> }];
  }
  return [route, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) }];
}

const host = typeof window === 'undefined' ? undefined : window;

export const api: PostwrightApi = host?.postwright ?? createHttpApi();
