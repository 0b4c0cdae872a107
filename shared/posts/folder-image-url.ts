/** Where a page asks for the open folder's images: `/_folder/<path in the folder>`, on either host. */
export const FOLDER_IMAGES_PATH = '/_folder/';

/**
 * The URL the preview loads a post's image from, for an `src` written in the post: a relative
 * path resolves against the post's folder, a root path (`/images/x.png`) against the site root,
 * which is the posts folder itself until site profiles name a static root (Hugo `static/`, Jekyll
 * the site, Hexo `source/`, Astro `public/`): pass it as `siteRoot`. Web addresses and inline
 * data stay as they are (null); a path that climbs out of the folder resolves to nothing ('').
 */
export function folderImageUrl(src: string, postPath: string, siteRoot = ''): string | null {
  const value = src.trim();
  if (value === '' || value.startsWith('//') || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  const path = value.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A malformed escape: the path as written.
  }
  const base = decoded.startsWith('/') ? siteRoot : postPath.includes('/') ? postPath.slice(0, postPath.lastIndexOf('/')) : '';
  const parts: string[] = [];
  for (const part of `${base}/${decoded}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return '';
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? '' : FOLDER_IMAGES_PATH + parts.map(encodeURIComponent).join('/');
}
