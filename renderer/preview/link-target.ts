/**
 * What a click on a link in the preview does, decided from its written `href`:
 * - `#section` scrolls the preview to that heading;
 * - a path to another post in the folder (`../other.md`, `/posts/other/`, `other/index.md`) opens it in the editor;
 * - http(s) and mailto open outside the app (the system browser, a mail client);
 * - anything else does nothing (there is no page to go to) but says where it points.
 */
export type LinkTarget =
  | { readonly kind: 'anchor'; readonly id: string }
  | { readonly kind: 'post'; readonly id: string }
  | { readonly kind: 'external'; readonly url: string }
  | { readonly kind: 'none'; readonly href: string };

export function resolveLinkTarget(href: string, currentPost: string, posts: readonly string[]): LinkTarget {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return { kind: 'anchor', id: decode(trimmed.slice(1)) };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https' || scheme === 'mailto') return { kind: 'external', url: trimmed };
  if (scheme !== undefined || trimmed.startsWith('//') || trimmed === '') return { kind: 'none', href: trimmed };
  const path = decode(trimmed.replace(/[?#].*$/, ''));
  const post = findPost(path, currentPost, posts);
  return post ? { kind: 'post', id: post } : { kind: 'none', href: trimmed };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a malformed escape: as written
  }
}

/** Folder-relative, `/`-separated, without `.` and `..` (null when it climbs out of the folder). */
function normalize(path: string): string | null {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** The name a post is published under: its file name without date prefix and extension, or its bundle folder. */
function slugOf(id: string): string {
  const parts = id.split('/');
  let name = parts[parts.length - 1]!.replace(/\.(md|markdown|mdx)$/i, '');
  if ((name === 'index' || name === '_index') && parts.length > 1) name = parts[parts.length - 2]!;
  return name.replace(/^\d{4}-\d{2}-\d{2}-/, '').toLowerCase();
}

function findPost(path: string, currentPost: string, posts: readonly string[]): string | null {
  const known = new Set(posts);
  const folders = ancestorFolders(currentPost);
  // A relative path from the post's folder first, then from each folder above it: Hugo's `ref`
  // paths are relative to the content folder, an ancestor of the post's own.
  const bases = path.startsWith('/') ? [normalize(path)] : folders.map((folder) => normalize(folder + path));
  for (const base of bases) {
    if (base === null) continue;
    const stem = base.replace(/\/$/, '');
    for (const candidate of [base, `${stem}.md`, `${stem}.markdown`, `${stem}/index.md`, `${stem}/_index.md`]) {
      if (known.has(candidate)) return candidate;
    }
  }
  // A site URL (`/posts/my-post/`, `/2024/05/01/my-post.html`, `trip/index.md`): the post published
  // under that name, if only one is.
  const stem = normalize(path)?.replace(/\/$/, '');
  if (!stem) return null;
  const last = slugOf(stem.replace(/\.html?$/i, ''));
  const matches = posts.filter((id) => slugOf(id) === last);
  return matches.length === 1 ? matches[0]! : null;
}

/** `a/b/post.md` → `['a/b/', 'a/', '']`. */
function ancestorFolders(id: string): string[] {
  const parts = id.split('/').slice(0, -1);
  return parts.map((_, index) => `${parts.slice(0, parts.length - index).join('/')}/`).concat('');
}
