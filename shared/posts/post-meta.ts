import { titleFromFileName } from './file-title';
import { parseFrontMatter } from './front-matter';

export interface PostMeta {
  readonly title: string;
  /** Where the title came from: a heading is already in the body, so it is not shown twice. */
  readonly titleSource: 'front-matter' | 'heading' | 'file-name';
  /** As written (ISO-like string) or null. */
  readonly date: string | null;
  readonly draft: boolean;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** A malformed front matter message, or null. */
  readonly warning: string | null;
  /** Front matter `author`, or null. */
  readonly author: string | null;
  /** Front matter `tags` (a list or a comma-separated string). */
  readonly tags: readonly string[];
}

/** Title, date and draft state of a post, derived from its text and file name. */
export function readPostMeta(source: string, fileName: string): PostMeta {
  const fm = parseFrontMatter(source);
  const fromFrontMatter = asText(fm.data.title);
  const fromHeading = fromFrontMatter === null ? firstHeading(fm.body) : null;
  return {
    title: fromFrontMatter ?? fromHeading ?? titleFromFileName(fileName),
    titleSource: fromFrontMatter !== null ? 'front-matter' : fromHeading !== null ? 'heading' : 'file-name',
    date: asDate(fm.data.date),
    draft: fm.data.draft === true || fm.data.published === false,
    body: fm.body,
    warning: fm.error,
    author: asText(fm.data.author),
    tags: asTags(fm.data.tags),
  };
}

function asTags(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return items.map(asText).filter((tag): tag is string => tag !== null);
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
