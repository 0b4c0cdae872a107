/**
 * How a page proves to the serve host that it holds the API token. Written once here for the
 * host (electron/serve) and the page (renderer/api).
 */

/** The request header that carries the API token; a header, never a cookie (see host-credentials). */
export const API_TOKEN_HEADER = 'x-postwright-token';

/** The query (or fragment) parameter of the printed URL that hands the token to the page once. */
export const API_TOKEN_QUERY = 'token';
