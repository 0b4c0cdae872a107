import { ARTICLE_CSS } from '../../shared/export/article-css';

let adopted = false;

/**
 * The exported page's stylesheet, adopted by this document once, so the preview looks exactly
 * like the export. A constructed sheet needs no <style> element and no CSP exception.
 */
export function adoptArticleStyles(): void {
  if (adopted) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(ARTICLE_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted = true;
}
