import { mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/result';
import { fixtureBlog, tempFolder } from '../testing/temp-folder';
import { PostsLibrary } from './posts-library';

/**
 * Every way a path crossing the API could name something it must not, tried through each method
 * that takes one (read, save, rename, create): each is refused with a clear error, and nothing
 * outside the folder (or beside it) is read, written or created.
 */

async function openLibrary(folder: string) {
  const library = new PostsLibrary();
  await library.open(folder);
  return library;
}

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
}

const saveNew = (library: PostsLibrary, id: string) => library.save({ id, text: 'x', bom: false, baseVersion: null, overwrite: true });

describe('ids that leave the folder', () => {
  it.each([
    ['parent', '../outside.md'],
    ['parent through a folder', 'notes/../../outside.md'],
    ['parent with backslashes', '..\\outside.md'],
    ['absolute', '/etc/outside.md'],
    ['absolute with a backslash', '\\outside.md'],
    ['UNC', '\\\\server\\share\\outside.md'],
    ['UNC with slashes', '//server/share/outside.md'],
    ['drive', 'C:\\Windows\\outside.md'],
    ['drive-relative', 'C:outside.md'],
    ['drive with a slash', 'c:/outside.md'],
  ])('refuses %s (%s) for read and save, writing nothing', async (_, id) => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    const before = await readdir(join(folder, '..'), { recursive: true });
    expect((await failureOf(library.read(id))).code).toBe('OUTSIDE_FOLDER');
    const saved = await failureOf(saveNew(library, id));
    expect(saved.code).toBe('OUTSIDE_FOLDER');
    expect(saved.message).toMatch(/outside the open folder/);
    expect(await readdir(join(folder, '..'), { recursive: true })).toEqual(before);
  });

  it('refuses a NUL byte anywhere in an id, and names that are not plain paths', async () => {
    const library = await openLibrary(await fixtureBlog());
    for (const id of ['hello-world.md\0.txt', 'notes/\0x.md', '\0']) {
      expect((await failureOf(library.read(id))).code).toBe('INVALID');
      expect((await failureOf(saveNew(library, id))).code).toBe('INVALID');
    }
    for (const id of ['notes//second-post.md', './hello-world.md', 'notes/./second-post.md']) {
      expect((await failureOf(library.read(id))).code).toBe('INVALID');
    }
  });

  it('refuses a rename that names a folder or a parent', async () => {
    const library = await openLibrary(await fixtureBlog());
    for (const name of ['../up.md', 'notes/in.md', '..\\up.md', 'C:\\x.md', '\\\\server\\share\\x.md']) {
      expect((await failureOf(library.rename({ id: 'hello-world.md', name }))).code, name).toBe('INVALID');
    }
  });
});

describe('names some OS refuses or confuses, for new files', () => {
  it.each(['aux.md', 'AUX.md', 'con.md', 'CON.markdown', 'nul.md', 'prn.md', 'com1.md', 'LPT9.md', 'conin$.md'])(
    'refuses the Windows device name %s for a save that creates it, and a rename',
    async (name) => {
      const folder = await fixtureBlog();
      const library = await openLibrary(folder);
      const saved = await failureOf(saveNew(library, name));
      expect(saved.code).toBe('INVALID');
      expect(saved.message).toMatch(/reserved device name on Windows/);
      expect((await failureOf(library.rename({ id: 'hello-world.md', name }))).code).toBe('INVALID');
      expect(await readdir(folder)).not.toContain(name);
    },
  );

  it('refuses trailing dots and spaces, which Windows drops', async () => {
    const folder = await fixtureBlog();
    const library = await openLibrary(folder);
    for (const name of ['post.md.', 'post.md ', 'post.md. ']) {
      const failure = await failureOf(saveNew(library, name));
      // Not a post name at all (the extension is not last), or refused as unportable: never written.
      expect(['INVALID', 'NOT_A_POST']).toContain(failure.code);
      expect((await failureOf(library.rename({ id: 'hello-world.md', name }))).code).toBe('INVALID');
    }
    expect(await readdir(folder)).toEqual(expect.not.arrayContaining(['post.md.', 'post.md ', 'post.md. ']));
  });

  it('refuses a new file that is another one on macOS or Windows: case and NFC/NFD twins', async () => {
    const folder = await fixtureBlog();
    await writeFile(join(folder, 'Caf\u00e9.md'), 'nfc\n');
    const library = await openLibrary(folder);
    for (const twin of ['Cafe\u0301.md', 'CAF\u00c9.md', 'Hello-World.md', 'HELLO-WORLD.md']) {
      const failure = await failureOf(saveNew(library, twin));
      expect(failure.code, twin).toBe('EXISTS');
      expect(failure.message).toMatch(/same file|already exists/);
    }
    expect((await failureOf(library.rename({ id: 'untitled-note.md', name: 'Cafe\u0301.md' }))).code).toBe('EXISTS');
    // A new post titled like an existing one gets a name of its own, not a twin.
    const created = await library.create({ title: 'Hello World' });
    expect(created.id.toLowerCase()).not.toBe('hello-world.md');
    expect(await readFile(join(folder, 'Caf\u00e9.md'), 'utf8')).toBe('nfc\n');
    expect((await readdir(folder)).filter((name) => name.normalize('NFC').toLowerCase() === 'café.md')).toHaveLength(1);
  });

  it('still saves an existing file whatever its name (only names Postwright creates are checked)', async () => {
    const folder = await fixtureBlog();
    await writeFile(join(folder, 'aux-notes.md'), 'old\n');
    const library = await openLibrary(folder);
    const read = await library.read('hello-world.md');
    await library.save({ id: 'hello-world.md', text: `${read.text}!`, bom: read.bom, baseVersion: read.version, overwrite: false });
    expect(await readFile(join(folder, 'hello-world.md'), 'utf8')).toBe(`${read.text}!`);
  });
});

describe('symlinks leading out', () => {
  it('refuses a file and a folder that link outside, for read, save and rename', async () => {
    const folder = await fixtureBlog();
    const outside = await tempFolder();
    await writeFile(join(outside, 'secret.md'), 'secret\n');
    await symlink(join(outside, 'secret.md'), join(folder, 'link.md'));
    await symlink(outside, join(folder, 'linked-dir'));
    const library = await openLibrary(folder);
    for (const id of ['link.md', 'linked-dir/secret.md']) {
      expect((await failureOf(library.read(id))).code).toBe('OUTSIDE_FOLDER');
      expect((await failureOf(library.save({ id, text: 'pwned', bom: false, baseVersion: null, overwrite: true }))).code).toBe('OUTSIDE_FOLDER');
      expect((await failureOf(library.rename({ id, name: 'moved.md' }))).code).toBe('OUTSIDE_FOLDER');
    }
    expect((await failureOf(saveNew(library, 'linked-dir/new.md'))).code).toBe('OUTSIDE_FOLDER');
    expect(await readdir(outside)).toEqual(['secret.md']);
    expect(await readFile(join(outside, 'secret.md'), 'utf8')).toBe('secret\n');
  });

  it('refuses a link swapped in after the folder was opened and the post read', async () => {
    const folder = await fixtureBlog();
    const outside = await tempFolder();
    await writeFile(join(outside, 'secret.md'), 'secret\n');
    const library = await openLibrary(folder);
    const read = await library.read('notes/second-post.md');

    // The file becomes a link to a file outside.
    await rm(join(folder, 'hello-world.md'));
    await symlink(join(outside, 'secret.md'), join(folder, 'hello-world.md'));
    expect((await failureOf(library.read('hello-world.md'))).code).toBe('OUTSIDE_FOLDER');
    expect((await failureOf(library.save({ id: 'hello-world.md', text: 'pwned', bom: false, baseVersion: null, overwrite: true }))).code).toBe('OUTSIDE_FOLDER');

    // The post's folder becomes a link to a folder outside.
    await rename(join(folder, 'notes'), join(folder, 'notes-moved'));
    await mkdir(join(outside, 'notes'));
    await writeFile(join(outside, 'notes', 'second-post.md'), read.text);
    await symlink(join(outside, 'notes'), join(folder, 'notes'));
    expect((await failureOf(library.read('notes/second-post.md'))).code).toBe('OUTSIDE_FOLDER');
    expect(
      (await failureOf(library.save({ id: 'notes/second-post.md', text: 'pwned', bom: false, baseVersion: read.version, overwrite: false }))).code,
    ).toBe('OUTSIDE_FOLDER');
    expect(await readFile(join(outside, 'secret.md'), 'utf8')).toBe('secret\n');
    expect(await readFile(join(outside, 'notes', 'second-post.md'), 'utf8')).toBe(read.text);
  });
});
