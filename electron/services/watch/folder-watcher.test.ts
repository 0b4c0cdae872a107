import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { plainProfile, skipsFolder } from '../site/site-profile';
import { tempNameFor } from '../library/temp-files';
import { fixtureBlog } from '../testing/temp-folder';
import { watchFolder, type FolderChanges, type FolderWatcher } from './folder-watcher';

let watcher: FolderWatcher | null = null;
afterEach(async () => {
  await watcher?.close();
  watcher = null;
});

async function watched(folder: string) {
  const batches: FolderChanges[] = [];
  let missing = 0;
  watcher = watchFolder(folder, { isSkippedFolderName: (name) => skipsFolder(plainProfile(), name), onChanges: (c) => batches.push(c), onFolderMissing: () => missing++, debounceMs: 100 });
  await watcher.ready;
  const all = () => ({
    added: batches.flatMap((b) => b.added).sort(),
    changed: batches.flatMap((b) => b.changed).sort(),
    removed: batches.flatMap((b) => b.removed).sort(),
  });
  return { batches, all, missing: () => missing };
}

const until = async (check: () => boolean, ms = 8000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the watcher');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

describe('watchFolder', () => {
  it('reports posts added, changed, renamed and removed by other programs, by id', async () => {
    const folder = await fixtureBlog();
    const w = await watched(folder);
    await writeFile(join(folder, 'notes', 'new.md'), '# New\n');
    await writeFile(join(folder, 'hello-world.md'), '# Changed outside\n');
    await rename(join(folder, 'untitled-note.md'), join(folder, 'renamed-note.md'));
    await rm(join(folder, 'windows-post.md'));
    await until(() => w.all().removed.length === 2 && w.all().added.length === 2 && w.all().changed.length === 1);
    expect(w.all()).toEqual({
      added: ['notes/new.md', 'renamed-note.md'],
      changed: ['hello-world.md'],
      removed: ['untitled-note.md', 'windows-post.md'],
    });
  });

  it('ignores what is not a post: other files, temp files, dependency and hidden folders', async () => {
    const folder = await fixtureBlog();
    const w = await watched(folder);
    await mkdir(join(folder, 'node_modules', 'pkg'), { recursive: true });
    await writeFile(join(folder, 'node_modules', 'pkg', 'README.md'), 'x');
    await mkdir(join(folder, '.git'));
    await writeFile(join(folder, '.git', 'notes.md'), 'x');
    await writeFile(join(folder, tempNameFor('hello-world.md')), 'half');
    await writeFile(join(folder, 'image.png'), 'png');
    await writeFile(join(folder, 'marker.md'), 'the last change');
    await until(() => w.all().added.includes('marker.md'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(w.all()).toEqual({ added: ['marker.md'], changed: [], removed: [] });
  });

  it('gathers a burst of 500 changed files into a few batches, missing none', async () => {
    const folder = await fixtureBlog();
    await mkdir(join(folder, 'many'));
    await Promise.all(Array.from({ length: 500 }, (_, i) => writeFile(join(folder, 'many', `post-${i}.md`), `# ${i}\n`)));
    const w = await watched(folder);
    await Promise.all(Array.from({ length: 500 }, (_, i) => writeFile(join(folder, 'many', `post-${i}.md`), `# ${i} checked out\n`)));
    await until(() => w.all().changed.length === 500, 20_000);
    console.log(`500 files rewritten at once: ${w.batches.length} batch(es)`);
    expect(w.batches.length).toBeLessThanOrEqual(10);
  }, 30_000);

  it('says when the folder itself disappears', async () => {
    const folder = await fixtureBlog();
    const w = await watched(folder);
    await rm(folder, { recursive: true, force: true });
    await until(() => w.missing() > 0);
    expect(w.missing()).toBeGreaterThan(0);
  });
});
