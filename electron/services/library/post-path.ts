import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import type { PostId } from '../../../shared/api/types';
import { isPostFileName } from '../../../shared/posts/post-file';
import { isMissing } from './fs-errors';

/** `posts/a.md` from an absolute path inside root (always forward slashes, on every OS). */
export const toPostId = (root: string, absolutePath: string): PostId => relative(root, absolutePath).split(sep).join('/');

const isInside = (root: string, candidate: string): boolean => {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/**
 * Resolves a post id to an absolute path that is certainly inside the open folder: ids are
 * relative with forward slashes; `..`, absolute paths, drive letters and symlinks that lead
 * outside are refused. `root` must already be a real path (no symlinks in it).
 */
export async function resolvePostPath(root: string, id: unknown): Promise<string> {
  if (typeof id !== 'string' || id.trim() === '' || id.includes('\0')) {
    throw new ApiFailure('INVALID', 'A post must be named by a path inside the open folder.');
  }
  const segments = id.split(/[\\/]/);
  if (isAbsolute(id) || /^[a-zA-Z]:/.test(id) || id.startsWith('/') || id.startsWith('\\') || segments.includes('..')) {
    throw new ApiFailure('OUTSIDE_FOLDER', `“${id}” is outside the open folder; Postwright only touches files inside it.`);
  }
  const target = resolve(root, ...segments);
  if (!isInside(root, target)) {
    throw new ApiFailure('OUTSIDE_FOLDER', `“${id}” is outside the open folder; Postwright only touches files inside it.`);
  }
  if (!isPostFileName(target)) {
    throw new ApiFailure('NOT_A_POST', `“${id}” is not a Markdown post (.md or .markdown).`);
  }
  // Symlinks: the real location of the file (or, for a new file, of its folder) must stay inside.
  const real = await realpath(target).catch(async (error: unknown) => {
    if (!isMissing(error)) throw error;
    const parent = await realpath(dirname(target)).catch(() => null);
    return parent === null ? null : resolve(parent, target.slice(dirname(target).length + 1));
  });
  if (real !== null && !isInside(root, real)) {
    throw new ApiFailure('OUTSIDE_FOLDER', `“${id}” links to a file outside the open folder; Postwright only touches files inside it.`);
  }
  return target;
}
