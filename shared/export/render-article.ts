import type { MarkdownRenderer } from '../markdown/create-markdown';
import { formatDate } from '../posts/post-dates';
import { readPostMeta, type PostMeta } from '../posts/post-meta';

export interface RenderedArticle {
  readonly title: string;
  readonly date: string | null;
  readonly draft: boolean;
  readonly warning: string | null;
  /** The file line the warning points to, or null. */
  readonly warningLine: number | null;
  /** `<article class="post">` with header (title, date) and the rendered body. */
  readonly html: string;
}

/**
 * A post as an article: the header from front matter and the sanitized body. The preview shows
 * exactly this and the export wraps exactly this in a document, so both look the same.
 */
export function renderArticle(markdown: MarkdownRenderer, source: string, fileName: string): RenderedArticle {
  const meta = readPostMeta(source, fileName);
  const header = renderArticleHeader(meta);
  const html =
    `<article class="post">\n${header}` +
    `<div class="post-body">\n${markdown.render(meta.body)}</div>\n</article>\n`;
  return { title: meta.title, date: meta.date, draft: meta.draft, warning: meta.warning, warningLine: meta.warningLine, html };
}

/** The article's header (title unless the body has it, date, author, tags), or '' when there is none. */
export function renderArticleHeader(meta: PostMeta): string {
  const date = meta.date
    ? `<p class="post-date"><time datetime="${escapeHtml(formatDate(meta.date))}">${escapeHtml(formatDate(meta.date))}</time></p>`
    : '';
  // A title taken from the body's own heading is already there: showing it above too doubles it.
  const heading = meta.titleSource === 'heading' ? '' : `<h1 class="post-title">${escapeHtml(meta.title)}</h1>\n`;
  const byline = meta.author ? `<p class="post-author">${escapeHtml(meta.author)}</p>\n` : '';
  const tags = meta.tags.length ? `<ul class="post-tags">${meta.tags.map((tag) => `<li>${escapeHtml(tag)}</li>`).join('')}</ul>\n` : '';
  return heading || date || byline || tags ? `<header class="post-header">\n${heading}${date}${byline}${tags}</header>\n` : '';
}

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const entityOf = (c: string) => ENTITIES[c]!;

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  // Most titles, tags and dates hold none: a site export escapes ~100,000 of them.
  return SPECIAL.test(text) ? text.replace(SPECIALS, entityOf) : text;
}
