import { createHash } from 'node:crypto';
import { ApiFailure } from '../../../shared/api/result';
import { formatMegabytes } from '../../../shared/posts/post-size';

/** Larger files are refused with a message: an editor that freezes loses words too. */
export const MAX_POST_BYTES = 10 * 1024 * 1024;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export interface DecodedPost {
  readonly text: string;
  readonly bom: boolean;
}

export const hasBom = (bytes: Uint8Array): boolean =>
  bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];

/**
 * Decodes a post's bytes as UTF-8 without changing a character: a BOM is reported, not kept in
 * the text, and is written back on save. Binary and non-UTF-8 files are refused with a reason
 * rather than shown garbled (saving garbled text would destroy them).
 */
export function decodePost(bytes: Uint8Array, name: string, options: { partial?: boolean } = {}): DecodedPost {
  // Git's heuristic: a NUL byte in the first 8000 bytes means binary.
  if (bytes.subarray(0, 8000).includes(0)) {
    throw new ApiFailure('BINARY', `“${name}” looks like a binary file, not a text post, so it was not opened.`);
  }
  const bom = hasBom(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes, {
      stream: options.partial === true,
    });
    return { text, bom };
  } catch {
    throw new ApiFailure(
      'NOT_UTF8',
      `“${name}” is not UTF-8 text, so it was not opened (saving it would damage it). Convert it to UTF-8 and reopen the folder.`,
    );
  }
}

/** An opaque token of the exact bytes; a save compares it to detect changes made outside. */
export const versionOf = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const encodePost = (text: string, bom: boolean): Buffer =>
  bom ? Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');

export function tooLarge(name: string, size: number): ApiFailure {
  return new ApiFailure('TOO_LARGE', `“${name}” is ${formatMegabytes(size)}; posts over ${formatMegabytes(MAX_POST_BYTES)} are not opened.`);
}
