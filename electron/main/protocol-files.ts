import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * What the app:// protocol may serve, decided without Electron so plain Node tests can attack it:
 * the built renderer's own files, and images from the open posts folder, nothing else. Why not
 * file://: a file:// page may read any file:// URL it names; a custom origin reaches only what
 * this module hands out, and gets a real origin for the CSP and the IPC sender check.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'postwright';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The renderer's page. */
export const APP_PAGE_URL = `${APP_ORIGIN}/index.html`;
/** Images of the open folder are served under this path: app://postwright/_folder/<path in the folder>. */
export const FOLDER_PREFIX = '/_folder/';

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

/** Types of the files electron-vite builds into out/renderer. */
const RENDERER_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  ...IMAGE_TYPES,
};

export type ProtocolTarget =
  | { readonly kind: 'file'; readonly path: string; readonly mimeType: string; readonly source: 'renderer' | 'folder' }
  | { readonly kind: 'refused'; readonly status: 400 | 403 | 404; readonly reason: string };

const refused = (status: 400 | 403 | 404, reason: string): ProtocolTarget => ({ kind: 'refused', status, reason });

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

export interface ProtocolRoots {
  /** out/renderer: the built page and its assets (inside app.asar when packaged); null under the dev server. */
  readonly rendererDir: string | null;
  /** The open posts folder, or null before one is open. */
  readonly folder: string | null;
}

/** Where a request for `url` should be answered from, or why it is refused. */
export async function resolveProtocolRequest(url: string, roots: ProtocolRoots): Promise<ProtocolTarget> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refused(400, 'not a URL');
  }
  // Chromium lower-cases a standard scheme's host; WHATWG URL in Node keeps a custom scheme's case.
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return refused(404, 'unknown host');
  if (parsed.pathname.startsWith(FOLDER_PREFIX)) {
    return roots.folder === null ? refused(404, 'no folder is open') : resolveFolderImage(roots.folder, parsed.pathname.slice(FOLDER_PREFIX.length));
  }
  return roots.rendererDir === null ? refused(404, 'the renderer comes from the dev server') : resolveRendererFile(roots.rendererDir, parsed.pathname);
}

/** A file of the built renderer; `/` is the page. Never follows the path out of rendererDir. */
export function resolveRendererFile(rendererDir: string, encodedPath: string): ProtocolTarget {
  const segments = safeSegments(encodedPath);
  if (segments === null) return refused(400, 'bad path');
  const path = segments.length === 0 ? join(rendererDir, 'index.html') : resolve(rendererDir, ...segments);
  if (!isInside(resolve(rendererDir), path)) return refused(403, 'outside the renderer');
  const mimeType = RENDERER_TYPES[extname(path).toLowerCase()];
  if (mimeType === undefined) return refused(403, 'not a renderer file type');
  // Existence is the handler's business (a 404 from reading it): app.asar is read through Electron's fs.
  return { kind: 'file', path, mimeType, source: 'renderer' };
}

/**
 * An image inside the open folder. The lexical check stops `..`; realpath on both sides stops a
 * symlink (or a Windows junction) inside the folder that leads out of it. Only image types, only
 * regular files: a post cannot make the app hand out `.ssh/id_rsa` or a folder listing.
 */
export async function resolveFolderImage(folder: string, encodedPath: string): Promise<ProtocolTarget> {
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
