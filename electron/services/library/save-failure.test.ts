import type * as FsPromises from 'node:fs/promises';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fixtureBlog } from '../testing/temp-folder';
import { PostsLibrary } from './posts-library';

/**
 * The disk fills up in the middle of a write: every file opened for exclusive creation (the
 * atomic writer's temp file) takes half the bytes, then fails with ENOSPC, as a real full disk
 * does. Had the writer written to the post itself, the post would be torn; had it not cleaned
 * up, a half temp file would be left. Both are checked.
 */
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const { constants } = await import('node:fs');
  const open: typeof FsPromises.open = async (path, flags, mode) => {
    const handle = await fs.open(path, flags, mode);
    if (!disk.full || typeof flags !== 'number' || (flags & constants.O_EXCL) === 0) return handle;
    const writeFile = handle.writeFile.bind(handle);
    return Object.assign(handle, {
      writeFile: async (data: Uint8Array) => {
        await writeFile(data.subarray(0, Math.floor(data.length / 2)));
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      },
    });
  };
  return { ...fs, open, default: { ...fs, open } };
});

const filesIn = async (folder: string) => (await readdir(folder)).sort();

describe('on a full disk', () => {
  it('a save fails with a clear message, leaves the post as it was and no temp file', async () => {
    const folder = await fixtureBlog();
    const before = await readFile(join(folder, 'hello-world.md'), 'utf8');
    const names = await filesIn(folder);
    const library = new PostsLibrary();
    await library.open(folder);
    const post = await library.read('hello-world.md');
    disk.full = true;
    const error = await library
      .save({ id: post.id, text: `${post.text}\n${'new text '.repeat(1000)}`, bom: false, baseVersion: post.version })
      .catch((e: unknown) => e)
      .finally(() => (disk.full = false));
    expect(error).toMatchObject({ code: 'DISK_FULL' });
    expect((error as Error).message).toBe('Could not save “hello-world.md”: the disk is full. Nothing was overwritten; free some space and try again.');
    expect(await readFile(join(folder, 'hello-world.md'), 'utf8')).toBe(before);
    expect(await filesIn(folder)).toEqual(names);
  });

  it('creating a post fails with a clear message and leaves no file at all, not even an empty one', async () => {
    const folder = await fixtureBlog();
    const names = await filesIn(folder);
    const library = new PostsLibrary();
    await library.open(folder);
    disk.full = true;
    const error = await library
      .create({ title: 'A new idea' })
      .catch((e: unknown) => e)
      .finally(() => (disk.full = false));
    expect(error).toMatchObject({ code: 'DISK_FULL' });
    expect(await filesIn(folder)).toEqual(names);
  });
});
