import { randomBytes } from 'node:crypto';
import { lstat, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Temp files of atomic writes: `.<post name>.postwright-<12 hex>.tmp` beside the post. The dot
 * hides them from most tools, the suffix makes them recognisable (never listed as posts, never
 * mistaken for a writer's file), and the random part makes the name unguessable, so nobody can
 * plant a symlink at it in advance.
 */
const TEMP_PATTERN = /^\..+\.postwright-[0-9a-f]{12}\.tmp$/;

export const tempNameFor = (postName: string): string => `.${postName}.postwright-${randomBytes(6).toString('hex')}.tmp`;

export const isTempName = (name: string): boolean => TEMP_PATTERN.test(name);

/** Temp files this process is writing right now: a sweep must never take one of them. */
export const tempFilesInUse = new Set<string>();

/** A temp file older than this was left by a process killed mid-save. */
export const STALE_TEMP_MS = 60_000;

/**
 * Removes temp files left by a killed save in the given folders (each folder holding posts).
 * Only files matching the temp pattern, older than a minute, not written by this process, and
 * plain files (never a link, never a folder) are removed.
 */
export async function sweepStaleTempFiles(folders: Iterable<string>, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      if (!isTempName(name)) continue;
      const path = join(folder, name);
      if (tempFilesInUse.has(path)) continue;
      const info = await lstat(path).catch(() => null);
      if (info === null || !info.isFile() || now - info.mtimeMs < STALE_TEMP_MS) continue;
      await unlink(path).then(
        () => removed.push(path),
        () => {}, // gone already, or not ours to remove: leave it
      );
    }
  }
  return removed;
}
