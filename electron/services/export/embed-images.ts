import { readFile, realpath, stat } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
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

/**
 * Makes a single exported post self-contained: each `<img src>` naming an image beside the post
 * (inside the posts folder, never outside it through `../` or a link) becomes a data: URI. The
 * HTML is our own sanitized output, whose attributes are always double-quoted, so the pattern
 * sees every image and nothing in text. Images that cannot be read are left as they were.
 */
export async function embedLocalImages(html: string, folder: string, postPath: string): Promise<string> {
  const root = await realpath(folder).catch(() => null);
  if (root === null) return html;
  const sources = new Set<string>();
  for (const match of html.matchAll(/<img [^>]*?src="([^"]*)"/g)) sources.add(match[1]!);
  const replacements = new Map<string, string>();
  for (const src of sources) {
    if (src === '' || /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//') || src.startsWith('/')) continue;
    const mime = MIME[extname(src.split(/[?#]/)[0]!).toLowerCase()];
    if (!mime) continue;
    try {
      const path = await realpath(join(dirname(postPath), decodeURIComponent(src.split(/[?#]/)[0]!.replace(/&amp;/g, '&'))));
      if (!isInside(root, path)) continue;
      const info = await stat(path);
      if (!info.isFile() || info.size > MAX_EMBEDDED_BYTES) continue;
      replacements.set(src, `data:${mime};base64,${(await readFile(path)).toString('base64')}`);
    } catch {
      // missing or unreadable: the link stays, as the preview shows it
    }
  }
  if (replacements.size === 0) return html;
  return html.replace(/(<img [^>]*?src=")([^"]*)"/g, (whole, head: string, src: string) => {
    const data = replacements.get(src);
    return data === undefined ? whole : `${head}${data}"`;
  });
}
