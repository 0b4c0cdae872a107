import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import type { PostId } from '../../../shared/api/types';
import { isPostFileName } from '../../../shared/posts/post-file';
import { isMissing } from './fs-errors';

/**
 * Post ids are paths relative to the open folder with `/` as their only separator, on every OS,
 * and they round-trip exactly: the id a listing gives is the file a read or save touches. On
 * Linux and macOS a backslash is an ordinary file-name character (`a\b.md` is one file), so it is
 * never read as a separator there; on Windows both slashes separate, as the OS itself does.
 */
export const toPostId = (root: string, absolutePath: string): PostId => relative(root, absolutePath).split(sep).join('/');

const isInside = (root: string, candidate: string): boolean => {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

export const isInsideOrRoot = (root: string, candidate: string): boolean => candidate === root || isInside(root, candidate);

const outside = (id: string, how = 'is outside the open folder') =>
  new ApiFailure('OUTSIDE_FOLDER', `“${id}” ${how}; Postwright only touches files inside it.`);

/**
 * The id's path segments, or a failure saying why the id names no post inside the folder.
 * Anything that would leave the folder on *any* OS is refused everywhere (a leading slash or
 * backslash, a drive letter, a `..` between either kind of slash), so an id never means one file
 * here and a file outside on Windows. A real file whose name looks like that (`..\x.md` on
 * Linux) cannot be named safely: the listing shows it as skipped, with this reason.
 */
export function postIdSegments(id: unknown, platform: NodeJS.Platform = process.platform): string[] {
  if (typeof id !== 'string' || id.trim() === '' || id.includes('\0')) {
    throw new ApiFailure('INVALID', 'A post must be named by a path inside the open folder.');
  }
  if (/^[\\/]/.test(id) || /^[a-zA-Z]:/.test(id) || id.split(/[\\/]/).includes('..')) throw outside(id);
  const segments = id.split(platform === 'win32' ? /[\\/]/ : '/');
  if (segments.some((segment) => segment === '' || segment === '.')) {
    throw new ApiFailure('INVALID', `“${id}” is not a post path (empty or “.” parts).`);
  }
  if (id.includes('\uFFFD')) {
    throw new ApiFailure('INVALID', `“${id}” has a file name that is not valid UTF-8, so Postwright cannot name it safely. Rename the file.`);
  }
  return segments;
}

/**
 * Why a file found on disk cannot be offered as a post (its name does not round-trip as an id),
 * or null when it can.
 */
export function unrepresentableReason(id: PostId): string | null {
  try {
    postIdSegments(id);
    return null;
  } catch (error) {
    return error instanceof ApiFailure ? error.message : String(error);
  }
}

/** Where a post really is: a real folder inside the open folder, and the file's name in it. */
export interface PostLocation {
  /** The real path of the folder holding the file: inside the open folder, no symlink in it. */
  readonly dir: string;
  readonly name: string;
  /** `dir` + `name`. A symlinked post resolves to its (confined) target, so this is never a link. */
  readonly path: string;
}

/**
 * Resolves a post id to its real location, certainly inside the open folder: `..`, absolute
 * paths, drive letters, and symlinks (of the file or of any folder on the way) that lead outside
 * are refused. `root` must already be a real path. Writers re-check this just before they write
 * (atomic-write.ts), because a link can be swapped in after this returns.
 */
export async function locatePost(root: string, id: unknown): Promise<PostLocation> {
  const segments = postIdSegments(id);
  const shown = id as string;
  const target = resolve(root, ...segments);
  if (!isInside(root, target)) throw outside(shown);
  if (!isPostFileName(target)) throw new ApiFailure('NOT_A_POST', `“${shown}” is not a Markdown post (.md or .markdown).`);
  const dir = await realpath(dirname(target)).catch((error: unknown) => {
    if (isMissing(error)) throw new ApiFailure('NOT_FOUND', `The folder of “${shown}” does not exist.`);
    throw error;
  });
  if (!isInsideOrRoot(root, dir)) throw outside(shown, 'is in a folder that links outside the open folder');
  const path = join(dir, basename(target));
  const info = await lstat(path).catch((error: unknown) => (isMissing(error) ? null : Promise.reject(error)));
  if (info?.isSymbolicLink()) {
    const real = await realpath(path).catch(() => null);
    if (real === null || !isInside(root, real)) throw outside(shown, 'links to a file outside the open folder');
    return { dir: dirname(real), name: basename(real), path: real };
  }
  return { dir, name: basename(path), path };
}

/** The absolute path of a post inside the open folder (see locatePost). */
export const resolvePostPath = async (root: string, id: unknown): Promise<string> => (await locatePost(root, id)).path;
