import { API_TOKEN_HEADER, API_TOKEN_QUERY, FOLDER_IMAGE_KEY_LABEL, FOLDER_IMAGE_KEY_QUERY } from '../../shared/api/http-auth';

/**
 * The serve host's API token, held by this tab only.
 *
 * Why not a cookie: cookies ignore the port, so every other web server on 127.0.0.1 the user
 * visits would receive it and could call the whole API. The token arrives once in the printed URL
 * (`?token=`, or `#token=`), is moved into sessionStorage (scoped to this origin, port included,
 * and to this tab) and dropped from the address bar; every API call then sends it as a header,
 * which no other origin can make the browser attach. A reload keeps working; a second serve
 * instance on another port has its own storage, so the two never log each other out.
 */
const STORAGE_KEY = 'postwright.apiToken';

export interface CredentialSources {
  readonly location: Pick<Location, 'href'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  readonly replaceUrl: (url: string) => void;
}

/** Reads the token from the page URL (then removes it from there) or from this tab's storage. */
export function takeApiToken({ location, storage, replaceUrl }: CredentialSources): string | null {
  const url = new URL(location.href);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const given = url.searchParams.get(API_TOKEN_QUERY) ?? fragment.get(API_TOKEN_QUERY);
  if (given !== null && given !== '') {
    url.searchParams.delete(API_TOKEN_QUERY);
    fragment.delete(API_TOKEN_QUERY);
    url.hash = fragment.toString();
    replaceUrl(url.pathname + url.search + url.hash);
    try {
      storage?.setItem(STORAGE_KEY, given);
    } catch {
      // Storage can be disabled; the token still lives in memory for this page's life.
    }
    return given;
  }
  try {
    return storage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

let token: string | null | undefined;

/** The headers every request to the serve host's API carries. */
export function apiAuthHeaders(): Record<string, string> {
  if (token === undefined) {
    token =
      typeof window === 'undefined'
        ? null
        : takeApiToken({
            location: window.location,
            storage: safeSessionStorage(),
            replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
          });
  }
  return token === null ? {} : { [API_TOKEN_HEADER]: token };
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** fetch against the serve host with the API token attached; for API calls and the event stream. */
export const hostFetch = (input: string, init: RequestInit = {}): Promise<Response> =>
  fetch(input, { ...init, credentials: 'same-origin', headers: { ...apiAuthHeaders(), ...(init.headers as Record<string, string> | undefined) } });

let folderImageQuery = '';

/**
 * Derives the folder-image key from the API token (shared/api/http-auth.ts says why), once, before
 * the first preview: Web Crypto is asynchronous. Without a token (Electron) images need no key.
 */
export async function prepareFolderImageKey(): Promise<void> {
  const headers = apiAuthHeaders();
  const given = headers[API_TOKEN_HEADER];
  if (given === undefined || typeof crypto === 'undefined' || crypto.subtle === undefined) return;
  folderImageQuery = `?${FOLDER_IMAGE_KEY_QUERY}=${await folderImageKey(given)}`;
}

/** HMAC-SHA256 of the label under the token, base64url: the same bytes the host computes. */
export async function folderImageKey(apiToken: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(apiToken), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(FOLDER_IMAGE_KEY_LABEL)));
  let binary = '';
  for (const byte of signature) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** What a folder image's URL ends with on this host: `?k=…` under serve, nothing in Electron. */
export const folderImageUrlSuffix = (): string => folderImageQuery;
