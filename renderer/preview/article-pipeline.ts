import DOMPurify from 'dompurify';
import { renderArticleHeader } from '../../shared/export/render-article';
import { BlockRenderer } from '../../shared/markdown/block-renderer';
import { createMarkdown, type MarkdownRenderer } from '../../shared/markdown/create-markdown';
import type { RemoteContentPolicy } from '../../shared/markdown/remote-content';
import { createHtmlSanitizer, type PurifierLike } from '../../shared/markdown/sanitize-policy';
import { readPostMeta } from '../../shared/posts/post-meta';
import { BlockDom } from './block-dom';

/**
 * The export pipeline, run in the page: the same markdown-it setup, the same sanitizer policy
 * (DOMPurify on this window), the same article header. Loaded lazily: see load-article-pipeline.
 * One DOMPurify instance per remote-content policy, since the policy lives in its hooks.
 */
const pipelines = new Map<RemoteContentPolicy, MarkdownRenderer>();

function pipelineFor(policy: RemoteContentPolicy): MarkdownRenderer {
  let markdown = pipelines.get(policy);
  if (!markdown) {
    const sanitize = createHtmlSanitizer(DOMPurify(window) as unknown as PurifierLike, { remoteContent: policy, prefixIds: true });
    markdown = createMarkdown({ sanitize });
    pipelines.set(policy, markdown);
  }
  return markdown;
}

export interface ShownArticle {
  readonly warning: string | null;
  /** Whether this showed another post (or policy) than the last call: the view starts anew. */
  readonly replaced: boolean;
  /** Whether the blocks just put in hold a Mermaid diagram to draw. */
  readonly newDiagrams: boolean;
}

/** The preview's article in `container`, updated block by block as the post changes. */
export interface ArticleView {
  show(text: string, path: string, policy: RemoteContentPolicy): ShownArticle;
  /** Source line (0-based, in the whole file) of each block's first element, in order. */
  lineMap(): { line: number; element: Element | null }[];
}

export function createArticleView(container: HTMLElement): ArticleView {
  let shown: { path: string; policy: RemoteContentPolicy; blocks: BlockRenderer; dom: BlockDom; header: HTMLElement } | null = null;
  let headerHtml = '';
  let lineOffset = 0;

  return {
    show(text, path, policy) {
      const meta = readPostMeta(text, path);
      const markdown = pipelineFor(policy);
      const replaced = !shown || shown.path !== path || shown.policy !== policy;
      if (replaced) {
        container.innerHTML = '<article class="post"><header class="post-header"></header><div class="post-body"></div></article>';
        const header = container.querySelector<HTMLElement>('.post-header')!;
        const body = container.querySelector<HTMLElement>('.post-body')!;
        shown = { path, policy, blocks: new BlockRenderer(markdown.engine), dom: new BlockDom(body, () => lineOffset), header };
        headerHtml = '\u0000';
      }
      const view = shown!;
      const offset = countLines(text, text.length - meta.body.length);
      const header = renderArticleHeader(meta);
      if (header !== headerHtml) {
        headerHtml = header;
        // The header is built from escaped front matter values, and sanitized all the same.
        const inner = markdown.sanitize(header).replace(/^\s*<header class="post-header">|<\/header>\s*$/g, '');
        view.header.innerHTML = inner;
        view.header.hidden = header === '';
      }
      const offsetChanged = offset !== lineOffset;
      lineOffset = offset;
      const change = view.blocks.update(meta.body);
      view.dom.apply(change, markdown.sanitize);
      if (offsetChanged && !replaced) view.dom.restamp();
      const newDiagrams = change.inserted.some((block) => block.html.includes('<pre class="mermaid-source">'));
      return { warning: meta.warning, replaced, newDiagrams };
    },
    lineMap: () => shown?.dom.lineMap().map(({ line, element }) => ({ line: line + lineOffset, element })) ?? [],
  };
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
