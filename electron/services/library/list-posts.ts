import { closeSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { isAbsolute, join, relative } from 'node:path';
import type { PostId, PostSummary } from '../../../shared/api/types';
import { isPostFileName } from '../../../shared/posts/post-file';
import { titleFromFileName } from '../../../shared/posts/file-title';
import type { SiteProfile } from '../site/site-profile';
import { MAX_POST_BYTES, tooLarge } from './decode-post';
import { toPostId, unrepresentableReason } from './post-path';
import { readPostMeta } from '../../../shared/posts/post-meta';
import { summarizePost, summaryOf } from './summarize-post';

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
  /** Files read (cache misses) and reused (hits) by the last summarizeFiles() over this cache. */
  readonly counts = { read: 0, reused: 0 };

  constructor(private readonly racyMarginMs: number = RACY_MARGIN_MS) {}

  get dirty(): boolean {
    return this.changed;
  }

  markSaved(): void {
    this.changed = false;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every cached file by path (for the on-disk copy, listing-cache-store.ts). */
  all(): IterableIterator<[string, CachedFile]> {
    return this.entries.entries();
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
 * outside); a symlinked file is kept only when its target is inside `root`.
 */
export function walkPosts(root: string, profile: SiteProfile): ListedFile[] {
  const found: ListedFile[] = [];
  const seen = new Set<string>();
  for (const folder of profile.postFolders) {
    const start = folder === '' ? root : join(root, folder);
    if (seen.has(start)) continue;
    seen.add(start);
    const pending = [start];
    while (pending.length > 0) {
      const dir = pending.pop()!;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        if (dir === root) throw error;
        continue; // an unreadable (or absent) subfolder should not hide the rest of the blog
      }
      for (const entry of entries) {
        const name = entry.name;
        if (entry.isDirectory()) {
          if (!name.startsWith('.') && !profile.skipFolders.has(name)) pending.push(join(dir, name));
          continue;
        }
        if (!isPostFileName(name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
        const path = join(dir, name);
        if (entry.isSymbolicLink() && !linkStaysInside(root, path)) continue;
        const id = toPostId(root, path);
        if (profile.isPost(id)) found.push({ path, id });
      }
    }
  }
  return found;
}

function linkStaysInside(root: string, path: string): boolean {
  try {
    const rel = relative(root, realpathSync(path));
    return !(rel.startsWith('..') || isAbsolute(rel)) && statSync(path).isFile();
  } catch {
    return false; // a broken link
  }
}

/**
 * Summarises every listed file: one stat, and on a cache miss one open and one or two reads of
 * its start. Synchronous on purpose: with a warm page cache these calls take microseconds, and
 * synchronous reads beat the thread pool's async ones 2–4× (TOOLCHAIN.md); the whole listing of
 * 10,000 posts is shorter than the time a user waits for any other host call.
 */
export function summarizeFiles(files: readonly ListedFile[], profile: SiteProfile, cache: ListingCache): ListEntry[] {
  const buffer = Buffer.allocUnsafe(LIST_PREFIX_MAX_BYTES);
  const entries: ListEntry[] = [];
  cache.counts.read = 0;
  cache.counts.reused = 0;
  // Taken before any file is read: a change after this moment gives the file a later ctime.
  const readAtMs = Date.now();
  for (const { path, id } of files) {
    const unrepresentable = unrepresentableReason(id);
    if (unrepresentable !== null) {
      entries.push({ kind: 'skipped', id, reason: unrepresentable });
      continue;
    }
    let key: CacheKey;
    try {
      const info = statSync(path);
      key = { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino };
    } catch {
      continue; // vanished since the walk
    }
    const cached = cache.get(path, key);
    if (cached !== undefined) {
      cache.counts.reused++;
      entries.push(cached);
      continue;
    }
    cache.counts.read++;
    const entry = summarizeFile(path, id, key, profile, buffer);
    if (entry !== null) {
      cache.set(path, key, entry, readAtMs);
      entries.push(entry);
    }
  }
  return entries;
}

function summarizeFile(path: string, id: PostId, key: CacheKey, profile: SiteProfile, buffer: Buffer): ListEntry | null {
  if (key.size > MAX_POST_BYTES) return { kind: 'skipped', id, reason: tooLarge(id, key.size).message };
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    return { kind: 'skipped', id, reason: `“${id}” could not be read (${code ?? 'error'}).` };
  }
  try {
    let length = readSync(fd, buffer, 0, LIST_PREFIX_BYTES, 0);
    let summary = summarizeBytes(buffer, length, id, key, profile);
    if (summary.kind === 'post' && key.size > length && needsMoreText(summary.summary, id)) {
      length += readSync(fd, buffer, length, LIST_PREFIX_MAX_BYTES - length, length);
      summary = summarizeBytes(buffer, length, id, key, profile);
    }
    return summary;
  } catch (error) {
    return { kind: 'skipped', id, reason: `“${id}” could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).` };
  } finally {
    closeSync(fd);
  }
}

function summarizeBytes(buffer: Buffer, length: number, id: PostId, key: CacheKey, profile: SiteProfile): ListEntry {
  // Git's heuristic: a NUL byte in the first 8000 bytes means binary.
  if (buffer.subarray(0, Math.min(length, 8000)).includes(0)) {
    return { kind: 'skipped', id, reason: `“${id}” looks like a binary file, not a text post, so it was not opened.` };
  }
  const start = length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf ? 3 : 0;
  // A prefix may end inside a character: check only the complete ones (the rest is checked on open).
  const end = key.size > length ? completeUtf8End(buffer, length) : length;
  if (!isUtf8(buffer.subarray(start, end))) {
    return {
      kind: 'skipped',
      id,
      reason: `“${id}” is not UTF-8 text, so it was not opened (saving it would damage it). Convert it to UTF-8 and reopen the folder.`,
    };
  }
  // Decoding is the dearest step (UTF-8 to a JS string: ~16 µs per 4 KiB of mixed text), and the
  // front matter alone usually holds the title: decode that first, the rest only when needed.
  const frontMatterEnd = endOfFrontMatter(buffer, start, end);
  if (frontMatterEnd !== -1) {
    const meta = readPostMeta(buffer.toString('utf8', start, frontMatterEnd), id, profile.generator);
    if (meta.titleSource === 'front-matter') return { kind: 'post', summary: summaryOf(id, meta, key.size, key.mtimeMs) };
  }
  return { kind: 'post', summary: summarizePost(id, buffer.toString('utf8', start, end), key.size, key.mtimeMs, profile.generator) };
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

/** The summary came from a cut-off start: front matter left open, or no title found in it. */
const needsMoreText = (summary: PostSummary, id: PostId): boolean =>
  (summary.warning !== null && summary.warning.includes('never closed')) || summary.title === titleFromFileName(id);
