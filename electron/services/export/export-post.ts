import writeFileAtomic from 'write-file-atomic';
import type { RenderedExport } from '../../../shared/api/types';
import { htmlDocument } from '../../../shared/export/html-document';
import { renderArticle } from '../../../shared/export/render-article';
import { createMarkdown, type MarkdownRenderer } from '../../../shared/markdown/create-markdown';
import { slugify } from '../../../shared/posts/slug';
import { toApiFailure } from '../library/fs-errors';
import { loadNodeSanitizer } from './node-sanitizer';

let markdown: Promise<MarkdownRenderer> | null = null;
const loadMarkdown = () => (markdown ??= loadNodeSanitizer().then((sanitize) => createMarkdown({ sanitize })));

/** A post's text as one standalone HTML page, through the same pipeline as the preview. */
export async function renderPostDocument(id: string, text: string, generator: string): Promise<RenderedExport> {
  const article = renderArticle(await loadMarkdown(), text, id);
  const fallback = id.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '');
  const fileName = `${slugify(article.title) || slugify(fallback) || 'post'}.html`;
  return { fileName, html: htmlDocument(article, generator) };
}

/** Writes an export atomically: a failed write never leaves half a page behind. */
export async function writeExport(path: string, html: string): Promise<void> {
  try {
    await writeFileAtomic(path, html);
  } catch (error) {
    throw toApiFailure(error, `write “${path}”`);
  }
}
