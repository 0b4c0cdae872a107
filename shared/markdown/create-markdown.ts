import MarkdownIt from 'markdown-it';
import type { RemoteContentPolicy } from './remote-content';
import type { HtmlSanitizer } from './sanitize-policy';
import { MARKDOWN_PLUGINS } from './plugins';
import { topLevelRuns } from './sanitize-parts';
import { needsSanitizer } from './trusted-output';

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
  /**
   * The remote-content policy the sanitizer enforces. Given, bodies markdown-it alone keeps safe
   * skip the sanitizer (trusted-output.ts) and are held to this rule instead; absent, every body
   * is sanitized whole.
   */
  readonly remoteContent?: RemoteContentPolicy;
}

/** markdown-it with the project's settings and plugins, before any sanitizing. */
export function createMarkdownIt(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
  for (const plugin of MARKDOWN_PLUGINS) md.use(plugin);
  return md;
}

/** A piece of a rendered body, and whether it still has to go through the DOM sanitizer. */
export interface RenderedPart {
  readonly html: string;
  readonly needsSanitizer: boolean;
}

/**
 * Renders a body as runs of top-level blocks, each marked trusted or not (trusted-output.ts).
 * Only the runs holding raw HTML (or an odd URL) need the sanitizer, so one hostile paragraph
 * no longer sends a whole post through jsdom. See sanitize-parts.ts for why that is equivalent.
 */
export function renderBody(md: MarkdownIt, markdown: string, policy: RemoteContentPolicy, env: object = {}): RenderedPart[] {
  const tokens = md.parse(markdown, env);
  return topLevelRuns(tokens).map(([start, end]) => {
    const run = tokens.slice(start, end);
    // First: a trusted run's raw HTML is rewritten (handlers, comments dropped) before it renders.
    const untrusted = needsSanitizer(run, policy);
    return { html: md.renderer.render(run, md.options, env), needsSanitizer: untrusted };
  });
}

/** Joins rendered parts, sending each untrusted one through the sanitizer. */
export function joinParts(parts: readonly RenderedPart[], sanitize: HtmlSanitizer): string {
  let html = '';
  for (const part of parts) html += part.needsSanitizer ? sanitize(part.html) : part.html;
  return html;
}

/**
 * The one Markdown pipeline. The preview and every export call this, so what the writer sees is
 * what gets exported. GFM-like: tables and strikethrough are built in, bare URLs are linkified.
 * Typographer stays off so the output keeps the writer's characters. Output with raw HTML or an
 * unusual URL goes through the sanitizer; the rest is already safe as markdown-it wrote it.
 */
export function createMarkdown({ sanitize, remoteContent }: MarkdownOptions): MarkdownRenderer {
  const md = createMarkdownIt();
  // Without a policy (the preview, whose sanitizer also prefixes ids) every body is sanitized whole.
  const render =
    remoteContent === undefined
      ? (markdown: string) => sanitize(md.render(markdown))
      : (markdown: string) => joinParts(renderBody(md, markdown, remoteContent), sanitize);
  return { render, engine: md, sanitize };
}
