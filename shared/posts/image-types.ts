/**
 * The image types a writer may paste or drop into a post, and how the host recognises them from
 * their first bytes (the client's declared type is never trusted).
 *
 * SVG is refused: it is a document that can carry scripts. The preview would only ever show it
 * through <img> (no script runs there), but the file is copied into the site, which publishes it,
 * and a reader opening its URL directly would run its scripts on the blog's origin. A writer who
 * wants an SVG copies it in by hand, knowing what it holds.
 *
 * Written here rather than with a sniffing library (file-type and its tokenizer dependencies):
 * five fixed signatures, read from a buffer already in memory.
 */

export const IMAGE_UPLOAD_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'] as const;
export type ImageUploadType = (typeof IMAGE_UPLOAD_TYPES)[number];

/** Largest image accepted: far above a screenshot or a photo a blog should carry. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

/** The file extension Postwright writes for each type. */
export const IMAGE_EXTENSIONS: Readonly<Record<ImageUploadType, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

export const isImageUploadType = (value: string): value is ImageUploadType => (IMAGE_UPLOAD_TYPES as readonly string[]).includes(value);

const ascii = (bytes: Uint8Array, start: number, text: string): boolean => {
  if (bytes.length < start + text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[start + i] !== text.charCodeAt(i)) return false;
  return true;
};

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** AVIF: an ISO-BMFF `ftyp` box whose major or a compatible brand is `avif` or `avis`. */
function isAvif(bytes: Uint8Array): boolean {
  if (!ascii(bytes, 4, 'ftyp') || bytes.length < 16) return false;
  const boxSize = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(boxSize, bytes.length, 256);
  for (let offset = 8; offset + 4 <= end; offset += 4) {
    if (offset === 12) continue; // the minor version, not a brand
    if (ascii(bytes, offset, 'avif') || ascii(bytes, offset, 'avis')) return true;
  }
  return false;
}

/** The image type the bytes really are, or null when they are none of the accepted ones. */
export function sniffImageType(bytes: Uint8Array): ImageUploadType | null {
  if (bytes.length >= 8 && PNG.every((byte, i) => bytes[i] === byte)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(bytes, 0, 'GIF87a') || ascii(bytes, 0, 'GIF89a')) return 'image/gif';
  if (ascii(bytes, 0, 'RIFF') && ascii(bytes, 8, 'WEBP')) return 'image/webp';
  if (isAvif(bytes)) return 'image/avif';
  return null;
}
