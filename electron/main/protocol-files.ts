import { extname, join, resolve } from 'node:path';
import { FOLDER_IMAGES_PATH, IMAGE_TYPES, isInside, refused, resolveFolderImage, safeSegments, type FolderFileTarget } from '../services/folder-files';

// The confinement rules live in services/folder-files.ts, shared with the serve host's image route.
export { IMAGE_TYPES, isInside, resolveFolderImage, safeSegments };

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
export const FOLDER_PREFIX = FOLDER_IMAGES_PATH;

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

export type ProtocolTarget = FolderFileTarget;

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
