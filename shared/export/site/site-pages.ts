import { escapeHtml } from '../render-article';
import { displayDate, type SiteModel, type SitePost, type SiteTag } from './site-model';
import type { SiteSettings } from './site-settings';
import { absoluteUrl, relativeUrl, sitePaths, urlOf, type UrlStyle } from './site-paths';

/** What every page of one export shares. */
export interface SiteContext {
  readonly settings: SiteSettings;
  readonly style: UrlStyle;
  /** Theme CSS plus the writer's override, inlined so a page needs nothing else to look right. */
  readonly css: string;
  readonly generator: string;
  /** Whether pages may show https images (the folder's remote-content policy). */
  readonly remoteImages: boolean;
}

/** No script and no remote load, ever: the sanitizer's promise, repeated by the browser. */
export function pageCsp(remoteImages: boolean): string {
  const remote = remoteImages ? ' https:' : '';
  return `default-src 'none'; img-src 'self' data:${remote}; media-src 'self'${remote}; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`;
}

function layout(ctx: SiteContext, file: string, title: string, main: string, extraHead = ''): string {
  const { settings } = ctx;
  const home = relativeUrl(file, urlOf(sitePaths.index, ctx.style)) || './';
  const tags = relativeUrl(file, urlOf(sitePaths.tagsIndex(ctx.style), ctx.style));
  const pageTitle = title === settings.title ? title : `${title} · ${settings.title}`;
  return `<!doctype html>
<html lang="${escapeHtml(settings.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${pageCsp(ctx.remoteImages)}">
<meta name="generator" content="${escapeHtml(ctx.generator)}">
<title>${escapeHtml(pageTitle)}</title>
<link rel="alternate" type="application/rss+xml" title="${escapeHtml(settings.title)}" href="${escapeHtml(absoluteUrl(settings.baseUrl, sitePaths.rss))}">
<link rel="alternate" type="application/atom+xml" title="${escapeHtml(settings.title)}" href="${escapeHtml(absoluteUrl(settings.baseUrl, sitePaths.atom))}">
${extraHead}<style>
${ctx.css}
</style>
</head>
<body>
<div class="site">
<header class="site-header">
<span><a class="site-name" href="${escapeHtml(home)}">${escapeHtml(settings.title)}</a>${settings.author ? ` <span class="site-author">by ${escapeHtml(settings.author)}</span>` : ''}</span>
<nav class="site-nav"><a href="${escapeHtml(home)}">Posts</a><a href="${escapeHtml(tags)}">Tags</a><a href="${escapeHtml(relativeUrl(file, sitePaths.rss))}">RSS</a></nav>
</header>
<main>
${main}</main>
<footer class="site-footer">© ${escapeHtml(settings.author || settings.title)} · <a href="${escapeHtml(relativeUrl(file, sitePaths.atom))}">Atom feed</a></footer>
</div>
</body>
</html>
`;
}

function tagLinks(ctx: SiteContext, file: string, post: SitePost): string {
  if (post.tags.length === 0) return '';
  const items = post.tags.map((tag) => `<li><a href="${escapeHtml(relativeUrl(file, urlOf(sitePaths.tag(tag.slug, ctx.style), ctx.style)))}">${escapeHtml(tag.name)}</a></li>`);
  return `<ul class="tag-list">${items.join('')}</ul>`;
}

function metaLine(ctx: SiteContext, file: string, post: SitePost): string {
  const parts: string[] = [];
  if (post.date) parts.push(`<time datetime="${escapeHtml(displayDate(post.date))}">${escapeHtml(displayDate(post.date))}</time>`);
  const author = post.author ?? ctx.settings.author;
  if (author) parts.push(`<span class="post-author">${escapeHtml(author)}</span>`);
  const tags = tagLinks(ctx, file, post);
  if (tags) parts.push(tags);
  // A div, not a p: the tag list is a list, which a paragraph cannot hold.
  return parts.length ? `<div class="post-meta">${parts.join('')}</div>\n` : '';
}

/** A post's page: back link, title, date, author, tags, the sanitized body. */
export function postPage(ctx: SiteContext, post: SitePost, bodyHtml: string): string {
  const file = sitePaths.post(post, ctx.style);
  const home = relativeUrl(file, urlOf(sitePaths.index, ctx.style)) || './';
  const heading = post.titleInBody ? '' : `<h1 class="post-title">${escapeHtml(post.title)}</h1>\n`;
  const description = `<meta name="description" content="${escapeHtml(post.summary)}">\n`;
  const main =
    `<a class="back-link" href="${escapeHtml(home)}">← back to blog</a>\n` +
    `<article class="post">\n<header class="post-header">\n${heading}${metaLine(ctx, file, post)}</header>\n` +
    `<div class="post-body">\n${bodyHtml}</div>\n</article>\n`;
  return layout(ctx, file, post.title, main, description);
}

function postList(ctx: SiteContext, file: string, posts: readonly SitePost[]): string {
  const items = posts.map((post) => {
    const href = relativeUrl(file, urlOf(sitePaths.post(post, ctx.style), ctx.style));
    const summary = post.summary ? `<p class="summary">${escapeHtml(post.summary)}</p>` : '';
    return `<li class="post-item">\n<h2><a href="${escapeHtml(href)}">${escapeHtml(post.title)}</a></h2>\n${metaLine(ctx, file, post)}${summary}\n</li>`;
  });
  return `<ul class="post-list">\n${items.join('\n')}\n</ul>\n`;
}

/** The home page: every post newest first with its date and summary. */
export function indexPage(ctx: SiteContext, model: SiteModel): string {
  const file = sitePaths.index;
  const intro = ctx.settings.description ? `<p class="post-meta">${escapeHtml(ctx.settings.description)}</p>\n` : '';
  const list = model.posts.length ? postList(ctx, file, model.posts) : '<p>No posts yet.</p>\n';
  return layout(ctx, file, ctx.settings.title, `<div class="post">\n${intro}${list}</div>\n`);
}

export function tagPage(ctx: SiteContext, tag: SiteTag): string {
  const file = sitePaths.tag(tag.slug, ctx.style);
  const title = `Tagged “${tag.name}”`;
  return layout(ctx, file, title, `<div class="post">\n<h1 class="page-title">${escapeHtml(title)}</h1>\n${postList(ctx, file, tag.posts)}</div>\n`);
}

export function tagsIndexPage(ctx: SiteContext, model: SiteModel): string {
  const file = sitePaths.tagsIndex(ctx.style);
  const items = model.tags.map(
    (tag) => `<li><a href="${escapeHtml(relativeUrl(file, urlOf(sitePaths.tag(tag.slug, ctx.style), ctx.style)))}">${escapeHtml(tag.name)} (${tag.posts.length})</a></li>`,
  );
  return layout(ctx, file, 'Tags', `<div class="post">\n<h1 class="page-title">Tags</h1>\n<ul class="tag-list">${items.join('')}</ul>\n</div>\n`);
}
