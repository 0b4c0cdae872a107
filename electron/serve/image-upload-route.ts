import type { IncomingMessage } from 'node:http';
import type { PostwrightApi } from '../../shared/api/contract';
import { IMAGE_UPLOAD_NAME_QUERY, IMAGE_UPLOAD_POST_QUERY } from '../../shared/api/image-upload';
import { fail, type Result } from '../../shared/api/result';
import { API_ENDPOINTS, type ApiEndpoint } from '../../shared/api/shape';
import { MAX_IMAGE_BYTES, isImageUploadType } from '../../shared/posts/image-types';
import { dispatchEndpoint } from '../services/dispatch-endpoint';

const SAVE_IMAGE: ApiEndpoint = API_ENDPOINTS.find((endpoint) => endpoint.name === 'posts.saveImage')!;

/** An HTTP refusal before the method runs: the status and why. */
export interface UploadRefusal {
  readonly status: 400 | 405 | 411 | 413 | 415;
  readonly message: string;
}

/**
 * Why an image upload is refused before any of its body is read, or null. The token, the origin
 * and Sec-Fetch-Site were checked by the caller like every /api/ request; here: POST only, an
 * image type the host accepts (a form cannot send one, so this is also a CSRF barrier like the
 * JSON type of the other calls), and a declared length within the limit, so an oversized body is
 * refused without buffering a byte of it.
 */
export function uploadRefusal(request: IncomingMessage): UploadRefusal | null {
  if (request.method !== 'POST') return { status: 405, message: 'Images are uploaded with POST.' };
  const type = String(request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (!isImageUploadType(type)) return { status: 415, message: 'Only PNG, JPEG, GIF, WebP and AVIF images are accepted (SVG is not: it can carry scripts).' };
  const length = request.headers['content-length'];
  if (length === undefined || !/^\d+$/.test(length)) return { status: 411, message: 'An image upload needs a Content-Length.' };
  if (Number(length) > MAX_IMAGE_BYTES) return { status: 413, message: `The image is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB; make it smaller first.` };
  return null;
}

/** The body, or null when it turns out longer than declared or than the limit (never buffered past it). */
async function readImageBody(request: IncomingMessage, declared: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > declared || size > MAX_IMAGE_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Runs posts.saveImage for an upload that passed uploadRefusal: the post and file name from the
 * query, the type from the header (the service still goes by the bytes), through the same schema
 * check as every call.
 */
export async function handleImageUpload(api: PostwrightApi, request: IncomingMessage, url: URL): Promise<Result<unknown>> {
  const bytes = await readImageBody(request, Number(request.headers['content-length']));
  if (bytes === null) return fail('TOO_LARGE', 'The image is larger than it said, or than the limit.');
  const postId = url.searchParams.get(IMAGE_UPLOAD_POST_QUERY);
  const fileName = url.searchParams.get(IMAGE_UPLOAD_NAME_QUERY) ?? '';
  const mimeType = String(request.headers['content-type']).split(';')[0]!.trim().toLowerCase();
  return dispatchEndpoint(api, SAVE_IMAGE, [{ postId, fileName, mimeType, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) }]);
}
