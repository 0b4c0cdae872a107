import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { PostId, PostSummary } from '../../../shared/api/types';
import { isPostFileName } from '../../../shared/posts/post-file';
import { skipsFolder, type SiteProfile } from '../site/site-profile';
import { MAX_POST_BYTES, tooLarge } from './decode-post';
import { toPostId, unrepresentableReason } from './post-path';
import { readPostMeta } from '../../../shared/posts/post-meta';
import type { FolderData } from '../../../shared/site/folder-data';
import { summaryOf } from './summarize-post';

/**
 * Listing reads only the start of each file, where front matter and the first heading live:
 * 4 KiB holds nearly every post's; a post whose front matter or heading runs past it is read
 * again, up to 64 KiB. Reading less is most of what makes a large folder list fast (bench/).
 */
export const LIST_PREFIX_BYTES = 4 * 1024;
export const LIST_PREFIX_MAX_BYTES = 64 * 1024;

export interface ListedFile {
  readonly path: string;
  readonly id: PostId;
}

export type ListEntry = { readonly kind: 'post'; readonly summary: PostSummary } | { readonly kind: 'skipped'; readonly id: PostId; readonly reason: string };

/** What a file looked like when it was summarised: any change to it changes one of these. */
export interface CacheKey {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  readonly ino: number;
}

/**
 * How long after a file's last change (its ctime) a summary read from it is trusted. A change made
 * within one timestamp tick of the read (Linux stamps with a clock that ticks every few ms, FAT
 * every 2 s) can leave size, mtime, ctime and inode all as they were: the "racily clean" problem
 * git solves the same way, by re-reading entries whose change time is too close to their read.
 */
export const RACY_MARGIN_MS = 2_000;

/** A cached summary: the file's key when read, when it was read, and what it said. */
export interface CachedFile {
  readonly key: CacheKey;
  readonly readAtMs: number;
  readonly entry: ListEntry;
}

/**
 * Summaries of files as last read, keyed by path and checked against size, mtime, ctime and inode
 * on every listing. ctime cannot be set back by a tool (unlike mtime with `touch -d`), and a file
 * replaced by rename has another inode, so a changed file is always read again; a file changed
 * just before it was read is not trusted at all (RACY_MARGIN_MS).
 */
export class ListingCache {
  private readonly entries = new Map<string, CachedFile>();
  /** Set by every change since the last markSaved(): the on-disk copy needs writing again. */
  private changed = false;
  /**
   * The site data (site-data-files.ts) its summaries were made with: summaries made under another
   * stamp are stale, whatever their files say (setDataStamp clears them).
   */
  private stamp = '';
  /** Files read (cache misses) and reused (hits) by the last summarizeFiles() over this cache. */
  readonly counts = { read: 0, reused: 0 };

  constructor(private readonly racyMarginMs: number = RACY_MARGIN_MS) {}

  get dirty(): boolean {
    return this.changed;
  }

  markSaved(): void {
    this.changed = false;
  }

  get dataStamp(): string {
    return this.stamp;
  }

  /** Summaries of another site data stamp are dropped: the listing reads every file again. */
  setDataStamp(stamp: string): void {
    if (stamp === this.stamp) return;
    this.entries.clear();
    this.stamp = stamp;
    this.changed = true;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every cached file by path (for the on-disk copy, listing-cache-store.ts). */
  all(): IterableIterator<[string, CachedFile]> {
    return this.entries.entries();
  }

  has(path: string): boolean {
    return this.entries.has(path);
  }

  get(path: string, key: CacheKey): ListEntry | undefined {
    const hit = this.entries.get(path);
    if (!hit) return undefined;
    const k = hit.key;
    const same = k.size === key.size && k.mtimeMs === key.mtimeMs && k.ctimeMs === key.ctimeMs && k.ino === key.ino;
    return same && k.ctimeMs < hit.readAtMs - this.racyMarginMs ? hit.entry : undefined;
  }

  set(path: string, key: CacheKey, entry: ListEntry, readAtMs: number): void {
    this.entries.set(path, { key, readAtMs, entry });
    this.changed = true;
  }

  /** Drops files no longer listed, so the cache never outgrows the folder. */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const path of this.entries.keys()) {
      if (!paths.has(path)) {
        this.entries.delete(path);
        this.changed = true;
      }
    }
  }

  clear(): void {
    this.entries.clear();
    this.changed = false;
  }
}

/**
 * Every post file of the site: walks the profile's post folders with `readdir` + file types (no
 * stat per entry), never entering skipped, hidden or symlinked folders (they can loop or lead
 * outside); a symlinked file is kept only when its target is inside `root`. Ids are built from the
 * walked folder's own id as it goes: `path.relative` per file was a tenth of a cold listing (bench/).
 * `postFolders`, when given, gets every folder that holds a post; `dataFiles` the site-relative
 * paths of the generator's data files beside them (profile.dataFiles).
 */
export function walkPosts(root: string, profile: SiteProfile, postFolders?: Set<string>, dataFiles?: string[]): ListedFile[] {
  const isDataFile = dataFiles === undefined ? null : profile.dataFiles;
  const found: ListedFile[] = [];
  const seen = new Set<string>();
  for (const folder of profile.postFolders) {
    const start = folder === '' ? root : join(root, folder);
    if (seen.has(start)) continue;
    seen.add(start);
    // [absolute path, id prefix ('' or 'a/b/')]; readdir names never hold a separator, so a
    // child's path and id are its parent's plus its name.
    const pending: [string, string][] = [[start, idPrefixOf(toPostId(root, start))]];
    while (pending.length > 0) {
      const [dir, prefix] = pending.pop()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        if (dir === root) throw error;
        continue; // an unreadable (or absent) subfolder should not hide the rest of the blog
      }
      const dirSlash = dir.endsWith(sep) ? dir : dir + sep;
      let holdsPosts = false;
      for (const entry of entries) {
        const name = entry.name;
        if (entry.isDirectory()) {
          if (!skipsFolder(profile, name)) pending.push([dirSlash + name, `${prefix}${name}/`]);
          continue;
        }
        if (!isPostFileName(name)) {
          if (isDataFile !== null && entry.isFile() && isDataFile(name)) dataFiles!.push(prefix + name);
          continue;
        }
        if (!(entry.isFile() || entry.isSymbolicLink())) continue;
        const path = dirSlash + name;
        if (entry.isSymbolicLink() && !linkStaysInside(root, path)) continue;
        const id = prefix + name;
        if (profile.isPost(id)) {
          found.push({ path, id });
          holdsPosts = true;
        }
      }
      if (holdsPosts) postFolders?.add(dir);
    }
  }
  return found;
}

/** `''` for the root, else the folder's id and a slash. */
const idPrefixOf = (folderId: string): string => (folderId === '' ? '' : `${folderId}/`);

function linkStaysInside(root: string, path: string): boolean {
  try {
    const rel = relative(root, realpathSync(path));
    return !(rel.startsWith('..') || isAbsolute(rel)) && statSync(path).isFile();
  } catch {
    return false; // a broken link
  }
}

/**
 * Summarises every listed file: on a cache miss one open, one fstat and one or two reads of its
 * start; a cached file costs one stat. Synchronous on purpose: with a warm page cache these calls
 * take microseconds, and synchronous reads beat the thread pool's async ones 2–4× (TOOLCHAIN.md);
 * the whole listing of 10,000 posts is shorter than the time a user waits for any other host call.
 */
export function summarizeFiles(files: readonly ListedFile[], profile: SiteProfile, cache: ListingCache, folderData: readonly FolderData[] = []): ListEntry[] {
  const buffer = Buffer.allocUnsafe(LIST_PREFIX_MAX_BYTES);
  const entries: ListEntry[] = [];
  cache.counts.read = 0;
  cache.counts.reused = 0;
  // Taken before any file is read: a change after this moment gives the file a later ctime.
  const readAtMs = Date.now();
  for (const { path, id } of files) {
    const unrepresentable = MAY_BE_UNREPRESENTABLE.test(id) ? unrepresentableReason(id) : null;
    if (unrepresentable !== null) {
      entries.push({ kind: 'skipped', id, reason: unrepresentable });
      continue;
    }
    if (cache.has(path)) {
      let key: CacheKey;
      try {
        key = keyOf(statSync(path));
      } catch {
        continue; // vanished since the walk
      }
      const cached = cache.get(path, key);
      if (cached !== undefined) {
        cache.counts.reused++;
        entries.push(cached);
        continue;
      }
    }
    // A file never seen needs no stat by path: its key comes from the open file (fstat), which is
    // also exactly the file whose bytes are read.
    const read = summarizeFile(path, id, profile, folderData, buffer);
    if (read === null) continue; // vanished since the walk
    cache.counts.read++;
    cache.set(path, read.key, read.entry, readAtMs);
    entries.push(read.entry);
  }
  return entries;
}

/**
 * What can make a walked id unrepresentable (post-path.ts): its parts are directory entry names,
 * never empty, `.` or `..`, so only a name's own characters can (a backslash, NUL, U+FFFD from an
 * undecodable name, a drive-letter start). The full check runs only for those: it cost two splits
 * per file.
 */
const MAY_BE_UNREPRESENTABLE = /[\\\0\uFFFD]|^[a-zA-Z]:/;

const keyOf = (info: Stats): CacheKey => ({ size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino });

/** One file's key and summary, read through one open; null when it is gone. */
function summarizeFile(path: string, id: PostId, profile: SiteProfile, folderData: readonly FolderData[], buffer: Buffer): { key: CacheKey; entry: ListEntry } | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    let key: CacheKey;
    try {
      key = keyOf(statSync(path));
    } catch {
      return null;
    }
    return { key, entry: { kind: 'skipped', id, reason: `“${id}” could not be read (${code ?? 'error'}).` } };
  }
  let key: CacheKey = { size: 0, mtimeMs: 0, ctimeMs: 0, ino: 0 };
  try {
    key = keyOf(fstatSync(fd));
    if (key.size > MAX_POST_BYTES) return { key, entry: { kind: 'skipped', id, reason: tooLarge(id, key.size).message } };
    let length = readSync(fd, buffer, 0, LIST_PREFIX_BYTES, 0);
    let summary = summarizeBytes(buffer, length, id, key, profile, folderData);
    if (summary.partial && key.size > length) {
      length += readSync(fd, buffer, length, LIST_PREFIX_MAX_BYTES - length, length);
      summary = summarizeBytes(buffer, length, id, key, profile, folderData);
    }
    return { key, entry: summary.entry };
  } catch (error) {
    return { key, entry: { kind: 'skipped', id, reason: `“${id}” could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).` } };
  } finally {
    closeSync(fd);
  }
}

/** A summary of a file's first bytes; `partial`: it may change with more of the file (title not found, front matter left open). */
interface PrefixSummary {
  readonly entry: ListEntry;
  readonly partial: boolean;
}

function summarizeBytes(buffer: Buffer, length: number, id: PostId, key: CacheKey, profile: SiteProfile, folderData: readonly FolderData[]): PrefixSummary {
  // Git's heuristic: a NUL byte in the first 8000 bytes means binary.
  if (buffer.subarray(0, Math.min(length, 8000)).includes(0)) {
    return { entry: { kind: 'skipped', id, reason: `“${id}” looks like a binary file, not a text post, so it was not opened.` }, partial: false };
  }
  const start = length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  // A prefix may end inside a character: check only the complete ones (the rest is checked on open).
  const end = key.size > length ? completeUtf8End(buffer, length) : length;
  if (!isUtf8(buffer.subarray(start, end))) {
    const reason = `“${id}” is not UTF-8 text, so it was not opened (saving it would damage it). Convert it to UTF-8 and reopen the folder.`;
    return { entry: { kind: 'skipped', id, reason }, partial: false };
  }
  // Decoding is the dearest step (UTF-8 to a JS string: ~16 µs per 4 KiB of mixed text), and the
  // front matter alone usually holds the title: decode that first, the rest only when needed.
  const frontMatterEnd = endOfFrontMatter(buffer, start, end);
  let meta = frontMatterEnd === -1 ? null : readPostMeta(buffer.toString('utf8', start, frontMatterEnd), id, profile.generator, folderData);
  if (meta === null || meta.titleSource !== 'front-matter') meta = readPostMeta(buffer.toString('utf8', start, end), id, profile.generator, folderData);
  return {
    entry: { kind: 'post', summary: summaryOf(id, meta, key.size, key.mtimeMs) },
    partial: meta.titleSource === 'file-name' || (meta.warning !== null && meta.warning.includes('never closed')),
  };
}

const NEWLINE = 0x0a;

/**
 * Where the line closing a `---` or `+++` front matter block ends, in bytes, or -1 (no block, or
 * not closed within the bytes read). Only a cheap cut: the text parser still decides.
 */
function endOfFrontMatter(buffer: Buffer, start: number, end: number): number {
  const fence = buffer.toString('latin1', start, start + 3);
  if (fence !== '---' && fence !== '+++') return -1;
  const closers = fence === '---' ? ['\n---', '\n...'] : ['\n+++'];
  // Search only the bytes read: the shared buffer holds older files' bytes past `end`.
  const bytes = buffer.subarray(0, end);
  let best = -1;
  for (const closer of closers) {
    const at = bytes.indexOf(closer, start + 3, 'latin1');
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  if (best === -1) return -1;
  const lineEnd = bytes.indexOf(NEWLINE, best + 4);
  return lineEnd === -1 ? end : lineEnd + 1;
}

/** The length of `bytes[0..length)` without a multi-byte character cut off at its end. */
export function completeUtf8End(bytes: Uint8Array, length: number): number {
  for (let back = 1; back <= 3 && back <= length; back++) {
    const byte = bytes[length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: look further back for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? length - back : length;
  }
  return length;
}
