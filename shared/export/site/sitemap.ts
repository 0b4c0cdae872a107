import { escapeHtml } from '../render-article';

export interface SitemapEntry {
  /** Absolute URL. */
  readonly loc: string;
  /** ISO date (YYYY-MM-DD) or null. */
  readonly lastmod: string | null;
}

/** sitemaps.org XML; a template is enough for four elements, escaped as XML. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url><loc>${escapeHtml(e.loc)}</loc>${e.lastmod ? `<lastmod>${escapeHtml(e.lastmod)}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
