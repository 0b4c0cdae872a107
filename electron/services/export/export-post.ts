import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RenderedExport } from '../../../shared/api/types';
import { htmlDocument } from '../../../shared/export/html-document';
import { renderArticle } from '../../../shared/export/render-article';
import type { RemoteContentPolicy } from '../../../shared/markdown/remote-content';
import { slugify } from '../../../shared/posts/slug';
import { POST_FILE_EXTENSION } from '../../../shared/posts/post-file';
import { toApiFailure } from '../library/fs-errors';
import { embedLocalImages } from './embed-images';
import { withExportMarkdown } from './export-markdown';

/** Where the post is on disk (for its images and the folder's CSS). */
export interface ExportFiles {
  readonly folder: string;
  readonly postPath: string;
  /** False: leave local images as links (the caller copies them beside the file, copyLocalImages). */
  readonly embedImages?: boolean;
}

/**
 * A post's text as one standalone HTML page, through the same pipeline as the preview, under the
 * folder's remote-content policy (what the preview loads is what the export loads).
 */
export async function renderPostDocument(
  id: string,
  text: string,
  generator: string,
  policy: RemoteContentPolicy = 'https',
  files?: ExportFiles,
): Promise<RenderedExport> {
  const { fileName, html } = await renderPostExport(id, text, generator, policy, files);
  return { fileName, html };
}

/** renderPostDocument, with the front matter problem (and its line) the CLI reports. */
export async function renderPostExport(
  id: string,
  text: string,
  generator: string,
  policy: RemoteContentPolicy = 'https',
  files?: ExportFiles,
): Promise<RenderedExport & { warning: { line: number; message: string } | null }> {
  const article = await withExportMarkdown(policy, (markdown) => renderArticle(markdown, text, id));
  let html = htmlDocument(article, generator, files ? await readFolderCss(files.folder) : '');
  if (files && files.embedImages !== false) html = await embedLocalImages(html, files.folder, files.postPath);
  const fallback = id.replace(/^.*\//, '').replace(POST_FILE_EXTENSION, '');
  const fileName = `${slugify(article.title) || slugify(fallback) || 'post'}.html`;
  const warning = article.warning ? { line: article.warningLine ?? 1, message: article.warning } : null;
  return { fileName, html, warning };
}

/** The writer's `postwright.css` in the posts folder, laid over the built-in look; '' without one. */
async function readFolderCss(folder: string): Promise<string> {
  const css = await readFile(join(folder, 'postwright.css'), 'utf8').catch(() => '');
  // Inside <style>: a `</style` in it would end the element early.
  return css.replace(/<\/style/gi, '<\\/style');
}

/** Writes an export atomically: a failed write never leaves half a page behind. */
export async function writeExport(path: string, html: string | Buffer): Promise<void> {
  try {
    // Loaded on the first write, not with the renderer: a site export never uses it.
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(path, html);
  } catch (error) {
    throw toApiFailure(error, `write “${path}”`);
  }
}
