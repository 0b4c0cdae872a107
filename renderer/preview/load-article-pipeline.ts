import type { createArticleView } from './article-pipeline';

export type ArticleViewFactory = typeof createArticleView;

let loading: Promise<ArticleViewFactory> | null = null;

/**
 * markdown-it, DOMPurify and the YAML/TOML parsers cost 60–120 ms to evaluate: they load in their
 * own chunk after the first paint, once, however many previews ask.
 */
export function loadArticlePipeline(): Promise<ArticleViewFactory> {
  loading ??= import('./article-pipeline').then((module) => module.createArticleView);
  return loading;
}
