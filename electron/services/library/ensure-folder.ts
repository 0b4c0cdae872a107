import { mkdir, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import { isInsideOrRoot } from './post-path';

/**
 * Makes the site-relative `folder` (a new post's, e.g. `content/posts`) one level at a time, and
 * refuses when any level already there is a link leading outside the open folder.
 */
export async function ensureFolderInside(root: string, folder: string): Promise<void> {
  let current = root;
  for (const segment of folder.split('/').filter((part) => part !== '')) {
    if (segment === '..' || segment === '.') throw new ApiFailure('OUTSIDE_FOLDER', `“${folder}” is not a folder inside the open folder.`);
    const next = join(current, segment);
    await mkdir(next).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
    const real = await realpath(next);
    if (!isInsideOrRoot(root, real)) throw new ApiFailure('OUTSIDE_FOLDER', `“${folder}” links outside the open folder; Postwright only writes inside it.`);
    current = real;
  }
}
