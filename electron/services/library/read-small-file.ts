import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * A whole file's bytes, read synchronously through one descriptor (its size from that same open
 * file, so a swap of the path in between cannot mix two files), or null when it cannot be opened
 * or read, or is over `maxBytes`. For the small files a listing or a search reads in a tight loop,
 * where the promise API's per-call cost showed in bench/.
 */
export function readSmallFile(path: string, maxBytes: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return null;
    // Unzeroed: only the bytes read are looked at.
    const buffer = Buffer.allocUnsafe(size);
    const length = readSync(fd, buffer, 0, size, 0);
    return buffer.subarray(0, length);
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
