/** Where a page asks for the open folder's images: `/_folder/<path in the folder>`, on either host. */
export const FOLDER_IMAGES_PATH = '/_folder/';

/** Where a site serves its static files from (the open folder's site profile, shared/api SiteInfo). */
export interface StaticRoot {
  /** Folder-relative: Hugo `static`, Astro/Eleventy `public`, Hexo `source`, Jekyll `''`. */
  readonly folder: string;
  /** The URL path it is served under, usually `/`. */
  readonly urlRoot: string;
}

/**
 * The URL the preview loads a post's image from, for an `src` written in the post: a relative
 * path resolves against the post's folder (Hugo page bundles, images beside the post), a root
 * path (`/images/x.png`) against the site's static root (`static/images/x.png` in Hugo), or the
 * folder itself when the site has none. Web addresses and inline data stay as they are (null); a
 * path that climbs out of the folder resolves to nothing ('').
 */
export function folderImageUrl(src: string, postPath: string, staticRoot: StaticRoot | null = null): string | null {
  const value = src.trim();
  if (value === '' || value.startsWith('//') || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  const path = value.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: the path as written.
  }
  let target = decoded;
  let base = postPath.includes('/') ? postPath.slice(0, postPath.lastIndexOf('/')) : '';
  if (decoded.startsWith('/')) {
    const urlRoot = staticRoot?.urlRoot.replace(/\/?$/, '/') ?? '/';
    const underRoot = staticRoot !== null && decoded.startsWith(urlRoot);
    base = underRoot ? staticRoot.folder : '';
    target = underRoot ? decoded.slice(urlRoot.length) : decoded;
  }
  const parts: string[] = [];
  for (const part of `${base}/${target}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return '';
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? '' : FOLDER_IMAGES_PATH + parts.map(encodeURIComponent).join('/');
}
