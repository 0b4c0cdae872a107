import { lstatSync, mkdirSync, realpathSync, rename, unlink, writeFile } from 'node:fs';
import { mkdir, realpath } from 'node:fs/promises';
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

/** A file's place in the output folder, its folder created and confined (`OutputFolder.prepare`). */
export interface PreparedTarget {
  readonly path: string;
  /** Its folder was created by this export: nothing (no file of the writer's) can be in it yet. */
  readonly inNewFolder: boolean;
}

/**
 * Every write of a site export goes through here: a path is joined to the output folder, checked
 * to stay inside it, and its parent folders are created and checked by their real path, so
 * neither `../` in a name nor a symlinked folder in the output can put a file elsewhere.
 *
 * Checks and folders are synchronous: each call takes microseconds on a local disk, while the
 * same call as a promise costs a thread-pool round trip and more main-thread time than the call
 * itself (the bench blog's 1,300 files spent ~400 ms of main-thread time in promise-based
 * lstat/mkdir/open/rename). The export loop yields between posts.
 */
export class OutputFolder {
  /** Folder → whether this export created it. */
  private readonly checkedDirs = new Map<string, boolean>();

  private constructor(readonly root: string) {}

  static async open(path: string): Promise<OutputFolder> {
    await mkdir(path, { recursive: true });
    return new OutputFolder(await realpath(path));
  }

  /** The absolute path for `file` (relative, `/`), with its folder created and confined. */
  prepare(file: string): PreparedTarget {
    const path = join(this.root, ...file.split('/'));
    if (!isInside(this.root, path) || path === this.root) throw new Error(`“${file}” would be written outside the output folder; skipped.`);
    const dir = dirname(path);
    let created = this.checkedDirs.get(dir);
    if (created === undefined) {
      created = false;
      // One level at a time, refusing links: `mkdir -p` would create folders through a link first.
      let current = this.root;
      for (const part of relative(this.root, dir).split(sep).filter(Boolean)) {
        current = join(current, part);
        const known = this.checkedDirs.get(current);
        if (known !== undefined) {
          created = known;
          continue;
        }
        const info = lstatSync(current, { throwIfNoEntry: false });
        if (info === undefined) {
          try {
            mkdirSync(current);
            created = true;
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
            created = false;
          }
        } else if (!info.isDirectory()) {
          throw new Error(`“${file}” cannot be written: “${relative(this.root, current)}” in the output folder is a link or a file, not a folder; skipped.`);
        } else {
          created = false;
        }
      }
      // A folder this export made, one level at a time under a checked one, cannot lead elsewhere.
      if (!created && !isInside(this.root, realpathSync.native(dir))) throw new Error(`“${file}” is in a folder that links outside the output folder; skipped.`);
      this.checkedDirs.set(dir, created);
    }
    return { path, inNewFolder: created };
  }

  /** Whether something (file, folder or link) is at `file`. */
  exists(file: string): boolean {
    return lstatSync(join(this.root, ...file.split('/')), { throwIfNoEntry: false }) !== undefined;
  }

  /**
   * Writes `content` to a prepared path atomically: a temp file beside it, then a rename, which
   * replaces a link at the target itself and never writes through it. A reader (or a crash)
   * never sees half a page. Asynchronous, through the callback API: replacing a file can wait on
   * the disk (ext4 flushes a file renamed over another; freeing the old blocks may discard), so
   * the thread pool waits instead of the export, and callbacks cost the main thread far less than
   * fs/promises' FileHandles.
   */
  writeAtomic(target: string, content: Buffer): Promise<void> {
    const temp = `${target}.postwright-${process.pid}.tmp`;
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => unlink(temp, () => reject(error));
      writeFile(temp, content, (writeError) => {
        if (writeError) return fail(writeError);
        rename(temp, target, (renameError) => (renameError ? fail(renameError) : resolve()));
      });
    });
  }
}
