import type { SiteGenerator } from '../../shared/api';
import type { FrontMatter, FrontMatterFormat } from '../../shared/posts/front-matter';
import type { FrontMatterValue } from '../../shared/posts/front-matter-edit';
import { isDraft, tagItems } from '../../shared/posts/post-meta';
import { dateFromFileName } from '../../shared/posts/post-dates';
import { SITE_FIELDS } from '../../shared/site/site-kinds';

/** One key the panel writes, and what to write: a panel edit is one or more of these. */
export type FieldWrite = readonly [key: string, value: FrontMatterValue];

/** A key of the block beyond title, date, tags, draft and description, as the panel shows it. */
export type OtherField =
  | { readonly kind: 'text'; readonly key: string; readonly value: string; readonly multiline: boolean }
  | { readonly kind: 'number'; readonly key: string; readonly value: number }
  | { readonly kind: 'boolean'; readonly key: string; readonly value: boolean }
  | { readonly kind: 'list'; readonly key: string; readonly value: readonly string[] }
  /** Nested maps, lists of maps: shown, never written (the panel could not keep their layout). */
  | { readonly kind: 'nested'; readonly key: string; readonly summary: string };

export interface FrontMatterModel {
  /** 'none': no block yet (the first edit adds a YAML one); 'error': malformed or executable. */
  readonly status: 'none' | 'ok' | 'error';
  readonly format: FrontMatterFormat | null;
  readonly error: string | null;
  readonly errorLine: number | null;
  readonly title: { readonly key: string; readonly value: string; readonly editable: boolean };
  readonly date: {
    readonly key: string;
    /** As written, or the Jekyll file name's date when `fromFileName`. */
    readonly written: string | null;
    readonly fromFileName: boolean;
    readonly editable: boolean;
  };
  readonly tags: {
    readonly key: string;
    /** The tags the writer sees (collection-only tags such as Eleventy's `posts` left out). */
    readonly shown: readonly string[];
    /** Collection-only tags the key also holds: kept on every write. */
    readonly collections: readonly string[];
    readonly editable: boolean;
  };
  readonly draft: {
    readonly draft: boolean;
    /** In a `_drafts/` folder: a draft because of where it is, which only moving it changes. */
    readonly byFolder: boolean;
    /** Which key the toggle writes: `draft` (Hugo, Astro, Eleventy) or `published` (Jekyll, Hexo). */
    readonly key: 'draft' | 'published';
  };
  readonly description: { readonly key: string; readonly value: string; readonly editable: boolean };
  readonly others: readonly OtherField[];
  /** The data as parsed, for writes that must keep what the panel does not show (tag styles). */
  readonly data: Readonly<Record<string, unknown>>;
  readonly generator: SiteGenerator;
}

const DESCRIPTION_KEY = 'description';
/** Jekyll and Hexo say `published: false`; the others `draft: true`. */
const PUBLISHED_GENERATORS: readonly SiteGenerator[] = ['jekyll', 'hexo'];

/**
 * What the front matter panel shows for a post: which key holds its title, date, tags and draft
 * state in its site's generator (the same SITE_FIELDS the post list reads), their values, and
 * every other key as a generic field.
 */
export function frontMatterModel(fm: FrontMatter, path: string, generator: SiteGenerator): FrontMatterModel {
  const fields = SITE_FIELDS[generator];
  const data = fm.data;
  const has = (key: string) => Object.hasOwn(data, key);
  const titleKey = fields.title.find((key) => has(key) && scalarText(data[key]) !== '') ?? fields.title.find(has) ?? fields.title[0]!;
  const dateKey = fields.date.find((key) => has(key) && dateText(data[key]) !== null) ?? fields.date.find(has) ?? fields.date[0]!;
  const tagsKey = fields.tags.find(has) ?? fields.tags[0]!;
  const fileDate = !has(dateKey) && fields.dateFromFileName ? dateFromFileName(path) : null;
  const tagValue = data[tagsKey];
  const tagValues = tagList(tagValue, generator);
  const draftKey: 'draft' | 'published' = has('draft') ? 'draft' : has('published') || PUBLISHED_GENERATORS.includes(generator) ? 'published' : 'draft';
  const used = new Set([titleKey, dateKey, tagsKey, 'draft', 'published', DESCRIPTION_KEY]);
  return {
    status: fm.error !== null ? 'error' : fm.format === null ? 'none' : 'ok',
    format: fm.format,
    error: fm.error,
    errorLine: fm.errorLine,
    title: { key: titleKey, value: scalarText(data[titleKey]) ?? '', editable: isScalarOrAbsent(data[titleKey]) },
    date: { key: dateKey, written: dateText(data[dateKey]) ?? fileDate, fromFileName: fileDate !== null, editable: isScalarOrAbsent(data[dateKey]) || dateText(data[dateKey]) !== null },
    tags: {
      key: tagsKey,
      shown: tagValues?.filter((tag) => !fields.collectionTags.includes(tag)) ?? [],
      collections: tagValues?.filter((tag) => fields.collectionTags.includes(tag)) ?? [],
      editable: tagValues !== null,
    },
    draft: { draft: isDraft(data, path), byFolder: /(?:^|\/)_drafts\//.test(path), key: draftKey },
    description: { key: DESCRIPTION_KEY, value: scalarText(data[DESCRIPTION_KEY]) ?? '', editable: isScalarOrAbsent(data[DESCRIPTION_KEY]) },
    others: Object.keys(data)
      .filter((key) => !used.has(key))
      .map((key) => (LIST_KEYS.includes(key) && typeof data[key] === 'string' ? ({ kind: 'list', key, value: tagItems(data[key], generator) } as const) : otherField(key, data[key]))),
    data,
    generator,
  };
}

/** The writes that set the tags to `shown`, in the style the key already uses. */
export function tagsWrite(model: FrontMatterModel, shown: readonly string[]): FieldWrite {
  return listWrite(model, model.tags.key, [...model.tags.collections, ...shown]);
}

/** A list key set to `items`: a string stays a string (split as the generator splits it), a list a list. */
export function listWrite(model: FrontMatterModel, key: string, items: readonly string[]): FieldWrite {
  const old = model.data[key];
  if (typeof old === 'string') {
    // Jekyll reads `tags: a b` split on spaces; the others (and Jekyll with commas) on commas.
    const spaced = model.generator === 'jekyll' && !old.includes(',') && items.every((item) => !/\s/.test(item));
    return [key, items.join(spaced ? ' ' : ', ')];
  }
  return [key, items];
}

/** Keys that are lists of words even when written as one string (Jekyll's `categories: a b`). */
const LIST_KEYS = ['categories'];

/** The writes that make the post a draft or not, whichever of `draft`/`published` it has. */
export function draftWrites(model: FrontMatterModel, draft: boolean): FieldWrite[] {
  const writes: FieldWrite[] = [];
  const { data } = model;
  if (Object.hasOwn(data, 'draft') || model.draft.key === 'draft') writes.push(['draft', draft]);
  if (Object.hasOwn(data, 'published') || model.draft.key === 'published') {
    // Un-drafting a post that never said `published` leaves it alone.
    if (draft || Object.hasOwn(data, 'published')) writes.push(['published', !draft]);
  }
  return writes;
}

function otherField(key: string, value: unknown): OtherField {
  if (typeof value === 'boolean') return { kind: 'boolean', key, value };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', key, value };
  const text = dateText(value) ?? (value === null || value === undefined ? '' : typeof value === 'string' ? value : null);
  if (text !== null) return { kind: 'text', key, value: text, multiline: text.includes('\n') };
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return { kind: 'list', key, value: value as string[] };
  return { kind: 'nested', key, summary: summarize(value) };
}

/** A short, one-line picture of a nested value (`{ en: …, fr: … }`, `3 items`). */
function summarize(value: unknown): string {
  if (Array.isArray(value)) return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.length === 0 ? '{ }' : `{ ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''} }`;
  }
  return String(value);
}

/** The key's tags, or null when it holds something the panel cannot write back (maps, nested lists). */
function tagList(value: unknown, generator: SiteGenerator): string[] | null {
  if (value === undefined || value === null || typeof value === 'string') return tagItems(value, generator);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number')) return tagItems(value, generator);
  return null;
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

const isScalarOrAbsent = (value: unknown) => value === undefined || value === null || scalarText(value) !== null;

/** A date as written: YAML and JSON give strings; a TOML date is a TomlDate (a Date) we print back. */
function dateText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (value instanceof Date) return 'toISOString' in value && !Number.isNaN(value.getTime()) ? tomlDateText(value) : null;
  return null;
}

/** smol-toml prints `.000` milliseconds nobody wrote: a whole second is shown without them. */
const tomlDateText = (date: Date) => date.toISOString().replace(/\.000(?=$|[Zz+-])/, '');
