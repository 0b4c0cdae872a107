import type { SiteModel, SitePost } from './site-model';

/** Pretty: `/slug/index.html` linked as `slug/`. Flat: `/slug.html`. */
export type UrlStyle = 'pretty' | 'flat';

/** Output files, relative to the output folder with `/`. */
export const sitePaths = {
  index: 'index.html',
  tagsIndex: (style: UrlStyle) => (style === 'pretty' ? 'tags/index.html' : 'tags.html'),
  post: (post: Pick<SitePost, 'slug'>, style: UrlStyle) => (style === 'pretty' ? `${post.slug}/index.html` : `${post.slug}.html`),
  tag: (slug: string, style: UrlStyle) => (style === 'pretty' ? `tags/${slug}/index.html` : `tags/${slug}.html`),
  media: (id: string) => `media/${id}`,
  rss: 'rss.xml',
  atom: 'atom.xml',
  sitemap: 'sitemap.xml',
} as const;

/** The address a file is linked by: pretty pages drop their `index.html`. */
export function urlOf(file: string, style: UrlStyle): string {
  return style === 'pretty' && (file === 'index.html' || file.endsWith('/index.html')) ? file.slice(0, -'index.html'.length) : file;
}

/** A relative link from the page at `fromFile` to `toUrl` (both relative to the output folder). */
export function relativeUrl(fromFile: string, toUrl: string): string {
  const depth = fromFile.split('/').length - 1;
  const up = '../'.repeat(depth);
  return `${up}${toUrl}` || './';
}

/** An absolute URL for one of the site's own paths (no `..`), under the base URL (ending in `/`). */
export function absoluteUrl(baseUrl: string, url: string): string {
  return `${baseUrl}${url}`;
}

/** `a/b/../c.md` → `a/c.md`; null when it climbs out of the folder. */
export function normalizeId(path: string): string | null {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}

const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|ico)$/i;

/** What a post links to, as the export resolves it: other posts and images beside it. */
export interface PostLinkResolver {
  resolveLink(href: string): string | null;
  resolveImage(src: string): string | null;
}

/**
 * Resolves a post's relative links for its exported page: `other.md#part` → the other post's page;
 * `img/a.png` → the copy under `media/`, recorded in `images` (ids relative to the posts folder)
 * so only images a published post uses are copied. Absolute URLs and in-page anchors are left alone.
 */
export function postLinkResolver(model: SiteModel, post: SitePost, style: UrlStyle, images: Set<string>): PostLinkResolver {
  const pageFile = sitePaths.post(post, style);
  const dir = post.id.includes('/') ? post.id.slice(0, post.id.lastIndexOf('/') + 1) : '';
  const local = (url: string): { id: string; rest: string } | null => {
    if (url === '' || url.startsWith('#') || url.startsWith('/') || url.startsWith('\\') || /^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
    const cut = url.search(/[?#]/);
    const path = cut >= 0 ? url.slice(0, cut) : url;
    let decoded: string;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return null;
    }
    const id = normalizeId(dir + decoded);
    return id === null ? null : { id, rest: cut >= 0 ? url.slice(cut) : '' };
  };
  return {
    resolveLink(href) {
      const target = local(href);
      if (!target) return null;
      const other = model.byId.get(target.id);
      if (other) return relativeUrl(pageFile, urlOf(sitePaths.post(other, style), style)) + target.rest.replace(/^\?[^#]*/, '');
      if (IMAGE_FILE.test(target.id)) {
        images.add(target.id);
        return relativeUrl(pageFile, encodePath(sitePaths.media(target.id)));
      }
      return null;
    },
    resolveImage(src) {
      const target = local(src);
      if (!target || !IMAGE_FILE.test(target.id)) return null;
      images.add(target.id);
      return relativeUrl(pageFile, encodePath(sitePaths.media(target.id)));
    },
  };
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
