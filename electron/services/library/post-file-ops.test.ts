import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/result';
import { fixtureBlog, tempFolder } from '../testing/temp-folder';
import { PostsLibrary } from './posts-library';
import { FOLDER_TRASH } from './post-file-ops';

async function openLibrary(folder: string, osTrash?: (path: string) => Promise<void>) {
  const library = new PostsLibrary(() => false, osTrash ? { osTrash } : {});
  await library.open(folder);
  return library;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof ApiFailure ? error.code : String(error)),
  );

const ids = async (library: PostsLibrary) => (await library.list()).posts.map((p) => p.id).sort();

describe('renaming a post', () => {
  it('keeps the extension and a Jekyll date prefix when the new name leaves them out', async () => {
    const folder = await fixtureBlog();
    await mkdir(join(folder, '_posts'));
    await writeFile(join(folder, '_posts', '2024-01-02-old-name.markdown'), '---\ntitle: Old\n---\nBody\n');
    const library = await openLibrary(folder);
    const renamed = await library.rename({ id: '_posts/2024-01-02-old-name.markdown', name: 'new-name' });
    expect(renamed.id).toBe('_posts/2024-01-02-new-name.markdown');
    expect(renamed.title).toBe('Old');
    expect(await readdir(join(folder, '_posts'))).toEqual(['2024-01-02-new-name.markdown']);
    expect(await readFile(join(folder, '_posts', '2024-01-02-new-name.markdown'), 'utf8')).toBe('---\ntitle: Old\n---\nBody\n');
  });

  it('never replaces a file, and refuses names some OS would refuse or confuse', async () => {
    const folder = await fixtureBlog();
    await writeFile(join(folder, 'Caf\u00e9.md'), 'nfc\n');
    const library = await openLibrary(folder);
    const before = await readFile(join(folder, 'untitled-note.md'), 'utf8');
    expect(await codeOf(library.rename({ id: 'hello-world.md', name: 'untitled-note.md' }))).toBe('EXISTS');
    expect(await codeOf(library.rename({ id: 'hello-world.md', name: 'Untitled-Note.md' }))).toBe('EXISTS');
    expect(await codeOf(library.rename({ id: 'hello-world.md', name: 'Cafe\u0301.md' }))).toBe('EXISTS');
    for (const bad of ['aux.md', 'con', 'COM1.markdown', 'what?.md', 'notes/moved.md', '../up.md']) {
      expect(await codeOf(library.rename({ id: 'hello-world.md', name: bad })), bad).toBe('INVALID');
    }
    expect(await readFile(join(folder, 'untitled-note.md'), 'utf8')).toBe(before);
    expect(await ids(library)).toContain('hello-world.md');
    // A change of case only is the same file renamed, not a clash.
    expect((await library.rename({ id: 'hello-world.md', name: 'Hello-World.md' })).id).toBe('Hello-World.md');
  });

  it('renames a page bundle by its folder, so its images go with it', async () => {
    const folder = await fixtureBlog();
    await mkdir(join(folder, 'posts', 'my-trip'), { recursive: true });
    await writeFile(join(folder, 'posts', 'my-trip', 'index.md'), '---\ntitle: Trip\n---\n![x](photo.jpg)\n');
    await writeFile(join(folder, 'posts', 'my-trip', 'photo.jpg'), 'jpeg');
    const library = await openLibrary(folder);
    const renamed = await library.rename({ id: 'posts/my-trip/index.md', name: 'summer-trip' });
    expect(renamed.id).toBe('posts/summer-trip/index.md');
    expect((await readdir(join(folder, 'posts', 'summer-trip'))).sort()).toEqual(['index.md', 'photo.jpg']);
  });

  it('refuses a post that links outside the folder', async () => {
    const folder = await fixtureBlog();
    const outside = await tempFolder();
    await writeFile(join(outside, 'secret.md'), 'secret\n');
    await symlink(join(outside, 'secret.md'), join(folder, 'link.md'));
    const library = await openLibrary(folder);
    expect(await codeOf(library.rename({ id: 'link.md', name: 'renamed.md' }))).toBe('OUTSIDE_FOLDER');
    expect(await codeOf(library.trash('link.md'))).toBe('OUTSIDE_FOLDER');
    expect(await readdir(outside)).toEqual(['secret.md']);
  });
});

describe('duplicating a post', () => {
  it('copies it beside itself as -copy, then -copy-2, byte for byte', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    expect((await library.duplicate('windows-post.md')).id).toBe('windows-post-copy.md');
    expect((await library.duplicate('windows-post.md')).id).toBe('windows-post-copy-2.md');
    const original = await readFile(join(folder, 'windows-post.md'));
    expect(await readFile(join(folder, 'windows-post-copy-2.md'))).toEqual(original);
  });
});

describe('trashing a post', () => {
  it('over HTTP, moves it to the site’s .postwright-trash/, unlisted, and restores it', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    const original = await readFile(join(folder, 'hello-world.md'));
    const receipt = await library.trash('hello-world.md');
    expect(receipt.message).toContain(FOLDER_TRASH);
    expect(await ids(library)).not.toContain('hello-world.md');
    const [bin] = await readdir(join(folder, FOLDER_TRASH));
    expect(await readdir(join(folder, FOLDER_TRASH, bin!))).toEqual(['hello-world.md']);
    expect((await library.restore(receipt.trashId)).id).toBe('hello-world.md');
    expect(await readFile(join(folder, 'hello-world.md'))).toEqual(original);
    expect(await codeOf(library.restore(receipt.trashId))).toBe('NOT_FOUND');
  });

  it('never restores over a post that took the name meanwhile', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    const receipt = await library.trash('hello-world.md');
    await writeFile(join(folder, 'hello-world.md'), 'a new post with the old name\n');
    expect(await codeOf(library.restore(receipt.trashId))).toBe('EXISTS');
    expect(await readFile(join(folder, 'hello-world.md'), 'utf8')).toBe('a new post with the old name\n');
  });

  it('in the desktop app, hands it to the OS trash and can still put it back', async () => {
    const folder = await fixtureBlog();
    const trashed: string[] = [];
    const library = await openLibrary(folder, async (path) => {
      trashed.push(path);
      await (await import('node:fs/promises')).rm(path);
    });
    const original = await readFile(join(folder, 'hello-world.md'));
    const receipt = await library.trash('hello-world.md');
    expect(trashed).toEqual([join(folder, 'hello-world.md')]);
    expect(receipt.message).toBe('Moved “hello-world.md” to the Trash.');
    await library.restore(receipt.trashId);
    expect(await readFile(join(folder, 'hello-world.md'))).toEqual(original);
  });
});
