import { Feed } from 'feed';
import type { SitePost } from '../../../../shared/export/site/site-model';
import type { SiteSettings } from '../../../../shared/export/site/site-settings';
import { absoluteUrl, sitePaths, urlOf, type UrlStyle } from '../../../../shared/export/site/site-paths';

export interface FeedPost {
  readonly post: SitePost;
  /** The sanitized body as on the post's page (its relative links made absolute here). */
  readonly html: string;
}

/**
 * RSS 2.0 and Atom 1.0 of the newest posts, with full content, through the `feed` library (it
 * escapes and formats both dialects correctly). Every URL is absolute: feed readers resolve
 * relative links inconsistently.
 */
export function buildFeeds(settings: SiteSettings, style: UrlStyle, posts: readonly FeedPost[], generator: string): { rss: string; atom: string } {
  const home = settings.baseUrl;
  const newest = posts[0]?.post.timeMs;
  const feed = new Feed({
    title: settings.title,
    description: settings.description || settings.title,
    id: home,
    link: home,
    language: settings.language,
    generator,
    copyright: `© ${settings.author || settings.title}`,
    updated: newest === undefined ? new Date(0) : new Date(newest),
    feedLinks: { rss: absoluteUrl(home, sitePaths.rss), atom: absoluteUrl(home, sitePaths.atom) },
    ...(settings.author ? { author: { name: settings.author } } : {}),
  });
  for (const { post, html } of posts) {
    const pageUrl = absoluteUrl(home, urlOf(sitePaths.post(post, style), style));
    const author = post.author ?? settings.author;
    feed.addItem({
      title: post.title,
      id: pageUrl,
      link: pageUrl,
      date: new Date(post.timeMs),
      description: post.summary,
      content: absolutizeUrls(html, pageUrl),
      category: post.tags.map((tag) => ({ name: tag.name, term: tag.name })),
      ...(author ? { author: [{ name: author }] } : {}),
    });
  }
  return { rss: feed.rss2(), atom: feed.atom1() };
}

/**
 * Makes the `href`/`src` attributes of our own rendered HTML absolute. markdown-it and DOMPurify
 * both write attributes in double quotes and escape `"` inside them, so this pattern sees every
 * attribute and nothing in text (a `"` in text is written as `&quot;`).
 */
export function absolutizeUrls(html: string, pageUrl: string): string {
  return html.replace(/ (href|src)="([^"]*)"/g, (whole, name: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return whole;
    try {
      return ` ${name}="${new URL(value.replace(/&amp;/g, '&'), pageUrl).href.replace(/&/g, '&amp;')}"`;
    } catch {
      return whole;
    }
  });
}
