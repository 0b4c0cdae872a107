/**
 * How a page proves to the serve host that it holds the API token. Written once here for the
 * host (electron/serve) and the page (renderer/api).
 */

/** The request header that carries the API token; a header, never a cookie (see host-credentials). */
export const API_TOKEN_HEADER = 'x-postwright-token';

/** The query (or fragment) parameter of the printed URL that hands the token to the page once. */
export const API_TOKEN_QUERY = 'token';

/**
 * The serve host's folder images (`/_folder/…`) need a key in their URL (`?k=`): the page-key
 * cookie alone would do, except that cookies ignore the port, so another web server on 127.0.0.1
 * the browser visits would receive it and could fetch the writer's images. The key is an HMAC of
 * the API token with this label, made by the host and by the page (Web Crypto) alike, so it never
 * travels in a cookie and opens nothing but images.
 */
export const FOLDER_IMAGE_KEY_QUERY = 'k';
export const FOLDER_IMAGE_KEY_LABEL = 'postwright-folder-images';
