import { cascadeData, type FolderData } from '../site/folder-data';
import { SITE_FIELDS, type SiteGenerator } from '../site/site-kinds';
import { titleFromFileName } from './file-title';
import { parseFrontMatter, type FrontMatter } from './front-matter';
import { dateFromFileName } from './post-dates';

export interface PostMeta {
  readonly title: string;
  /** Where the title came from: a heading is already in the body, so it is not shown twice. */
  readonly titleSource: 'front-matter' | 'heading' | 'file-name';
  /** As written (ISO-like string) or null. */
  readonly date: string | null;
  readonly draft: boolean;
  readonly tags: readonly string[];
  /** The Markdown after the front matter. */
  readonly body: string;
  /** A malformed (or executable) front matter message, or null. */
  readonly warning: string | null;
  readonly warningLine: number | null;
  /** Front matter `author`, or null. */
  readonly author: string | null;
}

/**
 * Title, date, draft state and tags of a post, derived from its text and path the way its site's
 * generator reads them (SITE_FIELDS): Astro's `pubDate`, Jekyll's file-name dates and `_drafts/`.
 */
export function readPostMeta(source: string, path: string, generator: SiteGenerator = 'plain', folderData: readonly FolderData[] = NO_FOLDER_DATA): PostMeta {
  return postMetaOf(parseFrontMatter(source), path, generator, folderData);
}

const NO_FOLDER_DATA: readonly FolderData[] = [];

/**
 * readPostMeta from a front matter already parsed (the site export reads more keys of it).
 * `folderData`: what the site's data files (Eleventy) say for the posts in `path`'s folders,
 * under the front matter's own keys (cascadeData).
 */
export function postMetaOf(fm: FrontMatter, path: string, generator: SiteGenerator = 'plain', folderData: readonly FolderData[] = NO_FOLDER_DATA): PostMeta {
  const fields = SITE_FIELDS[generator];
  const data = folderData.length === 0 ? fm.data : cascadeData(folderData, path, fm.data, fields.tags, (value) => tagItems(value, generator));
  const fromFrontMatter = first(fields.title, (key) => asText(data[key]));
  const fromHeading = fromFrontMatter === null ? firstHeading(fm.body) : null;
  const date = first(fields.date, (key) => asDate(data[key])) ?? (fields.dateFromFileName ? dateFromFileName(path) : null);
  return {
    title: fromFrontMatter ?? fromHeading ?? titleFromFileName(path),
    titleSource: fromFrontMatter !== null ? 'front-matter' : fromHeading !== null ? 'heading' : 'file-name',
    date,
    draft: isDraft(data, path),
    tags: readTags(fields.tags.map((key) => data[key]), fields.collectionTags, generator),
    body: fm.body,
    warning: fm.error,
    warningLine: fm.errorLine,
    author: asText(data.author),
  };
}

/** `draft: true` (Hugo, Astro, Eleventy), `published: false` (Jekyll, Hexo), or in `_drafts/` (Jekyll, Hexo). */
export function isDraft(data: Readonly<Record<string, unknown>>, path: string): boolean {
  return data.draft === true || data.draft === 'true' || data.published === false || /(?:^|\/)_drafts\//.test(path);
}

function first(keys: readonly string[], read: (key: string) => string | null): string | null {
  for (const key of keys) {
    const value = read(key);
    if (value !== null) return value;
  }
  return null;
}

function readTags(values: readonly unknown[], collectionTags: readonly string[], generator: SiteGenerator): string[] {
  const tags: string[] = [];
  for (const value of values) {
    for (const tag of tagItems(value, generator)) {
      if (!collectionTags.includes(tag) && !tags.includes(tag)) tags.push(tag);
    }
  }
  return tags;
}

/** The tags one front matter value lists (a list, or a string the generator splits), as written. */
export function tagItems(value: unknown, generator: SiteGenerator): string[] {
  const items = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? // Jekyll splits a tags string on spaces; others on commas.
        value.split(value.includes(',') || generator !== 'jekyll' ? ',' : /\s+/)
      : [];
  const tags: string[] = [];
  for (const item of items) {
    const tag = typeof item === 'string' ? item.trim() : typeof item === 'number' ? String(item) : '';
    if (tag !== '') tags.push(tag);
  }
  return tags;
}

function asText(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

function asDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  // TOML dates (smol-toml's TomlDate) stringify to their written form.
  if (value != null && typeof value === 'object' && 'toISOString' in value) return String(value);
  return asText(value);
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/m;

function firstHeading(body: string): string | null {
  const match = ATX_HEADING.exec(body);
  return match ? stripInlineMarks(match[1]!) : null;
}

function stripInlineMarks(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}
