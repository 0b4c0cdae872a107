import writeFileAtomic from 'write-file-atomic';
import type { RenderedExport } from '../../../shared/api/types';
import { htmlDocument } from '../../../shared/export/html-document';
import { renderArticle } from '../../../shared/export/render-article';
import { createMarkdown, type MarkdownRenderer } from '../../../shared/markdown/create-markdown';
import type { RemoteContentPolicy } from '../../../shared/markdown/remote-content';
import { slugify } from '../../../shared/posts/slug';
import { POST_FILE_EXTENSION } from '../../../shared/posts/post-file';
import { toApiFailure } from '../library/fs-errors';
import { loadNodeSanitizer } from './node-sanitizer';

const markdowns = new Map<RemoteContentPolicy, Promise<MarkdownRenderer>>();
const loadMarkdown = (policy: RemoteContentPolicy) => {
  let markdown = markdowns.get(policy);
  if (!markdown) {
    markdown = loadNodeSanitizer(policy).then((sanitize) => createMarkdown({ sanitize }));
    markdowns.set(policy, markdown);
  }
  return markdown;
};

/**
 * A post's text as one standalone HTML page, through the same pipeline as the preview, under the
 * folder's remote-content policy (what the preview loads is what the export loads).
 */
export async function renderPostDocument(id: string, text: string, generator: string, policy: RemoteContentPolicy = 'https'): Promise<RenderedExport> {
  const article = renderArticle(await loadMarkdown(policy), text, id);
  const fallback = id.replace(/^.*\//, '').replace(POST_FILE_EXTENSION, '');
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
