import { basename, join } from 'node:path';
import { sortFolderData, type FolderData } from '../../../shared/site/folder-data';
import { SITE_FIELDS } from '../../../shared/site/site-kinds';
import { POST_FILE_EXTENSION } from '../../../shared/posts/post-file';
import { readSmallFile } from '../library/read-small-file';

/**
 * Eleventy's directory and template data files (https://www.11ty.dev/docs/data-template-dir/):
 * `blog/blog.11tydata.json` or `blog/blog.json` sets data for every post under `blog/`,
 * `blog/my-post.11tydata.json` or `blog/my-post.json` for `blog/my-post.md` alone. JSON ones are
 * read for the keys the list shows; JavaScript ones (`.11tydata.js`, what eleventy-base-blog
 * uses) are code Eleventy runs, so Postwright never runs them and says so once, in the site note.
 */

/** Names the walk collects as possible data files (which folder or post they belong to is decided here). */
export const isEleventyDataFileName = (name: string): boolean => name.endsWith('.json') || EXECUTABLE.test(name);

const DATA_FILE = /^(.+?)(?:\.11tydata)?\.(json|js|cjs|mjs)$/;
/** Plain `.js` beside posts is not data unless named `.11tydata.js`; plain `.json` is (Eleventy's '' suffix). */
const EXECUTABLE = /\.11tydata\.(?:js|cjs|mjs)$/;
const MAX_DATA_BYTES = 1024 * 1024;
const KEPT_KEYS = new Set([...SITE_FIELDS.eleventy.tags, 'draft', 'published']);

export interface SiteData {
  /** In cascade order (sortFolderData). */
  readonly folderData: readonly FolderData[];
  /** What the writer should know about data files Postwright could not use, or null. */
  readonly note: string | null;
  /** Changes whenever folderData does: summaries made under another stamp are stale. */
  readonly stamp: string;
}

export const NO_SITE_DATA: SiteData = { folderData: [], note: null, stamp: '' };

/**
 * The data files among `candidates` (site-relative paths the walk found), read. `postIds` decides
 * which `<name>.json` is a template data file (a post `<name>.md` beside it); a folder's own data
 * file is named after the folder (the site root's after the root folder itself).
 */
export function readSiteData(root: string, candidates: readonly string[], postIds: Iterable<string>): SiteData {
  if (candidates.length === 0) return NO_SITE_DATA;
  const postStems = new Set(Array.from(postIds, (id) => id.replace(POST_FILE_EXTENSION, '')));
  const folderData: FolderData[] = [];
  const executable: string[] = [];
  const unreadable: string[] = [];
  for (const id of candidates) {
    const slash = id.lastIndexOf('/');
    const folder = slash === -1 ? '' : id.slice(0, slash);
    const name = id.slice(slash + 1);
    const match = DATA_FILE.exec(name);
    if (match === null) continue;
    const stem = match[1]!;
    const isJson = match[2] === 'json';
    if (!isJson && !EXECUTABLE.test(name)) continue;
    const folderName = folder === '' ? basename(root) : folder.slice(folder.lastIndexOf('/') + 1);
    const templatePath = folder === '' ? stem : `${folder}/${stem}`;
    let entry: Omit<FolderData, 'data'> | null = null;
    if (stem === folderName) entry = { path: folder, scope: 'folder' };
    else if (postStems.has(templatePath)) entry = { path: templatePath, scope: 'template' };
    if (entry === null) continue;
    if (!isJson) {
      executable.push(id);
      continue;
    }
    const data = readJsonData(join(root, ...id.split('/')));
    if (data === null) unreadable.push(id);
    else if (Object.keys(data).length > 0) folderData.push({ ...entry, data });
  }
  const sorted = sortFolderData(folderData);
  const notes = [executableNote(executable.sort()), unreadableNote(unreadable.sort())].filter((note) => note !== null);
  return { folderData: sorted, note: notes.length === 0 ? null : notes.join(' '), stamp: sorted.length === 0 ? '' : JSON.stringify(sorted) };
}

/** The kept keys of a JSON data file, or null when it cannot be read as a JSON object. */
function readJsonData(path: string): Record<string, unknown> | null {
  const bytes = readSmallFile(path, MAX_DATA_BYTES);
  if (bytes === null) return null;
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parsed)) if (KEPT_KEYS.has(key)) kept[key] = value;
    return kept;
  } catch {
    return null;
  }
}

function executableNote(files: readonly string[]): string | null {
  if (files.length === 0) return null;
  if (files.length === 1) return `“${files[0]}” is code, which Postwright never runs: tags and drafts it sets are not shown.`;
  const named = `${files.slice(0, 3).map((file) => `“${file}”`).join(', ')}${files.length > 3 ? ', …' : ''}`;
  return `${files.length} data files are code, which Postwright never runs (${named}): tags and drafts they set are not shown.`;
}

function unreadableNote(files: readonly string[]): string | null {
  if (files.length === 0) return null;
  return `${files.map((file) => `“${file}”`).join(', ')} could not be read as JSON data, so tags and drafts set there are not shown.`;
}
