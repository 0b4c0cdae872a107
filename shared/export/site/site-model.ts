import { parseFrontMatter } from '../../posts/front-matter';
import { dateSortKey, formatDate } from '../../posts/post-dates';
import { postMetaOf } from '../../posts/post-meta';
import type { SiteGenerator } from '../../site/site-kinds';
import { POST_FILE_EXTENSION } from '../../posts/post-file';
import { slugify } from '../../posts/slug';
import { postSummary } from './post-summary';
import type { FolderData } from '../../site/folder-data';

/** A post file as read from the folder: its id is the path from the folder, with `/`. */
export interface SitePostSource {
  readonly id: string;
  readonly text: string;
  readonly modifiedMs: number;
}

/** A post's fields as read from its file, before the site gives it a slug. Cacheable as JSON. */
export interface ParsedSitePost {
  readonly id: string;
  /** The slug it asks for (front matter `slug`, else its file or bundle name). */
  readonly wantedSlug: string;
  readonly title: string;
  /** Whether the title came from the body's first heading (then the page does not repeat it). */
  readonly titleInBody: boolean;
  /** As written, or null. */
  readonly date: string | null;
  /** For sorting and feeds: the date, else the file's modification time. */
  readonly timeMs: number;
  readonly tags: readonly SiteTagRef[];
  readonly author: string | null;
  readonly summary: string;
  readonly draft: boolean;
  readonly body: string;
  /** 1-based line where the body starts in the file, for messages. */
  readonly bodyLine: number;
  readonly warning: string | null;
  /** The file line the warning points to, or null. */
  readonly warningLine: number | null;
}

export interface SitePost extends ParsedSitePost {
  readonly slug: string;
}

export interface SiteTagRef {
  readonly name: string;
  readonly slug: string;
}

export interface SiteTag extends SiteTagRef {
  /** Newest first. */
  readonly posts: readonly SitePost[];
}

export interface SiteModel {
  /** Published posts (and drafts when asked), newest first. */
  readonly posts: readonly SitePost[];
  /** By name, case-insensitively merged; sorted by name. */
  readonly tags: readonly SiteTag[];
  readonly byId: ReadonlyMap<string, SitePost>;
}

/** Slugs that would collide with the site's own pages and folders. */
const RESERVED_SLUGS = new Set(['index', 'tags', 'media', 'feed', 'rss', 'atom', 'sitemap', 'style']);

/**
 * The blog as a site: which posts are published, their slugs, order, tags and summaries. Pure,
 * so the export and its tests share it; rendering and writing happen elsewhere.
 */
export function buildSiteModel(parsed: readonly ParsedSitePost[], { drafts = false }: { drafts?: boolean } = {}): SiteModel {
  const posts: SitePost[] = [];
  const taken = new Set<string>();
  // Slugs are given in id order so a post keeps its address whatever else is added.
  for (const post of [...parsed].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (post.draft && !drafts) continue;
    posts.push({ ...post, slug: uniqueSlug(post.wantedSlug, taken) });
  }
  posts.sort(newestFirst);
  const tagMap = new Map<string, { name: string; slug: string; posts: SitePost[] }>();
  for (const post of posts) {
    for (const tag of post.tags) {
      let entry = tagMap.get(tag.slug);
      if (!entry) tagMap.set(tag.slug, (entry = { ...tag, posts: [] }));
      entry.posts.push(post);
    }
  }
  const tags = [...tagMap.values()].sort((a, b) => a.name.localeCompare(b.name));
  return { posts, tags, byId: new Map(posts.map((post) => [post.id, post])) };
}

function newestFirst(a: SitePost, b: SitePost): number {
  if (a.timeMs !== b.timeMs) return b.timeMs - a.timeMs;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Reads one post's front matter and text into the fields the site needs. Title, date, draft and
 * tags are read as the post list reads them for the site's generator (readPostMeta: Astro's
 * `pubDate`, Jekyll's file-name dates and `_drafts/`, Eleventy's collection tags left out and its
 * data files' tags and drafts applied), so the exported blog shows what the app shows.
 */
export function parseSitePost(source: SitePostSource, generator: SiteGenerator = 'plain', folderData: readonly FolderData[] = []): ParsedSitePost {
  const fm = parseFrontMatter(source.text);
  const data = fm.data;
  const meta = postMetaOf(fm, source.id, generator, folderData);
  const title = meta.title;
  const date = meta.date;
  const dateMs = dateSortKey(date);
  const fileBase = source.id.replace(/^.*\//, '').replace(POST_FILE_EXTENSION, '');
  // A page bundle (`my-post/index.md`) is named by its folder, as Hugo does.
  const named = /^(?:index|_index)$/i.test(fileBase) ? (source.id.split('/').slice(-2, -1)[0] ?? fileBase) : fileBase;
  const wantedSlug = slugify(text(data.slug) ?? named.replace(/^\d{4}-\d{2}-\d{2}-/, '')) || slugify(title) || 'post';
  return {
    id: source.id,
    wantedSlug,
    title,
    // The page leaves out its own title only when the body opens with it as an h1.
    titleInBody: meta.titleSource === 'heading' && /^ {0,3}(#{1,6})[ \t]/m.exec(fm.body)?.[1] === '#',
    date,
    timeMs: dateMs ?? source.modifiedMs,
    tags: tagRefs(meta.tags),
    author: meta.author,
    summary: text(data.description) ?? text(data.summary) ?? postSummary(fm.body),
    draft: meta.draft,
    body: fm.body,
    bodyLine: source.text.slice(0, fm.bodyOffset).split('\n').length,
    warning: fm.error,
    warningLine: fm.errorLine,
  };
}

function uniqueSlug(wanted: string, taken: Set<string>): string {
  let slug = RESERVED_SLUGS.has(wanted) ? `${wanted}-post` : wanted;
  for (let n = 2; taken.has(slug); n++) slug = `${wanted}-${n}`;
  taken.add(slug);
  return slug;
}

function tagRefs(names: readonly string[]): SiteTagRef[] {
  const seen = new Set<string>();
  const refs: SiteTagRef[] = [];
  for (const raw of names) {
    const name = text(raw);
    if (name === null) continue;
    const slug = slugify(name);
    if (!slug || seen.has(slug)) continue;
    seen.add(slug);
    refs.push({ name, slug });
  }
  return refs;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

export const displayDate = formatDate;
