import { randomBytes } from 'node:crypto';
import { cp, link, lstat, mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import type { PostId, TrashReceipt } from '../../../shared/api/types';
import { writePostAtomically } from './atomic-write';
import { postFileWrites } from './keyed-queue';
import { locatePost, toPostId, type PostLocation } from './post-path';
import { checkNewName, collisionKey } from './portable-names';
import { isPostFileName } from '../../../shared/posts/post-file';

/**
 * Renaming, copying and trashing posts. Each goes through locatePost (confined to the open
 * folder, no link followed) and the per-file write queue, and none ever replaces a file.
 *
 * A Hugo page bundle (`posts/my-trip/index.md` with its images beside it) is one post made of a
 * folder: renaming, copying or trashing it acts on the folder, so its images go with it.
 */

/** Moves a file or folder to the OS trash (Electron's shell.trashItem); absent over HTTP. */
export type OsTrash = (path: string) => Promise<void>;

/** Where the HTTP host puts trashed posts: inside the site, hidden, so nothing leaves the folder. */
export const FOLDER_TRASH = '.postwright-trash';

/** A page bundle's post: `index.md` or Hugo's `_index.md`, with any post extension. */
const isBundleIndex = (name: string): boolean => /^_?index\.[^.]+$/i.test(name) && isPostFileName(name);
const JEKYLL_DATE = /^(\d{4}-\d{2}-\d{2}-)/;

interface Trashed {
  readonly root: string;
  readonly id: PostId;
  /** The original location to put it back at. */
  readonly path: string;
  /** Where it went in the folder trash, or null when the OS trash has it. */
  readonly trashPath: string | null;
  /** The file's bytes, kept to restore a post the OS trash took (it has no API to take it back). */
  readonly bytes: Buffer | null;
}

export class PostFileOps {
  private readonly trashed = new Map<string, Trashed>();

  constructor(private readonly osTrash: OsTrash | null) {}

  /**
   * Renames a post in its folder. `name` is the new file name; the extension and a Jekyll date
   * prefix are kept when the new name leaves them out. Returns the post's new id.
   */
  async rename(root: string, id: PostId, name: string): Promise<PostId> {
    const location = await locatePost(root, id);
    const bundle = isBundle(location);
    const subject = bundle ? location.dir : location.path;
    if (bundle && location.dir === root) throw new ApiFailure('INVALID', 'The site’s top-level index cannot be renamed.');
    // Checked as typed, before the extension is added back: `post.md.` would become `post.md..md`.
    if (typeof name === 'string' && /[. ]$/.test(name)) throw new ApiFailure('INVALID', `“${name}” ends with a dot or a space, which Windows drops. Choose another name.`);
    const newName = bundle ? bareName(name) : completeName(name, location.name);
    if (newName === '' || /[\\/]/.test(newName)) throw new ApiFailure('INVALID', 'A new name is a file name, without folders.');
    const parent = dirname(subject);
    const target = join(parent, newName);
    if (target === subject) return id;
    const caseOnly = collisionKey(basename(subject)) === collisionKey(newName);
    await checkNewName(parent, newName, caseOnly ? basename(subject) : undefined);
    await postFileWrites.run(location.path, () => moveExclusively(subject, target, caseOnly, newName));
    return toPostId(root, bundle ? join(target, location.name) : target);
  }

  /** Copies a post beside itself as `<name>-copy` (`-copy-2`…); returns the copy's id. */
  async duplicate(root: string, id: PostId): Promise<PostId> {
    const location = await locatePost(root, id);
    const bundle = isBundle(location);
    const subject = bundle ? location.dir : location.path;
    const ext = bundle ? '' : extname(location.name);
    const stem = basename(subject, ext);
    for (let n = 1; n < 1000; n++) {
      const candidate = `${stem}-copy${n === 1 ? '' : `-${n}`}${ext}`;
      const ok = await checkNewName(dirname(subject), candidate).then(() => true, () => false);
      if (!ok) continue;
      const target = join(dirname(subject), candidate);
      if (bundle) {
        await cp(subject, target, { recursive: true, errorOnExist: true, force: false, verbatimSymlinks: true });
        return toPostId(root, join(target, location.name));
      }
      const bytes = await readFile(location.path);
      const copy: PostLocation = { dir: location.dir, name: candidate, path: target };
      try {
        await postFileWrites.run(target, () => writePostAtomically(root, copy, bytes, { kind: 'absent' }, candidate));
      } catch (error) {
        if (error instanceof ApiFailure && error.code === 'EXISTS') continue;
        throw error;
      }
      return toPostId(root, target);
    }
    throw new ApiFailure('EXISTS', `“${id}” has too many copies already.`);
  }

  /** Moves a post to the OS trash, or over HTTP to the site's own `.postwright-trash/`. */
  async trash(root: string, id: PostId): Promise<TrashReceipt> {
    const location = await locatePost(root, id);
    const bundle = isBundle(location);
    if (bundle && location.dir === root) throw new ApiFailure('INVALID', 'The site’s top-level index cannot be moved to the trash.');
    const subject = bundle ? location.dir : location.path;
    const trashId = randomBytes(9).toString('base64url');
    return postFileWrites.run(location.path, async () => {
      if (this.osTrash !== null) {
        const bytes = bundle ? null : await readFile(subject);
        await this.osTrash(subject);
        this.trashed.set(trashId, { root, id, path: subject, trashPath: null, bytes });
        return { trashId, id, message: `Moved “${id}” to the Trash.` };
      }
      const bin = join(root, FOLDER_TRASH, `${new Date().toISOString().replace(/[:.]/g, '-')}-${trashId}`);
      await mkdir(bin, { recursive: true });
      const trashPath = join(bin, basename(subject));
      await rename(subject, trashPath);
      this.trashed.set(trashId, { root, id, path: subject, trashPath, bytes: null });
      return { trashId, id, message: `Moved “${id}” to ${FOLDER_TRASH}/ in the site folder (a browser cannot reach the system Trash).` };
    });
  }

  /** Puts a trashed post back where it was, never over a file that took its place. */
  async restore(root: string, trashId: string): Promise<PostId> {
    const entry = this.trashed.get(trashId);
    if (entry === undefined || entry.root !== root) throw new ApiFailure('NOT_FOUND', 'There is nothing to restore: the post was trashed in another session or folder.');
    await locatePost(root, entry.id).catch((error: unknown) => {
      // The post itself is gone (that is the point); only a path that left the folder is refused.
      if (error instanceof ApiFailure && error.code === 'OUTSIDE_FOLDER') throw error;
    });
    if ((await lstat(entry.path).catch(() => null)) !== null) throw new ApiFailure('EXISTS', `“${entry.id}” exists again; it was not replaced.`);
    if (entry.trashPath !== null) {
      await mkdir(dirname(entry.path), { recursive: true });
      await moveExclusively(entry.trashPath, entry.path, false, basename(entry.path));
    } else if (entry.bytes !== null) {
      const location: PostLocation = { dir: dirname(entry.path), name: basename(entry.path), path: entry.path };
      await mkdir(location.dir, { recursive: true });
      await postFileWrites.run(entry.path, () => writePostAtomically(root, location, entry.bytes!, { kind: 'absent' }, entry.id));
    } else {
      throw new ApiFailure('UNSUPPORTED', `“${entry.id}” is in the system Trash; restore it from there.`);
    }
    this.trashed.delete(trashId);
    return entry.id;
  }
}

const isBundle = (location: PostLocation): boolean => isBundleIndex(location.name);

const bareName = (name: string): string => name.trim();

/** The new name with the old extension and Jekyll date prefix when it leaves them out. */
function completeName(name: string, oldName: string): string {
  let next = name.trim();
  if (next === '') return '';
  if (!isPostFileName(next)) next += extname(oldName);
  const date = JEKYLL_DATE.exec(oldName)?.[1];
  if (date !== undefined && !JEKYLL_DATE.test(next)) next = date + next;
  return next;
}

/**
 * Moves `from` to `to` without ever replacing what is at `to`: link() + unlink() for files (link
 * fails if `to` exists); for folders, and for a change of case only (where link would find the
 * old name itself), a rename after the check.
 */
async function moveExclusively(from: string, to: string, caseOnly: boolean, shown: string): Promise<void> {
  const info = await lstat(from);
  if (info.isFile() && !caseOnly) {
    try {
      await link(from, to);
      await unlink(from);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new ApiFailure('EXISTS', `“${shown}” already exists.`);
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    }
  }
  if (!caseOnly && (await lstat(to).catch(() => null)) !== null) throw new ApiFailure('EXISTS', `“${shown}” already exists.`);
  await rename(from, to);
}
