import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
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

export interface ScannedFile {
  readonly path: string;
  readonly size: number;
  readonly modifiedMs: number;
}

/**
 * Every Markdown file under `root` (a real path). Symlinked folders are not followed (they can
 * loop or lead outside); a symlinked file is kept only when its target is inside `root`.
 */
export async function scanFolder(root: string): Promise<ScannedFile[]> {
  const found: ScannedFile[] = [];
  const pending: string[] = [root];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      continue; // an unreadable subfolder should not hide the rest of the blog
    }
    await Promise.all(
      entries.map(async (entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!isSkippedFolderName(entry.name)) pending.push(path);
          return;
        }
        if (!isPostFileName(entry.name) || !(entry.isFile() || entry.isSymbolicLink())) return;
        try {
          if (entry.isSymbolicLink()) {
            const target = await realpath(path);
            const rel = relative(root, target);
            if (rel.startsWith('..') || isAbsolute(rel)) return;
          }
          const info = await stat(path);
          if (info.isFile()) found.push({ path, size: info.size, modifiedMs: info.mtimeMs });
        } catch {
          // vanished between readdir and stat, or a broken link: not a post
        }
      }),
    );
  }
  return found;
}
