/**
 * The serve host's one non-JSON route: posts.saveImage with the image as the raw request body
 * (a JSON array cannot carry 20 MB of bytes without tripling them). Written once here for the
 * host (electron/serve/image-upload-route.ts) and the page (renderer/api/client.ts).
 *
 * POST /api/upload/image?post=<post id>&name=<file name>, `Content-Type: image/png|jpeg|gif|webp|avif`,
 * a Content-Length, the API token header; answered with the method's Result as JSON.
 */
export const IMAGE_UPLOAD_ROUTE = '/api/upload/image';
export const IMAGE_UPLOAD_POST_QUERY = 'post';
export const IMAGE_UPLOAD_NAME_QUERY = 'name';

/** The upload URL for an image going into `postId`. */
export const imageUploadUrl = (postId: string, fileName: string): string =>
  `${IMAGE_UPLOAD_ROUTE}?${new URLSearchParams({ [IMAGE_UPLOAD_POST_QUERY]: postId, [IMAGE_UPLOAD_NAME_QUERY]: fileName }).toString()}`;
