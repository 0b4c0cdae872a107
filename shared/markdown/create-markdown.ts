import MarkdownIt from 'markdown-it';
import type { RemoteContentPolicy } from './remote-content';
import type { HtmlSanitizer } from './sanitize-policy';
import { MARKDOWN_PLUGINS } from './plugins';
import { needsSanitizer } from './trusted-output';

export interface MarkdownRenderer {
  /** Renders a Markdown body (front matter already removed) to sanitized HTML. */
  render(markdown: string): string;
}

export interface MarkdownOptions {
  /** Required: raw HTML in posts is allowed only through this sanitizer. */
  readonly sanitize: HtmlSanitizer;
  /**
   * The remote-content policy the sanitizer enforces, so posts that skip it (trusted-output.ts)
   * are held to the same rule. Unknown: the strictest, 'block', so a remote image goes through
   * the sanitizer.
   */
  readonly remoteContent?: RemoteContentPolicy;
}

/** markdown-it with the project's settings and plugins, before any sanitizing. */
export function createMarkdownIt(): MarkdownIt {
  const md = new MarkdownIt({ html: true, linkify: true, typographer: false, breaks: false });
  for (const plugin of MARKDOWN_PLUGINS) md.use(plugin);
  return md;
}

/** A body rendered, with whether its HTML still has to go through the DOM sanitizer. */
export interface RenderedBody {
  readonly html: string;
  readonly needsSanitizer: boolean;
}

/** Renders a body and tells whether the output may skip the sanitizer (see trusted-output.ts). */
export function renderBody(md: MarkdownIt, markdown: string, policy: RemoteContentPolicy, env: object = {}): RenderedBody {
  const tokens = md.parse(markdown, env);
  const needs = needsSanitizer(tokens, policy);
  return { html: md.renderer.render(tokens, md.options, env), needsSanitizer: needs };
}

/**
 * The one Markdown pipeline. The preview and every export call this, so what the writer sees is
 * what gets exported. GFM-like: tables and strikethrough are built in, bare URLs are linkified.
 * Typographer stays off so the output keeps the writer's characters. Output with raw HTML or an
 * unusual URL goes through the sanitizer; the rest is already safe as markdown-it wrote it.
 */
export function createMarkdown({ sanitize, remoteContent = 'block' }: MarkdownOptions): MarkdownRenderer {
  const md = createMarkdownIt();
  return {
    render: (markdown) => {
      const body = renderBody(md, markdown, remoteContent);
      return body.needsSanitizer ? sanitize(body.html) : body.html;
    },
  };
}
