import type { SiteInfo } from '../api/types';
import { slugify } from './slug';

/**
 * Where a pasted or dropped image goes in the site, and the URL the post links it by, so it shows
 * both in the published site and in the preview (shared/posts/folder-image-url.ts resolves the
 * same URL against the same static root).
 *
 * - Hugo, a post that is `index.md` in its own folder (a page bundle): beside the post, relative URL.
 * - Hugo otherwise: `static/images/`, URL `/images/…`; Jekyll `assets/images/` (`/assets/images/…`);
 *   Hexo `source/images/`; Astro and Eleventy `public/images/` (`/images/…`).
 * - A plain folder (or a site without a known static root): `<post name>-assets/` beside the post,
 *   relative URL, as Typora and Obsidian do.
 */
export interface ImagePlacement {
  /** Folder-relative, `/`-separated, '' for the folder itself. */
  readonly folder: string;
  /** The URL of the folder in the post: ends with `/`, or is '' (beside the post). */
  readonly urlPrefix: string;
}

const PAGE_BUNDLE_INDEX = /^index\.(md|markdown)$/i;

const dirOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
const baseOf = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const joinPath = (...parts: string[]): string => parts.filter((part) => part !== '').join('/');
const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

export function planImagePlacement(site: Pick<SiteInfo, 'generator' | 'assets'>, postId: string): ImagePlacement {
  const postDir = dirOf(postId);
  const postName = baseOf(postId);
  if (site.generator === 'hugo' && PAGE_BUNDLE_INDEX.test(postName) && postDir !== '') return { folder: postDir, urlPrefix: '' };
  if (site.generator !== 'plain' && site.assets !== null) {
    const sub = site.generator === 'jekyll' ? 'assets/images' : 'images';
    const urlRoot = site.assets.urlRoot.replace(/\/?$/, '/');
    return { folder: joinPath(site.assets.folder, sub), urlPrefix: `${urlRoot}${sub}/` };
  }
  const assetsFolder = `${postName.replace(/\.(md|markdown)$/i, '')}-assets`;
  return { folder: joinPath(postDir, assetsFolder), urlPrefix: `${encodePath(assetsFolder)}/` };
}

/** Names a clipboard gives a pasted image: saying nothing, they get a dated name instead. */
const GENERIC_NAMES = new Set(['', 'image', 'images', 'clipboard', 'pasted', 'untitled', 'blob']);

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The file name's stem for an image: the slug of its own name (lower-case ASCII, safe on every
 * OS), or `image-YYYYMMDD-HHMMSS` when the name says nothing.
 */
export function imageBaseName(fileName: string, now: Date): string {
  const stem = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
  const slug = slugify(stem).toLowerCase().slice(0, 60).replace(/-+$/, '');
  if (!GENERIC_NAMES.has(slug)) return slug;
  return `image-${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

/** The n-th name tried for an image (1: `base.ext`, 2: `base-2.ext`…): the host never overwrites. */
export const imageFileName = (base: string, extension: string, attempt: number): string => (attempt <= 1 ? `${base}.${extension}` : `${base}-${attempt}.${extension}`);

/** The URL written in the post for a file placed by `placement`. */
export const imageUrl = (placement: ImagePlacement, fileName: string): string => `${placement.urlPrefix}${encodeURIComponent(fileName)}`;

/** The alt text offered for an image: its file name in words (`my-cat_2.png` → `my cat 2`). */
export function defaultAltText(fileName: string): string {
  const words = fileName.replace(/\.[a-z0-9]{1,5}$/i, '').replace(/[-_.]+/g, ' ').trim();
  return GENERIC_NAMES.has(words.toLowerCase()) ? '' : words;
}

/** Markdown image syntax with the alt text escaped so it cannot close the brackets early. */
export function imageMarkdown(alt: string, url: string): string {
  const safeAlt = alt.replace(/[\r\n]+/g, ' ').replace(/([\\[\]])/g, '\\$1');
  const safeUrl = /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
  return `![${safeAlt}](${safeUrl})`;
}
