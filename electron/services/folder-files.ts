import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Which files of the open folder a page may load as images, and the path rules that keep a URL
 * inside a root. One module for both ways the app serves a folder's images: Electron's app://
 * protocol (electron/main/protocol-files.ts) and the serve host's token-guarded `/_folder/` route.
 */

/** Image types a post may show, by extension. SVG is served with a CSP that stops its scripts. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
};

/** An image is never a document: no scripts (an SVG's), no plugins, no embedding of anything. */
export const FOLDER_IMAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export { FOLDER_IMAGES_PATH } from '../../shared/posts/folder-image-url';

export type FolderFileTarget =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string; readonly source: 'renderer' | 'folder' }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string };

export const refused = (status: 400 | 403 | 404, reason: string): FolderFileTarget => ({ kind: 'refused', status, reason });

/**
 * The URL's path as segments relative to a root, or null when it tries to leave it: `..` (also
 * %2e%2e and %2F-smuggled), a NUL, a backslash (a Windows separator), a drive letter or a UNC path.
 */
export function safeSegments(encodedPath: string): string[] | null {
  const segments: string[] = [];
  for (const raw of encodedPath.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[\0\\/:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/** True when `path` is `root` or inside it (both absolute and already resolved). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * An image inside the open folder. The lexical check stops `..`; realpath on both sides stops a
 * symlink (or a Windows junction) inside the folder that leads out of it. Only image types, only
 * regular files: a post cannot make the app hand out `.ssh/id_rsa` or a folder listing.
 */
export async function resolveFolderImage(folder: string, encodedPath: string): Promise<FolderFileTarget> {
  const segments = safeSegments(encodedPath);
  if (segments === null || segments.length === 0) return refused(400, 'bad path');
  const mimeType = IMAGE_TYPES[extname(segments.at(-1)!).toLowerCase()];
  if (mimeType === undefined) return refused(403, 'not an image');
  const root = resolve(folder);
  const candidate = resolve(root, ...segments);
  if (!isInside(root, candidate)) return refused(403, 'outside the folder');
  let realRoot: string;
  let realCandidate: string;
  try {
    [realRoot, realCandidate] = await Promise.all([realpath(root), realpath(candidate)]);
  } catch {
    return refused(404, 'no such file');
  }
  if (!isInside(realRoot, realCandidate)) return refused(403, 'leads outside the folder');
  // The type comes from the name the link used; the file it resolves to must be an image too.
  if (IMAGE_TYPES[extname(realCandidate).toLowerCase()] === undefined) return refused(403, 'not an image');
  try {
    if (!(await stat(realCandidate)).isFile()) return refused(404, 'not a file');
  } catch {
    return refused(404, 'no such file');
  }
  return { kind: 'file', path: realCandidate, mimeType, source: 'folder' };
}
