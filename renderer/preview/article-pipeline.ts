import DOMPurify from 'dompurify';
import { renderArticle, type RenderedArticle } from '../../shared/export/render-article';
import { createMarkdown, type MarkdownRenderer } from '../../shared/markdown/create-markdown';
import type { RemoteContentPolicy } from '../../shared/markdown/remote-content';
import { createHtmlSanitizer, type PurifierLike } from '../../shared/markdown/sanitize-policy';

/**
 * The export pipeline, run in the page: the same markdown-it setup, the same sanitizer policy
 * (DOMPurify on this window), the same article wrapper. Loaded lazily: see load-article-pipeline.
 * One DOMPurify instance per remote-content policy, since the policy lives in its hooks.
 */
const pipelines = new Map<RemoteContentPolicy, MarkdownRenderer>();

function pipelineFor(policy: RemoteContentPolicy): MarkdownRenderer {
  let markdown = pipelines.get(policy);
  if (!markdown) {
    const sanitize = createHtmlSanitizer(DOMPurify(window) as unknown as PurifierLike, { remoteContent: policy });
    markdown = createMarkdown({ sanitize, remoteContent: policy });
    pipelines.set(policy, markdown);
  }
  return markdown;
}

export function renderPreviewArticle(text: string, id: string, policy: RemoteContentPolicy = 'https'): RenderedArticle {
  return renderArticle(pipelineFor(policy), text, id);
}
