import { open } from 'node:fs/promises';

/**
 * The first `limit` bytes of a file. Listing needs only the front matter and first heading, so
 * a folder of large posts lists as fast as a folder of small ones.
 */
export async function readPrefix(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
