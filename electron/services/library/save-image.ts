import { lstat, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import type { SaveImageRequest, SavedImage, SiteInfo } from '../../../shared/api/types';
import { IMAGE_EXTENSIONS, MAX_IMAGE_BYTES, sniffImageType } from '../../../shared/posts/image-types';
import { imageBaseName, imageFileName, imageUrl, planImagePlacement } from '../../../shared/posts/image-placement';
import { writePostAtomically } from './atomic-write';
import { ensureFolderInside } from './ensure-folder';
import { isMissing } from './fs-errors';
import { checkNewName } from './portable-names';
import { isInsideOrRoot, locatePost } from './post-path';

/** Names tried before giving up: `x.png`, `x-2.png` … `x-999.png`. */
const MAX_ATTEMPTS = 999;

/**
 * Copies a pasted or dropped image into the site (see shared/posts/image-placement.ts for where)
 * under a new name: never over an existing file, a link, or a case/NFC twin of one; written like a
 * new post (atomic-write.ts: an exclusive temp file in the real, confined folder, put in place by
 * link(), which fails rather than replace). The type is the bytes' own: a file that is not one of
 * the accepted images (an SVG, an HTML page named .png) is refused, whatever the page claimed.
 * `root` must be the open folder's real path.
 */
export async function saveImageFile(root: string, site: Pick<SiteInfo, 'generator' | 'assets'>, request: SaveImageRequest, now = new Date()): Promise<SavedImage> {
  const { bytes } = request;
  if (bytes.byteLength === 0) throw new ApiFailure('INVALID', 'The image is empty.');
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new ApiFailure('TOO_LARGE', `The image is over ${MAX_IMAGE_BYTES / 1024 / 1024} MB; make it smaller first.`);
  const type = sniffImageType(bytes);
  if (type === null) {
    throw new ApiFailure('INVALID', 'That is not a PNG, JPEG, GIF, WebP or AVIF image (SVG is not copied in: it can carry scripts).');
  }
  // The post must be a post of this folder: its place decides the image's.
  await locatePost(root, request.postId);
  const placement = planImagePlacement(site, request.postId);
  await ensureFolderInside(root, placement.folder);
  const dir = await realpath(join(root, ...placement.folder.split('/').filter(Boolean)));
  if (!isInsideOrRoot(root, dir)) throw new ApiFailure('OUTSIDE_FOLDER', `“${placement.folder}” links outside the open folder; Postwright only writes inside it.`);

  const base = imageBaseName(request.fileName, now);
  const extension = IMAGE_EXTENSIONS[type];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const name = imageFileName(base, extension, attempt);
    const path = join(dir, name);
    // Anything already there (a file, a folder, a dangling link) or a twin some OS would confuse
    // with it means the next name.
    if ((await lstat(path).then(() => true, (error: unknown) => (isMissing(error) ? false : Promise.reject(error))))) continue;
    if (!(await checkNewName(dir, name).then(() => true, () => false))) continue;
    const relativePath = placement.folder === '' ? name : `${placement.folder}/${name}`;
    try {
      await writePostAtomically(root, { dir, name, path }, bytes, { kind: 'absent' }, relativePath);
    } catch (error) {
      if (error instanceof ApiFailure && error.code === 'EXISTS') continue;
      throw error;
    }
    return { path: relativePath, url: imageUrl(placement, name) };
  }
  throw new ApiFailure('EXISTS', `Every name for “${base}.${extension}” is taken in “${placement.folder || 'the folder'}”.`);
}
