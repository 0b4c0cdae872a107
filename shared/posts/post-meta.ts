import { parseFrontMatter } from './front-matter';

export interface PostMeta {
  readonly title: string;
  /** As written (ISO-like string) or null. */
  readonly date: string | null;
  readonly draft: boolean;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** A malformed front matter message, or null. */
  readonly warning: string | null;
}

/** Title, date and draft state of a post, derived from its text and file name. */
export function readPostMeta(source: string, fileName: string): PostMeta {
  const fm = parseFrontMatter(source);
  const title = asText(fm.data.title) ?? firstHeading(fm.body) ?? titleFromFileName(fileName);
  return {
    title,
    date: asDate(fm.data.date),
    draft: fm.data.draft === true || fm.data.published === false,
    body: fm.body,
    warning: fm.error,
  };
}

function asText(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return null;
}

function asDate(value: unknown): string | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  // TOML dates (smol-toml's TomlDate) and YAML strings both stringify to their written form.
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

/** `2024-05-01-my-first-post.md` → `My first post` (Jekyll's date prefix dropped). */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(md|markdown)$/i, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const words = base.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : base;
}

/** Milliseconds for sorting; unparseable dates sort as undated. */
export function dateSortKey(date: string | null): number | null {
  if (!date) return null;
  const ms = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : ms;
}

/** A date for display: `2024-05-01` from any ISO-like value; the raw text otherwise. */
export function formatDate(date: string | null): string {
  if (!date) return '';
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  return match ? match[1]! : date;
}
