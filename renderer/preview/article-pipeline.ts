import DOMPurify from 'dompurify';
import { renderArticleHeader } from '../../shared/export/render-article';
import { BlockRenderer } from '../../shared/markdown/block-renderer';
import { createMarkdown, type MarkdownRenderer } from '../../shared/markdown/create-markdown';
import type { RemoteContentPolicy } from '../../shared/markdown/remote-content';
import { createHtmlSanitizer, type PurifierLike } from '../../shared/markdown/sanitize-policy';
import type { StaticRoot } from '../../shared/posts/folder-image-url';
import { createPostMetaReader } from '../../shared/posts/post-meta-reader';
import { BlockDom } from './block-dom';
import { pointImagesAtFolder } from './preview-images';

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
  /** A long post is shown from the top in steps: call `show` again (next frame) until false. */
  readonly pending: boolean;
}

/** How much of a long post the first preview shows; each later step adds four times as much. */
const FIRST_STEP = 48 * 1024;

/** The body up to the first blank line at or after `length` (all of it when there is none). */
function cutAt(body: string, length: number): string {
  if (length >= body.length) return body;
  const blank = body.indexOf('\n\n', length);
  return blank === -1 ? body : body.slice(0, blank + 1);
}

/** The preview's article in `container`, updated block by block as the post changes. */
export interface ArticleView {
  show(text: string, path: string, policy: RemoteContentPolicy): ShownArticle;
  /** Source line (0-based, in the whole file) of each block's first element, in order. */
  lineMap(): LineMap;
}

type LineMap = readonly { line: number; element: Element | null }[];

export function createArticleView(container: HTMLElement, staticRoot: () => StaticRoot | null): ArticleView {
  let shown: { path: string; policy: RemoteContentPolicy; blocks: BlockRenderer; dom: BlockDom; header: HTMLElement; shownLength: number } | null =
    null;
  let headerHtml = '';
  let lineOffset = 0;
  const readPostMeta = createPostMetaReader();
  let mapped: { blocks: LineMap; offset: number; entries: LineMap } | null = null;

  return {
    show(text, path, policy) {
      const meta = readPostMeta(text, path);
      const markdown = pipelineFor(policy);
      const replaced = !shown || shown.path !== path || shown.policy !== policy;
      if (replaced) {
        container.innerHTML = '<article class="post"><header class="post-header"></header><div class="post-body"></div></article>';
        const header = container.querySelector<HTMLElement>('.post-header')!;
        const body = container.querySelector<HTMLElement>('.post-body')!;
        shown = { path, policy, blocks: new BlockRenderer(markdown.engine), dom: new BlockDom(body, () => lineOffset, (fragment) => pointImagesAtFolder(fragment, path, staticRoot())), header, shownLength: 0 };
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
      // A long post opens from its top: the first screens in this frame, the rest in a few more.
      // The steps are edits like any other (text appended), so the block renderer parses only the new part.
      const partial = view.shownLength < meta.body.length;
      const body = partial ? cutAt(meta.body, view.shownLength === 0 ? FIRST_STEP : view.shownLength * 4) : meta.body;
      view.shownLength = body.length;
      const change = view.blocks.update(body);
      view.dom.apply(change, markdown.sanitize);
      if (offsetChanged && !replaced) view.dom.restamp();
      const newDiagrams = change.inserted.some((block) => block.html.includes('<pre class="mermaid-source">'));
      return { warning: meta.warning, replaced, newDiagrams, pending: body.length < meta.body.length };
    },
    lineMap() {
      if (!shown) return [];
      const blocks = shown.dom.lineMap();
      // The same map until the blocks or the front matter's length change (read on every keystroke).
      if (mapped?.blocks !== blocks || mapped.offset !== lineOffset) {
        mapped = { blocks, offset: lineOffset, entries: blocks.map(({ line, element }) => ({ line: line + lineOffset, element })) };
      }
      return mapped.entries;
    },
  };
}

function countLines(text: string, end: number): number {
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < end; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
