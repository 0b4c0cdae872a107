import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { isPostFileName } from '../../../shared/posts/post-file';

/**
 * Folders that never hold posts: dependencies, version control, and the output folders of the
 * static site generators (Jekyll `_site`, Hugo `public` and `resources/_gen`, Astro/Vite `dist`,
 * Eleventy `_site`, Hexo `public`), which are full of copies. Hidden folders are skipped too.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', '_site', 'public', 'dist', 'out', 'build', '_gen', 'vendor', 'bower_components']);

/** A folder that never holds posts: hidden, a dependency or a generator's output. */
export const isSkippedFolderName = (name: string): boolean => name.startsWith('.') || SKIPPED_FOLDERS.has(name);

/** Longest stretch of synchronous scanning before the event loop gets a turn. */
const YIELD_EVERY_MS = 25;

export interface ScannedFile {
  readonly path: string;
  readonly size: number;
  readonly modifiedMs: number;
}

/**
 * Every Markdown file under `root` (a real path), in a stable order (folder by folder, as each
 * readdir lists). Symlinked folders are not followed (they can loop or lead outside); a symlinked
 * file is kept only when its target is inside `root`.
 *
 * Synchronous calls, with a turn of the event loop every YIELD_EVERY_MS: readdir and stat of
 * files the page cache holds take microseconds, and going through the thread pool with a promise
 * per file cost several times that (the team's toolchain notes measured the same for reads).
 */
export async function scanFolder(root: string): Promise<ScannedFile[]> {
  const found: ScannedFile[] = [];
  const pending: string[] = [root];
  let lastYield = performance.now();
  while (pending.length > 0) {
    if (performance.now() - lastYield > YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = performance.now();
    }
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      continue; // an unreadable subfolder should not hide the rest of the blog
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedFolderName(entry.name)) pending.push(path);
        continue;
      }
      if (!isPostFileName(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) continue;
      try {
        if (entry.isSymbolicLink()) {
          const target = realpathSync.native(path);
          const rel = relative(root, target);
          if (rel.startsWith('..') || isAbsolute(rel)) continue;
        }
        // Vanished between readdir and stat, or a broken link: not a post.
        const info = statSync(path, { throwIfNoEntry: false });
        if (info?.isFile()) found.push({ path, size: info.size, modifiedMs: info.mtimeMs });
      } catch {
        // a link that cannot be resolved: not a post
      }
    }
  }
  return found;
}
