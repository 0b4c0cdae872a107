import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { HostEvent } from '../../../shared/api/host-events';
import { versionOf } from '../library/decode-post';
import { PostsLibrary } from '../library/posts-library';
import { fixtureBlog, tempFolder } from '../testing/temp-folder';
import { OpenFolderWatch } from './open-folder-watch';

let watch: OpenFolderWatch | null = null;
afterEach(async () => {
  await watch?.stop();
  watch = null;
});

const until = async (check: () => boolean, ms = 8000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for the watcher');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Follows `root` (the library's open folder), collecting the host events it publishes. */
async function follow(library: PostsLibrary, root: string): Promise<HostEvent[]> {
  const events: HostEvent[] = [];
  watch = new OpenFolderWatch(library, (name, payload) => void events.push({ name, payload } as HostEvent), 60);
  await watch.follow(root);
  return events;
}

/** A copy of one of the e2e site fixtures (a generator's real layout), free to change. */
async function siteCopy(generator: string): Promise<string> {
  const root = join(await tempFolder(), generator);
  await cp(join(import.meta.dirname, '../../../e2e/fixtures/sites', generator), root, { recursive: true });
  return root;
}

/** After `change`, nothing is reported (waited out past the watcher's debounce). */
async function expectSilence(events: HostEvent[], change: () => Promise<unknown>): Promise<void> {
  const before = events.length;
  await change();
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(events.slice(before)).toEqual([]);
}

async function watching() {
  const folder = await fixtureBlog();
  const library = new PostsLibrary();
  const opened = await library.open(folder);
  const events = await follow(library, opened.path);
  const of = (name: string) => events.filter((event) => event.name === name).map((event) => event.payload as Record<string, unknown>);
  return { folder: opened.path, library, events, of };
}

describe('OpenFolderWatch', () => {
  it('turns outside changes into host events: added with a summary, changed with the new version, a rename as remove + add', async () => {
    const { folder, of } = await watching();
    await writeFile(join(folder, 'pulled.md'), '---\ntitle: Pulled\n---\nHi\n');
    await until(() => of('post-added').length === 1);
    expect(of('post-added')[0]).toMatchObject({ summary: { id: 'pulled.md', title: 'Pulled' } });

    await writeFile(join(folder, 'hello-world.md'), 'changed elsewhere\n');
    await until(() => of('post-changed').length === 1);
    expect(of('post-changed')[0]).toEqual({ id: 'hello-world.md', version: versionOf(await readFile(join(folder, 'hello-world.md'))) });

    await rename(join(folder, 'pulled.md'), join(folder, 'renamed.md'));
    await until(() => of('post-removed').length === 1 && of('post-added').length === 2);
    expect(of('post-removed')[0]).toEqual({ id: 'pulled.md' });
    expect(of('post-added')[1]).toMatchObject({ summary: { id: 'renamed.md', title: 'Pulled' } });
  });

  it('reports an unreadable added file too (the page re-reads the list and shows it skipped)', async () => {
    const { folder, of } = await watching();
    await writeFile(join(folder, 'binary.md'), Buffer.from([0, 1, 2, 3, 0, 0]));
    await until(() => of('post-added').length === 1);
    expect(of('post-added')[0]).toMatchObject({ summary: { id: 'binary.md' } });
  });

  it('says the folder is gone when it vanishes, watches it again when reopened, and stops reporting once stopped', async () => {
    const { folder, of, events } = await watching();
    await rm(folder, { recursive: true, force: true });
    await until(() => of('folder-changed').length === 1);
    expect(of('folder-changed')[0]).toEqual({ folder: null });

    // The folder comes back and is opened again: watched afresh.
    await mkdir(folder);
    await writeFile(join(folder, 'back.md'), '# Back\n');
    await watch!.follow(folder);
    await writeFile(join(folder, 'again.md'), '# Again\n');
    await until(() => of('post-added').some((payload) => (payload.summary as { id: string }).id === 'again.md'));

    await watch!.stop();
    await expectSilence(events, () => writeFile(join(folder, 'unseen.md'), '# Unseen\n'));
  });
});

describe('OpenFolderWatch on an Eleventy site', () => {
  it('lists the folder again when a data file changes (its tags and drafts are in the posts\' rows)', async () => {
    const root = await siteCopy('eleventy');
    const library = new PostsLibrary();
    const opened = await library.open(root);
    await library.list();
    const events = await follow(library, opened.path);
    await writeFile(join(root, 'content/blog/notes/notes.11tydata.json'), '{ "draft": false }');
    await until(() => events.some((event) => event.name === 'folder-changed'));
    expect(events.find((event) => event.name === 'folder-changed')?.payload).toMatchObject({ folder: { path: opened.path } });
    // What the page then asks: the list, with the new data.
    const quick = (await library.list()).posts.find((post) => post.id === 'content/blog/notes/quick-thought.md');
    expect(quick?.draft).toBe(false);
    // A plain script beside the posts is neither a post nor data: no event for it.
    await expectSilence(events, () => writeFile(join(root, 'content/blog/script.js'), 'console.log(1);\n'));
  });
});

describe('OpenFolderWatch on a Hugo site', () => {
  it('sees edits in every folder the post list shows (a section named build/), and none in folders it skips', async () => {
    const root = await siteCopy('hugo');
    await mkdir(join(root, 'content/build'), { recursive: true });
    await writeFile(join(root, 'content/build/pipeline.md'), '---\ntitle: Our build pipeline\n---\nHow we ship.\n');
    const library = new PostsLibrary();
    const opened = await library.open(root);
    expect((await library.list()).posts.map((post) => post.id)).toContain('content/build/pipeline.md');
    const events = await follow(library, opened.path);
    await writeFile(join(root, 'content/build/pipeline.md'), '---\ntitle: Our build pipeline\n---\nHow we ship, edited elsewhere.\n');
    await until(() => events.some((event) => event.name === 'post-changed'));
    expect(events.find((event) => event.name === 'post-changed')?.payload).toMatchObject({ id: 'content/build/pipeline.md' });
    // Hugo's output folder holds copies, not posts: nothing is reported for it.
    await expectSilence(events, async () => {
      await mkdir(join(root, 'public/posts'), { recursive: true });
      await writeFile(join(root, 'public/posts/copy.md'), '# A built copy\n');
    });
  });
});
