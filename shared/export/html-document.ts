import { ARTICLE_CSS } from './article-css';
import { escapeHtml, type RenderedArticle } from './render-article';

/**
 * One standalone HTML page for a post: styles inlined, no script, no external request, so it
 * opens the same from disk with no network. The CSP forbids scripts outright, belt and braces
 * on top of the sanitizer; images may still load from the web or beside the file.
 */
export function htmlDocument(article: RenderedArticle, generator: string, userCss = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data: https:; style-src 'unsafe-inline'; media-src 'self' https:">
<meta name="generator" content="${escapeHtml(generator)}">
<title>${escapeHtml(article.title)}</title>
<style>
${ARTICLE_CSS}
body { margin: 0; background: var(--post-bg); }
main { max-width: 42rem; margin: 0 auto; padding: 3rem 1.25rem 5rem; }
@media print { body { background: #fff; } main { max-width: none; padding: 0; } .post-body pre, .post-body figure, .post-body table, .post-body img { break-inside: avoid; } }
${userCss}
</style>
</head>
<body>
<main>
${article.html}</main>
</body>
</html>
`;
}
