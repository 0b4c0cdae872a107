import { open } from 'node:fs/promises';

/**
 * The first `limit` bytes of a file. Listing needs only the front matter and first heading, so
 * a folder of large posts lists as fast as a folder of small ones.
 */
export async function readPrefix(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    // Unzeroed: only the bytes read are ever looked at, and zeroing 64 KiB per file showed in bench/.
    const buffer = Buffer.allocUnsafe(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
