import DOMPurify from 'dompurify';
import { renderArticle, type RenderedArticle } from '../../shared/export/render-article';
import { createMarkdown } from '../../shared/markdown/create-markdown';
import { createHtmlSanitizer, type PurifierLike } from '../../shared/markdown/sanitize-policy';

/**
 * The export pipeline, run in the page: the same markdown-it setup, the same sanitizer policy
 * (DOMPurify on this window), the same article wrapper. Loaded lazily: see load-article-pipeline.
 */
const sanitize = createHtmlSanitizer(DOMPurify as unknown as PurifierLike);

const markdown = createMarkdown({ sanitize });

export function renderPreviewArticle(text: string, id: string): RenderedArticle {
  return renderArticle(markdown, text, id);
}
