import { constants, linkSync, lstatSync, renameSync, unlinkSync, type BigIntStats } from 'node:fs';
import { lstat, open, readlink, realpath, unlink, type FileHandle } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import { isMissing } from './fs-errors';
import { isInsideOrRoot, type PostLocation } from './post-path';
import { tempFilesInUse, tempNameFor } from './temp-files';
import { versionOf } from './decode-post';

/**
 * Atomic, confined writes of one post.
 *
 * Written here instead of using write-file-atomic, which resolves the path again itself, opens a
 * predictable temp name with flag `w` (following a symlink planted there, no O_EXCL) and cannot
 * re-check the target just before its rename. Here:
 * - the temp file is created O_EXCL | O_NOFOLLOW with an unguessable name in the post's real,
 *   confined folder, written and fsync'd;
 * - just before the rename the folder's real path is checked again (a folder swapped for a link
 *   to elsewhere is refused), the file on disk is re-read and compared with the version the
 *   editor started from (an outside edit during the write is a CONFLICT, not lost), and the target
 *   is lstat'ed: a symlink swapped in is refused, and a file whose identity or timestamps moved
 *   since that re-read is a CONFLICT. What remains between this last lstat and the rename is two
 *   system calls, a window of microseconds;
 * - a new file is put in place with link(), which fails rather than replace a file that appeared.
 */

/** What the file on disk must be for the write to go ahead. */
export type Expectation =
  | { readonly kind: 'any' } // the writer chose to overwrite
  | { readonly kind: 'absent' } // a new file: never replace one
  | { readonly kind: 'version'; readonly version: string | null }; // the bytes the editor started from (null: none)

const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0; // not on Windows, where links need privileges to make

interface OnDisk {
  readonly bytes: Buffer;
  readonly stats: BigIntStats;
}

/** The file's bytes and identity, read through a handle that refuses a symlink; null if absent. */
async function readOnDisk(path: string, id: string): Promise<OnDisk | null> {
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | O_NOFOLLOW);
  } catch (error) {
    if (isMissing(error)) return null;
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw swapped(id);
    throw error;
  }
  try {
    const stats = await handle.stat({ bigint: true });
    if (!stats.isFile()) throw new ApiFailure('NOT_A_POST', `“${id}” is not a file.`);
    return { bytes: await handle.readFile(), stats };
  } finally {
    await handle.close();
  }
}

const swapped = (id: string) =>
  new ApiFailure('OUTSIDE_FOLDER', `“${id}” was replaced by a link while saving; nothing was written. Postwright only writes inside the open folder.`);

function checkExpectation(onDisk: OnDisk | null, expectation: Expectation, id: string): void {
  if (expectation.kind === 'any') return;
  if (expectation.kind === 'absent') {
    if (onDisk !== null) throw new ApiFailure('EXISTS', `“${id}” already exists.`);
    return;
  }
  if (onDisk === null && expectation.version !== null) {
    throw new ApiFailure('CONFLICT', `“${id}” was deleted or moved on disk since you opened it.`);
  }
  if (onDisk !== null && versionOf(onDisk.bytes) !== expectation.version) {
    throw new ApiFailure('CONFLICT', `“${id}” was changed on disk since you opened it.`);
  }
}

const sameFile = (a: BigIntStats, b: BigIntStats): boolean =>
  a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;

/**
 * Writes `bytes` as the post at `location`, atomically (old or new, never torn), never through a
 * link and never outside `root`. Throws ApiFailure (CONFLICT, EXISTS, OUTSIDE_FOLDER) or the
 * file system's error; in every failure the temp file is gone and the post untouched.
 */
export async function writePostAtomically(root: string, location: PostLocation, bytes: Uint8Array, expectation: Expectation, id: string): Promise<void> {
  const before = await readOnDisk(location.path, id);
  checkExpectation(before, expectation, id);

  const tempPath = join(location.dir, tempNameFor(location.name));
  tempFilesInUse.add(tempPath);
  let placed = false;
  try {
    const mode = before === null ? 0o666 : Number(before.stats.mode) & 0o7777;
    const handle = await open(tempPath, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | O_NOFOLLOW, mode);
    try {
      // Where did the file really land? A folder swapped for a link between locatePost and this
      // open would have put it outside: remove it from there and write nothing.
      const landed = await realLocationOf(handle, tempPath);
      if (landed === null || !isInsideOrRoot(root, dirname(landed))) {
        if (landed !== null) await unlink(landed).catch(() => {});
        throw swapped(id);
      }
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }

    // The last checks, cheapest last. The final lstat and the rename are synchronous on purpose:
    // two system calls back to back, with no trip through the event loop between them, so the
    // window in which an outside write can still be lost is microseconds, not a scheduler tick.
    if ((await realpath(location.dir)) !== location.dir || !isInsideOrRoot(root, location.dir)) throw swapped(id);
    const now = await readOnDisk(location.path, id);
    checkExpectation(now, expectation, id);
    const last = lstatSync(location.path, { bigint: true, throwIfNoEntry: false }) ?? null;
    if (last?.isSymbolicLink()) throw swapped(id);
    if (expectation.kind !== 'any' && ((last === null) !== (now === null) || (last !== null && now !== null && !sameFile(last, now.stats)))) {
      throw changedDuringSave(id);
    }
    if (now === null && expectation.kind !== 'any') placeNewFile(tempPath, location.path, id);
    else renameSync(tempPath, location.path);
    placed = true;
  } finally {
    tempFilesInUse.delete(tempPath);
    if (!placed) await unlink(tempPath).catch(() => {});
  }
  await syncFolder(location.dir);
}

const changedDuringSave = (id: string) => new ApiFailure('CONFLICT', `“${id}” was changed on disk while saving; nothing was overwritten.`);

/**
 * The real path of an open file. Linux names it in /proc without any path lookup an attacker
 * could race; elsewhere the path is resolved and must lead to this very file (same inode).
 */
async function realLocationOf(handle: FileHandle, openedAs: string): Promise<string | null> {
  if (process.platform === 'linux') {
    const viaProc = await readlink(`/proc/self/fd/${handle.fd}`).catch(() => null);
    if (viaProc !== null && viaProc.startsWith('/')) return viaProc;
  }
  const resolved = await realpath(openedAs).catch(() => null);
  if (resolved === null) return null;
  const [mine, there] = await Promise.all([handle.stat({ bigint: true }), lstat(resolved, { bigint: true }).catch(() => null)]);
  return there !== null && there.ino === mine.ino && there.dev === mine.dev ? resolved : null;
}

/** Puts a new file in place only if the name is still free: link() fails instead of replacing. */
function placeNewFile(tempPath: string, target: string, id: string): void {
  try {
    linkSync(tempPath, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ApiFailure('EXISTS', `“${id}” already exists.`);
    // Some file systems (FAT, exFAT, some network shares) have no hard links: check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (lstatSync(target, { throwIfNoEntry: false }) !== undefined) throw new ApiFailure('EXISTS', `“${id}” already exists.`);
    renameSync(tempPath, target);
    return;
  }
  unlinkSync(tempPath);
}

/** Makes the rename itself durable; folders cannot be opened for fsync on Windows. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, constants.O_RDONLY).catch(() => null);
  if (handle === null) return;
  await handle.sync().catch(() => {});
  await handle.close();
}
