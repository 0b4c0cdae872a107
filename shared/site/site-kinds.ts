/**
 * The static site generators Postwright knows, and the front matter fields each one's own blog
 * starter uses. Pure data, shared: the host lists with it and the page reads unsaved edits with it.
 *
 * Field names come from the official starters: Jekyll's minima (`title`, `date`, `tags`,
 * `categories`, `published: false`, `_drafts/`), Hugo's archetype (`title`, `date`, `draft`,
 * `tags`), hexo-starter's post scaffold (`title`, `date`, `tags`, `_drafts/`), Astro's blog
 * template (`title`, `pubDate`, `updatedDate`, `description`), eleventy-base-blog (`title`,
 * `date`, `tags` including the collection tag `posts`, `draft: true`).
 */
export type SiteGenerator = 'jekyll' | 'hugo' | 'hexo' | 'astro' | 'eleventy' | 'plain';

export interface SiteFields {
  readonly title: readonly string[];
  /** Tried in order: the first readable date wins. */
  readonly date: readonly string[];
  readonly tags: readonly string[];
  /** Tags that only put a post into a collection (Eleventy's `posts`): not shown as tags. */
  readonly collectionTags: readonly string[];
  /** Jekyll's `_posts/2024-01-02-slug.md`: the date is in the file name when front matter has none. */
  readonly dateFromFileName: boolean;
}

const COMMON_DATES = ['date', 'pubDate', 'publishDate', 'published_at', 'created'];

export const SITE_FIELDS: Readonly<Record<SiteGenerator, SiteFields>> = {
  jekyll: { title: ['title'], date: ['date'], tags: ['tags'], collectionTags: [], dateFromFileName: true },
  hugo: { title: ['title', 'linkTitle'], date: ['date', 'publishDate', 'pubDate'], tags: ['tags'], collectionTags: [], dateFromFileName: false },
  hexo: { title: ['title'], date: ['date'], tags: ['tags'], collectionTags: [], dateFromFileName: false },
  astro: { title: ['title'], date: ['pubDate', 'date', 'publishDate', 'pubDatetime'], tags: ['tags'], collectionTags: [], dateFromFileName: false },
  eleventy: { title: ['title'], date: ['date'], tags: ['tags'], collectionTags: ['posts', 'post'], dateFromFileName: true },
  plain: { title: ['title'], date: COMMON_DATES, tags: ['tags'], collectionTags: [], dateFromFileName: true },
};

export const SITE_LABELS: Readonly<Record<SiteGenerator, string>> = {
  jekyll: 'Jekyll',
  hugo: 'Hugo',
  hexo: 'Hexo',
  astro: 'Astro',
  eleventy: 'Eleventy',
  plain: 'Markdown folder',
};
