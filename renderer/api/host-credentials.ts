import { API_TOKEN_HEADER, API_TOKEN_QUERY } from '../../shared/api/http-auth';

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
