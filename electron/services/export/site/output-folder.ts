import { lstat, mkdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/** True when `child` is `parent` or inside it (both absolute, resolved). */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/** Why an output folder may not be used for a posts folder, or null when it may. */
export function refuseOutput(postsFolder: string, out: string): string | null {
  if (out === postsFolder) return 'The output folder is the posts folder: exported pages would mix with your posts. Choose another folder.';
  if (isInside(out, postsFolder)) return `The output folder “${out}” contains the posts folder: choose a folder outside it, such as a sibling.`;
  return null;
}

/**
 * Every write of a site export goes through here: a path is joined to the output folder, checked
 * to stay inside it, and its parent folders are created and checked by their real path, so
 * neither `../` in a name nor a symlinked folder in the output can put a file elsewhere.
 */
export class OutputFolder {
  private readonly checkedDirs = new Set<string>();

  private constructor(readonly root: string) {}

  static async open(path: string): Promise<OutputFolder> {
    await mkdir(path, { recursive: true });
    return new OutputFolder(await realpath(path));
  }

  /** The absolute path for `file` (relative, `/`), with its folder created and confined. */
  async prepare(file: string): Promise<string> {
    const target = join(this.root, ...file.split('/'));
    if (!isInside(this.root, target) || target === this.root) throw new Error(`“${file}” would be written outside the output folder; skipped.`);
    const dir = dirname(target);
    if (!this.checkedDirs.has(dir)) {
      // One level at a time, refusing links: `mkdir -p` would create folders through a link first.
      let current = this.root;
      for (const part of relative(this.root, dir).split(sep).filter(Boolean)) {
        current = join(current, part);
        const info = await lstat(current).catch(() => null);
        if (info === null) await mkdir(current).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
        else if (!info.isDirectory()) throw new Error(`“${file}” cannot be written: “${relative(this.root, current)}” in the output folder is a link or a file, not a folder; skipped.`);
      }
      if (!isInside(this.root, await realpath(dir))) throw new Error(`“${file}” is in a folder that links outside the output folder; skipped.`);
      this.checkedDirs.add(dir);
    }
    return target;
  }

  /** Whether something (file, folder or link) is at `file`. */
  async exists(file: string): Promise<boolean> {
    try {
      await lstat(join(this.root, ...file.split('/')));
      return true;
    } catch {
      return false;
    }
  }
}
