import type { RenderedArticle } from '../../shared/export/render-article';
import type { RemoteContentPolicy } from '../../shared/markdown/remote-content';

export type ArticleRenderer = (text: string, id: string, policy?: RemoteContentPolicy) => RenderedArticle;

let loading: Promise<ArticleRenderer> | null = null;

/**
 * markdown-it, DOMPurify and the YAML/TOML parsers cost 60–120 ms to evaluate: they load in their
 * own chunk after the first paint, once, however many previews ask.
 */
export function loadArticlePipeline(): Promise<ArticleRenderer> {
  loading ??= import('./article-pipeline').then((module) => module.renderPreviewArticle);
  return loading;
}
