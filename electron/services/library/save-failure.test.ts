import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixtureBlog } from '../testing/temp-folder';
import { PostsLibrary } from './posts-library';

// The disk fills up in the middle of the atomic write: write-file-atomic fails and removes its temp file.
vi.mock('write-file-atomic', () => ({
  default: vi.fn(async () => {
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  }),
}));

describe('a save on a full disk', () => {
  it('fails with a clear message and leaves the file on disk as it was', async () => {
    const folder = await fixtureBlog();
    const before = await readFile(join(folder, 'hello-world.md'), 'utf8');
    const library = new PostsLibrary();
    await library.open(folder);
    const post = await library.read('hello-world.md');
    const error = await library.save({ id: post.id, text: 'new text', bom: false, baseVersion: post.version }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DISK_FULL' });
    expect((error as Error).message).toBe('Could not save “hello-world.md”: the disk is full. Nothing was overwritten; free some space and try again.');
    expect(await readFile(join(folder, 'hello-world.md'), 'utf8')).toBe(before);
  });
});
