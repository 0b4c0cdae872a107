import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../testing/temp-folder';
import { listingCacheFile, listingHeadFile } from './listing-cache-store';
import { PostsLibrary } from './posts-library';

/**
 * The listing cache kept in user data between runs. Each "restart" is a fresh PostsLibrary over
 * the same cache folder. Files are written, then left alone a little longer than the racy margin
 * the tests use (20 ms instead of 2 s), so their summaries may be trusted.
 */
const MARGIN_MS = 20;

async function blog(posts: Record<string, string>): Promise<string> {
  const folder = await tempFolder();
  for (const [name, text] of Object.entries(posts)) {
    await mkdir(join(folder, name, '..'), { recursive: true });
    await writeFile(join(folder, name), text);
  }
  await sleep(MARGIN_MS * 3);
  return folder;
}

/** Opens `folder` in a fresh library (as after a restart), lists it, and waits for the cache save. */
async function listAfterRestart(folder: string, cacheDir: string, tag = '1.0.0') {
  const library = new PostsLibrary(undefined, { listingCache: { dir: cacheDir, tag, racyMarginMs: MARGIN_MS } });
  await library.open(folder);
  const list = await library.list();
  await library.lastCacheSave;
  return { list, counts: library.lastListingCounts, library };
}

const titles = (list: { posts: readonly { id: string; title: string }[] }) => Object.fromEntries(list.posts.map((p) => [p.id, p.title]));

const post = (title: string) => `---\ntitle: ${title}\ndate: 2024-01-01\n---\nBody.\n`;

describe('the listing cache on disk', () => {
  it('lets a folder reopened after a restart list without reading its files, with the same list', async () => {
    const folder = await blog({ 'a.md': post('Alpha'), 'sub/b.md': post('Beta'), 'bin.md': 'x\0y' });
    const cacheDir = join(await tempFolder(), 'listing-cache');
    const first = await listAfterRestart(folder, cacheDir);
    expect(first.counts).toEqual({ read: 3, reused: 0 });
    const second = await listAfterRestart(folder, cacheDir);
    expect(second.counts).toEqual({ read: 0, reused: 3 });
    expect(second.list.posts).toEqual(first.list.posts);
    expect(second.list.skipped).toEqual(first.list.skipped);
    expect(second.list.skipped.map((s) => s.id)).toEqual(['bin.md']);
    // Written atomically: no temp file left beside it (only the head file the first page is read from).
    const names = [listingCacheFile, listingHeadFile].map((name) => name(cacheDir, second.list.folder.path).slice(cacheDir.length + 1));
    expect((await readdir(cacheDir)).sort()).toEqual(names.sort());
  });

  it('reads again a file rewritten with the same size and its old mtime put back', async () => {
    const folder = await blog({ 'a.md': post('AAAA'), 'b.md': post('Keep') });
    const cacheDir = await tempFolder();
    await listAfterRestart(folder, cacheDir);
    const { mtime } = await stat(join(folder, 'a.md'));
    await writeFile(join(folder, 'a.md'), post('BBBB'));
    await utimes(join(folder, 'a.md'), mtime, mtime);
    expect(Math.abs((await stat(join(folder, 'a.md'))).mtimeMs - mtime.getTime())).toBeLessThan(1);
    await sleep(MARGIN_MS * 3);
    const { list, counts } = await listAfterRestart(folder, cacheDir);
    expect(titles(list)).toEqual({ 'a.md': 'BBBB', 'b.md': 'Keep' });
    expect(counts).toEqual({ read: 1, reused: 1 });
  });

  it('reads again a file replaced by rename, and sees files deleted and added', async () => {
    const folder = await blog({ 'a.md': post('AAAA'), 'gone.md': post('Gone'), 'b.md': post('Keep') });
    const cacheDir = await tempFolder();
    await listAfterRestart(folder, cacheDir);
    const { mtime } = await stat(join(folder, 'a.md'));
    await writeFile(join(folder, '.a.md.tmp'), post('CCCC'));
    await utimes(join(folder, '.a.md.tmp'), mtime, mtime);
    await rename(join(folder, '.a.md.tmp'), join(folder, 'a.md')); // how editors save
    await rm(join(folder, 'gone.md'));
    await writeFile(join(folder, 'new.md'), post('New'));
    await sleep(MARGIN_MS * 3);
    const { list, counts } = await listAfterRestart(folder, cacheDir);
    expect(titles(list)).toEqual({ 'a.md': 'CCCC', 'b.md': 'Keep', 'new.md': 'New' });
    expect(counts).toEqual({ read: 2, reused: 1 });
    // The deleted file is gone from the cache too.
    const third = await listAfterRestart(folder, cacheDir);
    expect(third.counts).toEqual({ read: 0, reused: 3 });
  });

  it('starts over when the folder was swapped for another at the same path with look-alike files', async () => {
    const parent = await tempFolder();
    const folder = join(parent, 'blog');
    await mkdir(folder);
    await writeFile(join(folder, 'a.md'), post('Old1'));
    await sleep(MARGIN_MS * 3);
    const cacheDir = await tempFolder();
    await listAfterRestart(folder, cacheDir);
    const { mtime } = await stat(join(folder, 'a.md'));
    await rename(folder, join(parent, 'blog-away'));
    await mkdir(folder);
    await writeFile(join(folder, 'a.md'), post('New1'));
    await utimes(join(folder, 'a.md'), mtime, mtime);
    await sleep(MARGIN_MS * 3);
    const { list, counts } = await listAfterRestart(folder, cacheDir);
    expect(titles(list)).toEqual({ 'a.md': 'New1' });
    expect(counts).toEqual({ read: 1, reused: 0 });
  });

  it('does not trust a file changed just before it was read (the racy margin)', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'a.md'), post('Fresh'));
    const cacheDir = await tempFolder();
    const make = () => new PostsLibrary(undefined, { listingCache: { dir: cacheDir, tag: '1' } }); // the real 2 s margin
    const library = make();
    await library.open(folder);
    await library.list();
    await library.list();
    expect(library.lastListingCounts).toEqual({ read: 1, reused: 0 });
    await library.lastCacheSave;
  });

  it('ignores a cache of another app version', async () => {
    const folder = await blog({ 'a.md': post('A') });
    const cacheDir = await tempFolder();
    await listAfterRestart(folder, cacheDir, '1.0.0');
    expect((await listAfterRestart(folder, cacheDir, '1.1.0')).counts).toEqual({ read: 1, reused: 0 });
  });

  it('ignores a corrupt, truncated or foreign cache file without failing, and replaces it', async () => {
    const folder = await blog({ 'a.md': post('Alpha'), 'b.md': post('Beta') });
    const cacheDir = await tempFolder();
    const { list } = await listAfterRestart(folder, cacheDir);
    const file = listingCacheFile(cacheDir, list.folder.path);
    const good = await readFile(file, 'utf8');
    const parsed = JSON.parse(good) as { files: unknown[][]; root: string };
    const variants = [
      Buffer.from([0xff, 0xfe, 0, 1, 2, 3]),
      good.slice(0, good.length / 2),
      '',
      'null',
      '[]',
      JSON.stringify({ ...parsed, format: 'something-else' }),
      JSON.stringify({ ...parsed, version: 999 }),
      JSON.stringify({ ...parsed, root: '/elsewhere' }),
      JSON.stringify({ ...parsed, rootIno: 1 }),
      JSON.stringify({ ...parsed, files: 'not a list' }),
    ];
    for (const variant of variants) {
      await writeFile(file, variant);
      const again = await listAfterRestart(folder, cacheDir);
      expect(titles(again.list)).toEqual({ 'a.md': 'Alpha', 'b.md': 'Beta' });
      expect(again.counts).toEqual({ read: 2, reused: 0 });
      expect(await readFile(file, 'utf8')).not.toBe(typeof variant === 'string' ? variant : '');
    }
  });

  it('drops malformed or misplaced entries one by one and keeps the rest', async () => {
    const folder = await blog({ 'a.md': post('Alpha'), 'b.md': post('Beta'), 'c.md': post('Gamma') });
    const cacheDir = await tempFolder();
    const { list } = await listAfterRestart(folder, cacheDir);
    const file = listingCacheFile(cacheDir, list.folder.path);
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { files: [string, ...unknown[]][] };
    const byId = new Map(parsed.files.map((entry) => [entry[0], entry]));
    const a = byId.get('a.md')!;
    const b = byId.get('b.md')!;
    const c = byId.get('c.md')!;
    // a: its summary claims another post's id; b: a title that is not text; c: left intact.
    (a[6] as { summary: { id: string } }).summary.id = 'b.md';
    (b[6] as { summary: { title: unknown } }).summary.title = { html: '<img onerror=x>' };
    const outside = ['../outside.md', ...c.slice(1)];
    await writeFile(file, JSON.stringify({ ...parsed, files: [a, b, c, outside, [1, 2], 'x'] }));
    const again = await listAfterRestart(folder, cacheDir);
    expect(titles(again.list)).toEqual({ 'a.md': 'Alpha', 'b.md': 'Beta', 'c.md': 'Gamma' });
    expect(again.counts).toEqual({ read: 2, reused: 1 });
  });

  it('lists normally when the cache cannot be written, and keeps at most 20 folders', async () => {
    const folder = await blog({ 'a.md': post('Alpha') });
    const blocked = join(await tempFolder(), 'file-not-folder');
    await writeFile(blocked, 'x');
    const { list } = await listAfterRestart(folder, blocked);
    expect(titles(list)).toEqual({ 'a.md': 'Alpha' });

    const cacheDir = await tempFolder();
    for (let i = 0; i < 23; i++) await listAfterRestart(await blog({ [`p${i}.md`]: post(`P${i}`) }), cacheDir);
    const left = await readdir(cacheDir);
    const heads = left.filter((name) => name.endsWith('.head.json'));
    expect(left.length - heads.length).toBe(20);
    // Each folder's head file went with its cache file.
    expect(heads.map((name) => name.replace('.head.json', '.json')).sort()).toEqual(left.filter((name) => !heads.includes(name)).sort());
  });
});

describe('the first listing after a restart, answered from the cache on disk', () => {
  async function restartAnsweringFromCache(folder: string, cacheDir: string) {
    let revised = 0;
    const library = new PostsLibrary(undefined, {
      listingCache: { dir: cacheDir, tag: '1.0.0', racyMarginMs: MARGIN_MS },
      onListingRevised: () => revised++,
    });
    await library.open(folder);
    const first = await library.list();
    const firstCounts = library.lastListingCounts;
    await library.lastRevision;
    await library.lastCacheSave;
    return { first, firstCounts, revised: () => revised, library };
  }

  it('shows the cached list at once, checks it, and says nothing when it was right', async () => {
    const folder = await blog({ 'a.md': post('Alpha'), 'b.md': post('Beta') });
    const cacheDir = await tempFolder();
    const before = await listAfterRestart(folder, cacheDir);
    const { first, firstCounts, revised, library } = await restartAnsweringFromCache(folder, cacheDir);
    expect(firstCounts).toEqual({ read: 0, reused: 0 }); // not even a stat
    expect(first.posts).toEqual(before.list.posts);
    expect(revised()).toBe(0);
    expect(library.lastListingCounts).toEqual({ read: 0, reused: 2 }); // the check that followed
  });

  it('asks for a new listing when the folder changed while the app was closed, and the next listing is right', async () => {
    const folder = await blog({ 'a.md': post('AAAA'), 'gone.md': post('Gone') });
    const cacheDir = await tempFolder();
    await listAfterRestart(folder, cacheDir);
    const { mtime } = await stat(join(folder, 'a.md'));
    await writeFile(join(folder, 'a.md'), post('BBBB'));
    await utimes(join(folder, 'a.md'), mtime, mtime);
    await rm(join(folder, 'gone.md'));
    await writeFile(join(folder, 'new.md'), post('New'));
    const { first, revised, library } = await restartAnsweringFromCache(folder, cacheDir);
    expect(titles(first)).toEqual({ 'a.md': 'AAAA', 'gone.md': 'Gone' }); // as it was: provisional
    expect(revised()).toBe(1);
    expect(titles(await library.list())).toEqual({ 'a.md': 'BBBB', 'new.md': 'New' });
    expect(revised()).toBe(1); // later listings are full ones
  });

  it('lists normally (and never calls back) when there is no cache on disk yet', async () => {
    const folder = await blog({ 'a.md': post('Alpha') });
    const { first, firstCounts, revised } = await restartAnsweringFromCache(folder, await tempFolder());
    expect(titles(first)).toEqual({ 'a.md': 'Alpha' });
    expect(firstCounts).toEqual({ read: 1, reused: 0 });
    expect(revised()).toBe(0);
  });
});
