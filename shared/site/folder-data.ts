/**
 * Data a site keeps beside its posts rather than in them: Eleventy's directory data files
 * (`blog/blog.11tydata.json` for every post under `blog/`) and template data files
 * (`blog/my-post.11tydata.json` for `blog/my-post.md`). Only the keys the list shows are kept
 * (SITE_FIELDS tags, `draft`, `published`). Pure data, shared: the host lists with it and the page
 * reads unsaved edits with it the same way.
 */
export interface FolderData {
  /** Site-relative folder (`''` = the site root), or for a template data file the post's path without its extension. */
  readonly path: string;
  readonly scope: 'folder' | 'template';
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * The post's data as the generator sees it (Eleventy's data cascade): folder data from the
 * outermost folder in, then the post's template data, then its front matter; a later source's key
 * replaces an earlier one's, except list keys (tags), which Eleventy's deep merge concatenates.
 */
export function cascadeData(
  folderData: readonly FolderData[],
  id: string,
  frontMatter: Readonly<Record<string, unknown>>,
  listKeys: readonly string[],
  /** A list key's value as items (the generator's way of reading a `tags` string). */
  asList: (value: unknown) => unknown[],
): Readonly<Record<string, unknown>> {
  let merged: Record<string, unknown> | null = null;
  const withoutExtension = id.replace(/\.[^./]+$/, '');
  for (const entry of folderData) {
    const applies = entry.scope === 'template' ? entry.path === withoutExtension : entry.path === '' || id.startsWith(`${entry.path}/`);
    if (!applies) continue;
    merged ??= {};
    mergeInto(merged, entry.data, listKeys, asList);
  }
  if (merged === null) return frontMatter;
  mergeInto(merged, frontMatter, listKeys, asList);
  return merged;
}

function mergeInto(target: Record<string, unknown>, source: Readonly<Record<string, unknown>>, listKeys: readonly string[], asList: (value: unknown) => unknown[]): void {
  for (const key of Object.keys(source)) {
    const value = source[key];
    target[key] = listKeys.includes(key) && key in target ? [...asList(target[key]), ...asList(value)] : value;
  }
}

/** Folder data in cascade order (outermost folders first, template data last), so cascadeData can apply it in one pass. */
export function sortFolderData(entries: readonly FolderData[]): FolderData[] {
  const depth = (entry: FolderData) => (entry.scope === 'template' ? Number.MAX_SAFE_INTEGER : entry.path === '' ? 0 : entry.path.split('/').length);
  return [...entries].sort((a, b) => depth(a) - depth(b) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
