import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/api/result';
import type { ListPageRequest } from '../../../shared/api/types';
import { tempFolder } from '../testing/temp-folder';
import { checkArguments } from '../dispatch-endpoint';
import { createApi } from '../create-api';
import { HEAD_ROWS, listingHeadFile } from './listing-cache-store';
import { PostsLibrary } from './posts-library';

/** posts.listPage: the first screen of rows at once, in exactly the order of the whole list. */

const MARGIN_MS = 20;

/** `count` posts, dated so that the newest-first order differs from the file-name order, some undated. */
async function blog(count: number): Promise<string> {
  const folder = await tempFolder();
  await mkdir(join(folder, 'sub'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const day = String(1 + ((i * 7) % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const front = i % 10 === 9 ? '' : `---\ntitle: Post ${i}\ndate: 2024-${month}-${day}\n---\n`;
    await writeFile(join(folder, i % 3 === 0 ? 'sub' : '', `p${i}.md`), `${front}Body ${i}.\n`);
  }
  await sleep(MARGIN_MS * 3);
  return folder;
}

const cached = (cacheDir: string, onListingRevised?: () => void) =>
  new PostsLibrary(undefined, { listingCache: { dir: cacheDir, tag: '1', racyMarginMs: MARGIN_MS }, ...(onListingRevised ? { onListingRevised } : {}) });

async function failureOf(promise: Promise<unknown>): Promise<ApiFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiFailure);
  return error as ApiFailure;
}

const ids = (posts: readonly { id: string }[]) => posts.map((post) => post.id);

describe('PostsLibrary.listPage', () => {
  it('answers a folder never listed with a full listing, whose first rows the page is, and the whole list with it', async () => {
    const library = new PostsLibrary();
    await library.open(await blog(40));
    const page = await library.listPage({ offset: 0, limit: 10 });
    expect(page.list).not.toBeNull();
    expect(page.total).toBe(40);
    expect(ids(page.posts)).toEqual(ids(page.list!.posts.slice(0, 10)));
    expect(page.folder).toEqual(page.list!.folder);
  });

  it('answers later pages from the last listing, in its order, at any offset, without listing again', async () => {
    const library = new PostsLibrary();
    await library.open(await blog(40));
    const whole = await library.list();
    const counts = library.lastListingCounts;
    const pages = [];
    for (let offset = 0; offset < 45; offset += 15) pages.push(await library.listPage({ offset, limit: 15 }));
    expect(pages.map((page) => page.list)).toEqual([null, null, null]);
    expect(pages.map((page) => [page.offset, page.posts.length, page.total])).toEqual([
      [0, 15, 40],
      [15, 15, 40],
      [30, 10, 40],
    ]);
    expect(pages.flatMap((page) => ids(page.posts))).toEqual(ids(whole.posts));
    expect((await library.listPage({ offset: 40, limit: 5 })).posts).toEqual([]);
    expect((await library.listPage({ offset: 39, limit: 1000 })).posts).toEqual([whole.posts[39]]);
    expect(library.lastListingCounts).toEqual(counts); // no new listing ran
  });

  it('refuses offsets and limits that are not whole numbers in range, as INVALID', async () => {
    const library = new PostsLibrary();
    await library.open(await blog(3));
    const bad: unknown[] = [
      { offset: -1, limit: 10 },
      { offset: 0, limit: 0 },
      { offset: 0, limit: 1001 },
      { offset: 1.5, limit: 10 },
      { offset: 0, limit: Number.NaN },
      { offset: '0', limit: 10 },
      { limit: 10 },
      null,
    ];
    for (const request of bad) expect((await failureOf(library.listPage(request as ListPageRequest))).code).toBe('INVALID');
    // Both transports refuse them before the library is reached, extra keys too.
    const endpoint = { area: 'posts', method: 'listPage', name: 'posts.listPage' } as const;
    for (const request of [...bad, { offset: 0, limit: 10, sort: 'title' }]) {
      expect(checkArguments(endpoint, [request])).toMatchObject({ ok: false, error: { code: 'INVALID' } });
    }
    expect(checkArguments(endpoint, [{ offset: 0, limit: 100 }])).toEqual({ ok: true, value: [{ offset: 0, limit: 100 }] });
  });

  it('answers NO_FOLDER as a Result through the API when no folder is open', async () => {
    const library = new PostsLibrary();
    const api = createApi({ library, info: { version: '1', transport: 'http', platform: 'linux' } } as unknown as Parameters<typeof createApi>[0]);
    expect(await api.posts.listPage({ offset: 0, limit: 10 })).toMatchObject({ ok: false, error: { code: 'NO_FOLDER' } });
  });
});

describe('the first page after a restart, from the head file beside the listing cache', () => {
  it('answers from the head file alone, in the order the whole list then has, and the whole list follows as before', async () => {
    const folder = await blog(HEAD_ROWS + 30);
    const cacheDir = await tempFolder();
    const before = cached(cacheDir);
    await before.open(folder);
    const first = await before.list();
    await before.lastCacheSave;

    let revised = 0;
    const after = cached(cacheDir, () => revised++);
    await after.open(folder);
    const page = await after.listPage({ offset: 0, limit: 100 });
    expect(page.list).toBeNull(); // provisional: the page asks posts.list next
    expect(after.lastListingCounts).toEqual({ read: 0, reused: 0 }); // no walk, no stat, no cache parse
    expect(page.total).toBe(HEAD_ROWS + 30);
    expect(ids(page.posts)).toEqual(ids(first.posts.slice(0, 100)));
    expect(page.posts).toEqual(first.posts.slice(0, 100));
    // Past the head file's rows: the whole listing (from the cache, checked after) answers it.
    const beyond = await after.listPage({ offset: HEAD_ROWS - 10, limit: 20 });
    expect(ids(beyond.posts)).toEqual(ids(first.posts.slice(HEAD_ROWS - 10, HEAD_ROWS + 10)));
    await after.lastRevision;
    expect(revised).toBe(0);
    const whole = await after.list();
    expect(ids(whole.posts.slice(0, 100))).toEqual(ids(page.posts));
  });

  it('is stale only as the cached answer is: the whole list that follows has the change, and says so', async () => {
    const folder = await blog(12);
    const cacheDir = await tempFolder();
    const before = cached(cacheDir);
    await before.open(folder);
    await before.list();
    await before.lastCacheSave;
    await writeFile(join(folder, 'newest.md'), '---\ntitle: Newest\ndate: 2030-01-01\n---\n');

    let revised = 0;
    const after = cached(cacheDir, () => revised++);
    await after.open(folder);
    const page = await after.listPage({ offset: 0, limit: 100 });
    expect(ids(page.posts)).not.toContain('newest.md');
    await after.list();
    await after.lastRevision;
    expect(revised).toBe(1);
    expect((await after.list()).posts[0]!.id).toBe('newest.md');
    await after.lastCacheSave;
    // The head file was written again with the change.
    const again = cached(cacheDir);
    await again.open(folder);
    expect((await again.listPage({ offset: 0, limit: 1 })).posts[0]!.id).toBe('newest.md');
  });

  it('ignores a corrupt, foreign or tampered head file (one bad row and the whole page), and lists instead', async () => {
    const folder = await blog(5);
    const cacheDir = await tempFolder();
    const before = cached(cacheDir);
    await before.open(folder);
    const first = await before.list();
    await before.lastCacheSave;
    const file = listingHeadFile(cacheDir, first.folder.path);
    const head = JSON.parse(await readFile(file, 'utf8')) as { posts: { id: string; title: unknown }[]; total: number; tag: string };
    const variants: unknown[] = [
      'not json',
      { ...head, tag: 'another version' },
      { ...head, total: 1 }, // fewer posts than rows
      { ...head, posts: [{ ...head.posts[0], title: { html: '<img onerror=x>' } }, ...head.posts.slice(1)] },
      { ...head, posts: [{ ...head.posts[0], id: '../outside.md' }, ...head.posts.slice(1)] },
      { ...head, posts: [{ ...head.posts[0], id: '/etc/passwd' }, ...head.posts.slice(1)] },
    ];
    for (const variant of variants) {
      await writeFile(file, typeof variant === 'string' ? variant : JSON.stringify(variant));
      const after = cached(cacheDir);
      await after.open(folder);
      const page = await after.listPage({ offset: 0, limit: 100 });
      expect(page.list).not.toBeNull(); // listed, not taken from the file
      expect(page.posts).toEqual(first.posts);
      await after.lastCacheSave;
    }
  });

  it('writes a head file for a cache saved without one (an older version), without reading the posts again', async () => {
    const folder = await blog(5);
    const cacheDir = await tempFolder();
    const before = cached(cacheDir);
    await before.open(folder);
    const first = await before.list();
    await before.lastCacheSave;
    await rm(listingHeadFile(cacheDir, first.folder.path));
    const upgraded = cached(cacheDir);
    await upgraded.open(folder);
    await upgraded.list();
    await upgraded.lastCacheSave;
    expect(upgraded.lastListingCounts.read).toBe(0);
    const after = cached(cacheDir);
    await after.open(folder);
    const page = await after.listPage({ offset: 0, limit: 3 });
    expect(page.list).toBeNull();
    expect(ids(page.posts)).toEqual(ids(first.posts.slice(0, 3)));
  });
});
