import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { PostSummary } from '../../../shared/api/types';
import { sortNewestFirst } from '../../../shared/posts/post-order';
import type { CacheKey, ListEntry, ListingCache } from './list-posts';
import { toPostId } from './post-path';

/**
 * The listing cache on disk, one file per folder in the user-data folder, so a folder reopened
 * after a restart lists as fast as with a warm in-memory cache. Only a shortcut: every entry is
 * still checked against the file's size, mtime, ctime and inode on each listing (ListingCache),
 * and a file that is unreadable, corrupt, foreign, of another version or for another folder is
 * ignored (and replaced by the next save), never trusted and never a failure.
 */

const FORMAT = 'postwright-listing-cache';
const HEAD_FORMAT = 'postwright-listing-head';
/** Bump when the file's layout or what a summary holds changes. */
const VERSION = 1;
/** Bigger cache files are not read: a 10,000-post folder's is about 3 MB. */
const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** Entries kept per folder; past this the rest of the folder is read at each open. */
const MAX_ENTRIES = 200_000;
/** Folders remembered; the least recently saved beyond this are deleted. */
const MAX_FOLDERS = 20;

/**
 * Rows kept in a folder's head file: a screen or two of the newest posts, so the first page of
 * the list after a restart is a ~60 KB read instead of parsing and sorting the whole cache (~3 MB).
 */
export const HEAD_ROWS = 200;

const HEAD_SUFFIX = '.head.json';

const cacheName = (realRoot: string): string => createHash('sha256').update(realRoot).digest('hex').slice(0, 40);

/** Where a folder's cache lives: named by a hash of its real path (the path itself is inside). */
export function listingCacheFile(cacheDir: string, realRoot: string): string {
  return join(cacheDir, `${cacheName(realRoot)}.json`);
}

/** Beside it, the head file: the first HEAD_ROWS posts of the cached listing, already sorted. */
export function listingHeadFile(cacheDir: string, realRoot: string): string {
  return join(cacheDir, `${cacheName(realRoot)}${HEAD_SUFFIX}`);
}

/** The newest posts of a cached listing, in the list's order, and how many posts it had. */
export interface ListingHead {
  readonly posts: readonly PostSummary[];
  readonly total: number;
}

interface StoredHead {
  readonly format: typeof HEAD_FORMAT;
  readonly version: number;
  readonly tag: string;
  readonly root: string;
  readonly rootDev: number;
  readonly rootIno: number;
  readonly total: number;
  readonly posts: PostSummary[];
}

/** [id, size, mtimeMs, ctimeMs, ino, readAtMs, entry]: ids are folder-relative, so a moved cache means nothing. */
type StoredFile = [string, number, number, number, number, number, ListEntry];

interface StoredCache {
  readonly format: typeof FORMAT;
  readonly version: number;
  /** The app's version and the site generator: both change what a summary says. */
  readonly tag: string;
  readonly root: string;
  /** The folder's identity: a folder deleted and made again, or another moved in, starts over. */
  readonly rootDev: number;
  readonly rootIno: number;
  /** ListingCache.dataStamp: the site data the summaries were made with (absent: none). */
  readonly dataStamp?: string;
  readonly files: StoredFile[];
}

export interface ListingCacheScope {
  readonly cacheDir: string;
  readonly realRoot: string;
  readonly tag: string;
}

/**
 * Fills `cache` from the folder's cache file; false when there was none usable. Entries are
 * checked one by one: a bad one is dropped, the rest kept.
 */
export async function loadListingCache(scope: ListingCacheScope, cache: ListingCache): Promise<boolean> {
  const file = listingCacheFile(scope.cacheDir, scope.realRoot);
  let stored: unknown;
  try {
    if ((await stat(file)).size > MAX_FILE_BYTES) return false;
    stored = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return false; // absent, unreadable or not JSON
  }
  const root = rootIdentity(scope.realRoot);
  if (!isObject(stored) || stored.format !== FORMAT || stored.version !== VERSION || stored.tag !== scope.tag || stored.root !== scope.realRoot) return false;
  if (root === null || stored.rootDev !== root.dev || stored.rootIno !== root.ino || !Array.isArray(stored.files)) return false;
  cache.setDataStamp(typeof stored.dataStamp === 'string' ? stored.dataStamp : '');
  const prefix = scope.realRoot.endsWith(sep) ? scope.realRoot : scope.realRoot + sep;
  for (const item of stored.files.slice(0, MAX_ENTRIES) as unknown[]) {
    if (!Array.isArray(item) || item.length !== 7) continue;
    const [id, size, mtimeMs, ctimeMs, ino, readAtMs, entry] = item as unknown[];
    if (typeof id !== 'string' || !isKeyPart(size) || !isKeyPart(mtimeMs) || !isKeyPart(ctimeMs) || !isKeyPart(ino) || !isKeyPart(readAtMs)) continue;
    // Built as the walk builds paths (no join(): it costs more than the rest of the load). Entries are
    // only ever found by a walked file's path, so an id naming nothing the walk yields (`../x`) is
    // never used, and dropped after the listing; the entry must be about the file it is stored under.
    const path = prefix + (sep === '/' ? id : id.split('/').join(sep));
    if (!isListEntry(entry, id)) continue;
    const key: CacheKey = { size, mtimeMs, ctimeMs, ino };
    cache.set(path, key, entry, readAtMs);
  }
  cache.markSaved();
  return true;
}

/**
 * Writes the folder's cache file atomically (a temp file renamed over it: a crash leaves the old
 * file or the new, never half of one) and deletes the least recently saved folders' files past
 * MAX_FOLDERS. Serialising is synchronous (~10 ms for 10,000 posts); callers run it after the
 * listing has been answered.
 */
export async function saveListingCache(scope: ListingCacheScope, cache: ListingCache): Promise<void> {
  const root = rootIdentity(scope.realRoot);
  if (root === null) return; // the folder is gone: nothing worth keeping
  const files: StoredFile[] = [];
  for (const [path, { key, readAtMs, entry }] of cache.all()) {
    if (files.length >= MAX_ENTRIES) break;
    files.push([toPostId(scope.realRoot, path), key.size, key.mtimeMs, key.ctimeMs, key.ino, readAtMs, entry]);
  }
  const stored: StoredCache = { format: FORMAT, version: VERSION, tag: scope.tag, root: scope.realRoot, rootDev: root.dev, rootIno: root.ino, dataStamp: cache.dataStamp, files };
  const text = JSON.stringify(stored);
  cache.markSaved();
  await mkdir(scope.cacheDir, { recursive: true });
  // The head goes first and comes back last: a crash between leaves no head, never one that
  // disagrees with the cache file beside it.
  await unlink(listingHeadFile(scope.cacheDir, scope.realRoot)).catch(() => undefined);
  await writeAtomically(listingCacheFile(scope.cacheDir, scope.realRoot), text);
  await saveListingHead(scope, cache);
  await pruneOldCaches(scope.cacheDir);
}

/**
 * Writes the head file from the cache as it is (sorted here, after the listing was answered:
 * ~10 ms for 10,000 posts). Called after the cache file is saved, or alone when the cache file is
 * current but has no head yet (a cache saved by an older version).
 */
export async function saveListingHead(scope: ListingCacheScope, cache: ListingCache): Promise<void> {
  const root = rootIdentity(scope.realRoot);
  if (root === null) return;
  const posts: PostSummary[] = [];
  for (const [, { entry }] of cache.all()) if (entry.kind === 'post') posts.push(entry.summary);
  const head: StoredHead = {
    format: HEAD_FORMAT,
    version: VERSION,
    tag: scope.tag,
    root: scope.realRoot,
    rootDev: root.dev,
    rootIno: root.ino,
    total: posts.length,
    posts: sortNewestFirst(posts).slice(0, HEAD_ROWS),
  };
  await mkdir(scope.cacheDir, { recursive: true });
  await writeAtomically(listingHeadFile(scope.cacheDir, scope.realRoot), JSON.stringify(head));
}

/** True when the folder has a head file (whatever it holds: loadListingHead checks that). */
export async function hasListingHead(scope: ListingCacheScope): Promise<boolean> {
  return stat(listingHeadFile(scope.cacheDir, scope.realRoot)).then(() => true, () => false);
}

/**
 * The folder's head file, or null when absent, unreadable, of another version, tag or folder, or
 * with any row malformed (a page is an ordered whole: one bad row and it is not used).
 */
export async function loadListingHead(scope: ListingCacheScope): Promise<ListingHead | null> {
  let stored: unknown;
  try {
    const file = listingHeadFile(scope.cacheDir, scope.realRoot);
    if ((await stat(file)).size > MAX_HEAD_BYTES) return null;
    stored = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
  if (!isObject(stored) || stored.format !== HEAD_FORMAT || stored.version !== VERSION || stored.tag !== scope.tag || stored.root !== scope.realRoot) return null;
  const root = rootIdentity(scope.realRoot);
  if (root === null || stored.rootDev !== root.dev || stored.rootIno !== root.ino) return null;
  const { total, posts } = stored;
  if (!Number.isInteger(total) || !Array.isArray(posts) || posts.length > HEAD_ROWS || (total as number) < posts.length) return null;
  if (!posts.every((post: unknown) => isObject(post) && typeof post.id === 'string' && isSafeId(post.id) && isSummary(post, post.id))) return null;
  return { posts: posts as PostSummary[], total: total as number };
}

/** A head's rows can be opened by id: refuse ids no walk yields (absolute, `..`, empty parts). */
const isSafeId = (id: string): boolean => id !== '' && !id.startsWith('/') && !id.includes('\\') && id.split('/').every((part) => part !== '' && part !== '.' && part !== '..');

/** A head of HEAD_ROWS summaries is ~60 KB; anything much bigger is not ours. */
const MAX_HEAD_BYTES = 4 * 1024 * 1024;

/** A temp file renamed over the target: a crash leaves the old file or the new, never half of one. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, text, { flag: 'wx', mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function pruneOldCaches(cacheDir: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((name) => name.endsWith('.json') && !name.endsWith(HEAD_SUFFIX));
  if (names.length <= MAX_FOLDERS) return;
  const dated = await Promise.all(
    names.map(async (name) => ({ path: join(cacheDir, name), mtimeMs: await stat(join(cacheDir, name)).then((info) => info.mtimeMs, () => 0) })),
  );
  dated.sort((a, b) => b.mtimeMs - a.mtimeMs);
  // A folder's head file goes with its cache file.
  const doomed = dated.slice(MAX_FOLDERS).flatMap(({ path }) => [path, path.replace(/\.json$/, HEAD_SUFFIX)]);
  await Promise.all(doomed.map((path) => unlink(path).catch(() => undefined)));
}

function rootIdentity(realRoot: string): { dev: number; ino: number } | null {
  try {
    const info = statSync(realRoot);
    return { dev: info.dev, ino: info.ino };
  } catch {
    return null;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isKeyPart = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/** Everything the page relies on in a summary, so a tampered file cannot put a malformed row in the list. */
function isSummary(value: unknown, id: string): value is PostSummary {
  return (
    isObject(value) &&
    value.id === id &&
    typeof value.title === 'string' &&
    isStringOrNull(value.date) &&
    typeof value.draft === 'boolean' &&
    Array.isArray(value.tags) &&
    value.tags.every((tag) => typeof tag === 'string') &&
    isStringOrNull(value.warning) &&
    (value.warningLine === null || (typeof value.warningLine === 'number' && Number.isInteger(value.warningLine))) &&
    isKeyPart(value.size) &&
    typeof value.modifiedMs === 'number'
  );
}

function isListEntry(value: unknown, id: string): value is ListEntry {
  if (!isObject(value)) return false;
  if (value.kind === 'post') return isSummary(value.summary, id);
  return value.kind === 'skipped' && value.id === id && typeof value.reason === 'string';
}
