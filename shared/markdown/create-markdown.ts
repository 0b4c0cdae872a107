import MarkdownIt from 'markdown-it';
import type { HtmlSanitizer } from './sanitize-policy';
import { MARKDOWN_PLUGINS } from './plugins';

export interface MarkdownRenderer {
  /** Renders a Markdown body (front matter already removed) to sanitized HTML. */
  render(markdown: string): string;
  /** The configured markdown-it, for the preview's block renderer (block-renderer.ts). */
  readonly engine: MarkdownIt;
  /** The sanitizer `render` applies, for HTML rendered block by block. */
  readonly sanitize: HtmlSanitizer;
}

export interface MarkdownOptions {
  /** Required: raw HTML in posts is allowed only through this sanitizer. */
  readonly sanitize: HtmlSanitizer;
}

/**
 * The one Markdown pipeline. The preview and every export call this, so what the writer sees is
 * what gets exported. GFM-like: tables and strikethrough are built in, bare URLs are linkified.
 * Typographer stays off so the output keeps the writer's characters.
 */
export function createMarkdown({ sanitize }: MarkdownOptions): MarkdownRenderer {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
  for (const plugin of MARKDOWN_PLUGINS) md.use(plugin);
  return { render: (markdown) => sanitize(md.render(markdown)), engine: md, sanitize };
}
