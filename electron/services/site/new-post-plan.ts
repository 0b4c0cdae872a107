import { stringify as stringifyYaml } from 'yaml';
import { stringify as stringifyToml, TomlDate } from 'smol-toml';
import type { PostId } from '../../../shared/api/types';
import { parseFrontMatter, type FrontMatterFormat } from '../../../shared/posts/front-matter';
import { SITE_FIELDS } from '../../../shared/site/site-kinds';
import type { SiteProfile } from './site-profile';

/** Where a new post goes and what it starts with. */
export interface NewPostPlan {
  readonly folder: string;
  /** Prefix of the file name (`2024-06-01-` for Jekyll), before the slug. */
  readonly namePrefix: string;
  readonly text: string;
}

export interface PlanInput {
  readonly profile: SiteProfile;
  readonly title: string;
  readonly now: Date;
  /** Listed post ids, newest first (the listing's order). */
  readonly posts: readonly PostId[];
  /** Reads a site-relative file's text, or null when absent/unreadable. */
  readonly readText: (relativePath: string) => string | null;
}

/**
 * The folder a new post belongs in: Jekyll's `_posts`, Hexo's `source/_posts`, Hugo's
 * `content/posts` (or the section holding most posts when there is no `posts`), and for Astro,
 * Eleventy and plain folders the folder that holds most posts. A page bundle (`slug/index.md`)
 * counts for the folder holding the bundle.
 */
export function newPostFolder(profile: SiteProfile, posts: readonly PostId[]): string {
  if (profile.generator === 'jekyll' || profile.generator === 'hexo') return profile.newPostFolder;
  const counts = new Map<string, number>();
  for (const id of posts) {
    if (id.includes('_drafts/') && /(?:^|\/)_drafts\//.test(id)) continue;
    const folder = postFolderOf(id);
    const key = profile.generator === 'hugo' || profile.generator === 'astro' ? topSection(profile.postFolders[0]!, folder) : folder;
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (profile.generator === 'hugo' && counts.has(profile.newPostFolder)) return profile.newPostFolder;
  let best: string | null = null;
  for (const [folder, count] of counts) if (best === null || count > counts.get(best)!) best = folder;
  return best ?? profile.newPostFolder;
}

/** `content/posts/2024/x.md` → `content/posts`: the first folder under the content root. */
function topSection(contentRoot: string, folder: string): string | null {
  if (!folder.startsWith(`${contentRoot}/`)) return null;
  const section = folder.slice(contentRoot.length + 1).split('/')[0]!;
  return `${contentRoot}/${section}`;
}

/** The folder a post lives in; a bundle's `index.md` lives in the folder holding the bundle. */
export function postFolderOf(id: PostId): string {
  // Slices, not split and join: this runs for every post of every listing (bench/).
  const slash = id.lastIndexOf('/');
  if (slash === -1) return '';
  const folder = id.slice(0, slash);
  return BUNDLE_INDEX.test(id.slice(slash + 1)) ? folder.slice(0, Math.max(0, folder.lastIndexOf('/'))) : folder;
}

const BUNDLE_INDEX = /^(?:index|_index)\.(?:md|markdown)$/i;

/**
 * The new post's folder, name prefix and text: from the generator's template for new content when
 * the site has one (Hugo archetype, Hexo scaffold) and it uses only placeholders we can fill
 * safely; else in the format and with the keys of the newest post in that folder; else the
 * generator's starter defaults.
 */
export function planNewPost({ profile, title, now, posts, readText }: PlanInput): NewPostPlan {
  const folder = newPostFolder(profile, posts);
  const namePrefix = profile.datedFileNames ? `${localDate(now)}-` : '';
  for (const template of profile.templates(folder)) {
    const source = readText(template);
    if (source === null) continue;
    const filled = fillTemplate(source, title, now, profile.generator === 'hexo' ? 'hexo' : 'hugo');
    if (filled !== null) return { folder, namePrefix, text: filled };
  }
  const sibling = posts.find((id) => postFolderOf(id) === folder);
  const siblingText = sibling === undefined ? null : readText(sibling);
  const fromSibling = siblingText === null ? null : textLikeSibling(siblingText, title, now, profile);
  return { folder, namePrefix, text: fromSibling ?? defaultText(profile, title, now) };
}

/** Front matter in the sibling's format, with its keys: title and date set, lists and strings emptied. */
function textLikeSibling(sibling: string, title: string, now: Date, profile: SiteProfile): string | null {
  const fm = parseFrontMatter(sibling);
  if (fm.format === null || fm.format === 'executable' || fm.error !== null) return null;
  const fields = SITE_FIELDS[profile.generator];
  const data: Record<string, unknown> = {};
  let hasTitle = false;
  let hasDate = false;
  for (const [key, value] of Object.entries(fm.data)) {
    if (fields.title.includes(key) && !hasTitle) {
      data[key] = title;
      hasTitle = true;
    } else if (fields.date.includes(key) && !hasDate) {
      data[key] = dateLike(value, now, fm.format);
      hasDate = true;
    } else if (['layout', 'type', 'author', 'lang', 'language', 'comments'].includes(key)) data[key] = value;
    else if (typeof value === 'boolean') data[key] = key === 'draft' ? profile.generator === 'hugo' || value : value;
    else if (Array.isArray(value)) data[key] = [];
    else if (typeof value === 'string') data[key] = '';
  }
  if (!hasTitle) data.title = title;
  if (!hasDate) data[fields.date[0]!] = dateLike('2000-01-01', now, fm.format);
  return serialize(fm.format, data);
}

function serialize(format: Exclude<FrontMatterFormat, 'executable'>, data: Record<string, unknown>): string {
  if (format === 'toml') return `+++\n${stringifyToml(data)}\n+++\n\n`;
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n\n`;
  return `---\n${stringifyYaml(data, { lineWidth: 0 })}---\n\n`;
}

/** Now, written the way the sibling wrote its date: a day, Jekyll's `2024-06-01 10:00:00 +0200`, or ISO. */
function dateLike(example: unknown, now: Date, format: FrontMatterFormat): unknown {
  const written = example instanceof Date ? example.toISOString() : String(example);
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) return format === 'toml' ? new TomlDate(localDate(now)) : localDate(now);
  if (/^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(:\d{2})? ?[+-]\d{2}:?\d{2}$/.test(written)) return jekyllDateTime(now);
  return format === 'toml' ? new TomlDate(isoLocal(now)) : isoLocal(now);
}

function defaultText(profile: SiteProfile, title: string, now: Date): string {
  switch (profile.generator) {
    case 'jekyll':
      return serialize('yaml', { layout: 'post', title, date: jekyllDateTime(now) });
    case 'hugo':
      return serialize('toml', { title, date: new TomlDate(isoLocal(now)), draft: true });
    case 'hexo':
      return serialize('yaml', { title, date: hexoDateTime(now), tags: [] });
    case 'astro':
      return serialize('yaml', { title, description: '', pubDate: localDate(now) });
    case 'eleventy':
      return serialize('yaml', { title, description: '', date: localDate(now), tags: [] });
    case 'plain':
      return serialize('yaml', { title, date: localDate(now) });
  }
}

const HUGO_TITLE = /^(?:\.Title|\.Name|\.File\.ContentBaseName|replace \.(?:File\.ContentBaseName|Name) "-" " " \| title|\.(?:File\.ContentBaseName|Name) \| humanize \| title)$/;
const HUGO_DATE = /^\.Date$/;

/**
 * Fills a Hugo archetype or Hexo scaffold: the title and date placeholders their starters use
 * (`{{ replace .File.ContentBaseName "-" " " | title }}`, `{{ .Date }}`, `{{ title }}`,
 * `{{ date }}`). Hugo runs archetypes as Go templates; we do not run templates, so one with any
 * other action gives null and the caller falls back. A placeholder inside quotes is replaced with
 * the quotes, by a properly escaped string, so a title with quotes cannot break the front matter.
 */
export function fillTemplate(source: string, title: string, now: Date, kind: 'hugo' | 'hexo'): string | null {
  const isToml = source.startsWith('+++');
  let unknown = false;
  const filled = source.replace(/(["']?)\{\{-?\s*(.*?)\s*-?\}\}\1/g, (_match, quote: string, action: string) => {
    const role = kind === 'hugo' ? (HUGO_TITLE.test(action) ? 'title' : HUGO_DATE.test(action) ? 'date' : null) : action === 'title' ? 'title' : action === 'date' ? 'date' : action === 'layout' ? 'layout' : null;
    if (role === null) {
      unknown = true;
      return _match;
    }
    if (role === 'title') return quote !== '' || isToml || !isPlainYaml(title) ? JSON.stringify(title) : title;
    const value = role === 'layout' ? 'post' : kind === 'hexo' ? hexoDateTime(now) : isoLocal(now);
    return quote === '' ? value : `${quote}${value}${quote}`;
  });
  return unknown ? null : filled;
}

const isPlainYaml = (text: string): boolean => /^[\p{L}\p{N}][^:#\n]*$/u.test(text) && !/[\s]$/.test(text) && !/^(?:true|false|null|yes|no|on|off|~|[\d.+-]+)$/i.test(text);

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localTime = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
function offset(d: Date, colon: boolean): string {
  const minutes = -d.getTimezoneOffset();
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}${colon ? ':' : ''}${pad(minutes % 60)}`;
}
/** `2024-06-01T10:00:00+02:00`: local time with its offset (Hugo's `.Date`). */
export const isoLocal = (d: Date) => `${localDate(d)}T${localTime(d)}${offset(d, true)}`;
/** `2024-06-01 10:00:00 +0200`: Jekyll's `jekyll post` and minima's format. */
const jekyllDateTime = (d: Date) => `${localDate(d)} ${localTime(d)} ${offset(d, false)}`;
/** `2024-06-01 10:00:00`: Hexo's default `date_format time_format`. */
const hexoDateTime = (d: Date) => `${localDate(d)} ${localTime(d)}`;
