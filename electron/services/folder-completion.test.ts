import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { completeFolder, expandHome } from './folder-completion';
import { tempFolder } from './testing/temp-folder';

describe('completeFolder', () => {
  it('offers folders (never files) that start with what was typed, with ~ as the home folder', async () => {
    const home = await tempFolder();
    await mkdir(join(home, 'blog'));
    await mkdir(join(home, 'Blueprints'));
    await mkdir(join(home, 'books'));
    await mkdir(join(home, '.hidden'));
    await writeFile(join(home, 'blog-notes.md'), 'a file');
    await symlink(join(home, 'books'), join(home, 'bookmarks'));
    expect(expandHome('~/blog', home)).toBe(join(home, 'blog'));
    expect((await completeFolder('~/b', home)).folders).toEqual([join(home, 'blog'), join(home, 'bookmarks'), join(home, 'books')]);
    expect((await completeFolder('~/bl', home)).folders).toEqual([join(home, 'blog')]);
    // Any case when nothing matches exactly.
    expect((await completeFolder('~/BLUE', home)).folders).toEqual([join(home, 'Blueprints')]);
    expect((await completeFolder(`${home}/`, home)).folders).toEqual([join(home, 'Blueprints'), join(home, 'blog'), join(home, 'bookmarks'), join(home, 'books')].sort((a, b) => a.localeCompare(b)));
    expect((await completeFolder('~/.h', home)).folders).toEqual([join(home, '.hidden')]);
    expect((await completeFolder('~/nothing/here', home)).folders).toEqual([]);
    expect((await completeFolder('relative/path', home)).folders).toEqual([]);
  });
});
