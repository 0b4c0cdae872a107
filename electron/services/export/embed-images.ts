import { copyFile, mkdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { isInside } from './site/output-folder';

/** Only raster types the sanitizer itself lets through as data: URIs (remote-content.ts). */
const MIME: Readonly<Record<string, string>> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
};

/** One exported page should stay a page, not a disk image: larger images stay as links. */
const MAX_EMBEDDED_BYTES = 8 * 1024 * 1024;

/** An `<img src>` of the export that names a readable image file inside the posts folder. */
interface LocalImage {
  readonly path: string;
  readonly mime: string;
  readonly size: number;
}

/**
 * The local images an exported post shows: each `<img src>` naming an image beside the post
 * (inside the posts folder, never outside it through `../` or a link), by its src. The HTML is our
 * own sanitized output, whose attributes are always double-quoted, so the pattern sees every image
 * and nothing in text. Images that cannot be read are left out (their link stays, as the preview shows it).
 */
async function localImages(html: string, folder: string, postPath: string): Promise<Map<string, LocalImage>> {
  const found = new Map<string, LocalImage>();
  const root = await realpath(folder).catch(() => null);
  if (root === null) return found;
  const sources = new Set<string>();
  for (const match of html.matchAll(/<img [^>]*?src="([^"]*)"/g)) sources.add(match[1]!);
  for (const src of sources) {
    if (src === '' || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || src.startsWith('/')) continue;
    const mime = MIME[extname(src.split(/[?#]/)[0]!).toLowerCase()];
    if (!mime) continue;
    try {
      const path = await realpath(join(dirname(postPath), decodeURIComponent(src.split(/[?#]/)[0]!.replace(/&amp;/g, '&'))));
      if (!isInside(root, path)) continue;
      const info = await stat(path);
      if (info.isFile()) found.set(src, { path, mime, size: info.size });
    } catch {
      // missing or unreadable: the link stays
    }
  }
  return found;
}

function replaceImageSources(html: string, replacements: ReadonlyMap<string, string>): string {
  if (replacements.size === 0) return html;
  return html.replace(/(<img [^>]*?src=")([^"]*)"/g, (whole, head: string, src: string) => {
    const replacement = replacements.get(src);
    return replacement === undefined ? whole : `${head}${replacement}"`;
  });
}

/** Makes a single exported post self-contained: its local images become data: URIs. */
export async function embedLocalImages(html: string, folder: string, postPath: string): Promise<string> {
  const replacements = new Map<string, string>();
  for (const [src, image] of await localImages(html, folder, postPath)) {
    if (image.size > MAX_EMBEDDED_BYTES) continue;
    replacements.set(src, `data:${image.mime};base64,${(await readFile(image.path)).toString('base64')}`);
  }
  return replaceImageSources(html, replacements);
}

/**
 * The other choice for a single exported post: its local images are copied into a `<name>_files`
 * folder beside the HTML file (as browsers save a page) and the page links to them there. Names
 * that meet in that folder get a number. Returns the HTML and how many images were copied.
 */
export async function copyLocalImages(html: string, folder: string, postPath: string, htmlPath: string): Promise<{ html: string; copied: number }> {
  const images = await localImages(html, folder, postPath);
  if (images.size === 0) return { html, copied: 0 };
  const folderName = `${basename(htmlPath).replace(/\.html?$/i, '')}_files`;
  const target = join(dirname(htmlPath), folderName);
  await mkdir(target, { recursive: true });
  const replacements = new Map<string, string>();
  const taken = new Map<string, string>(); // file name in the folder → source path
  for (const [src, image] of images) {
    const ext = extname(image.path);
    const stem = basename(image.path, ext).replace(/[^\w.-]+/g, '-') || 'image';
    let name = `${stem}${ext.toLowerCase()}`;
    for (let n = 2; taken.has(name) && taken.get(name) !== image.path; n++) name = `${stem}-${n}${ext.toLowerCase()}`;
    if (!taken.has(name)) {
      taken.set(name, image.path);
      await copyFile(image.path, join(target, name));
    }
    replacements.set(src, `${encodeURIComponent(folderName)}/${encodeURIComponent(name)}`);
  }
  return { html: replaceImageSources(html, replacements), copied: taken.size };
}
