import { ARTICLE_CSS } from './article-css';

export type ThemeName = 'developer-blog' | 'print';

/** The site around the article: a masthead with site name and author, a readable measure, lists. */
const DEVELOPER_BLOG = `${ARTICLE_CSS}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--post-bg); color: var(--post-fg); }
.site { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
.site-header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .25rem 1rem;
  padding-bottom: 1rem; margin-bottom: 2.5rem; border-bottom: 1px solid var(--post-rule);
  font: 500 .95rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.site-name { font-weight: 700; font-size: 1.15rem; color: var(--post-fg); text-decoration: none; letter-spacing: -.01em; }
.site-author { color: var(--post-muted); }
.site-nav { display: flex; gap: 1rem; }
.site-nav a, .back-link { color: var(--post-muted); text-decoration: none; }
.site-nav a:hover, .back-link:hover, .site-name:hover { color: var(--post-link); }
.back-link { display: inline-block; margin-bottom: 1.5rem; font: 500 .9rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.post-meta { margin: 0; color: var(--post-muted); font: 500 .9rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.post-meta { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem 0; }
.post-meta > * + *::before { content: "·"; margin: 0 .55em; color: var(--post-muted); }
.post-meta > .tag-list::before { margin-right: .55em; }
.tag-list { font: 500 .8rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; display: inline-flex; align-items: center; flex-wrap: wrap; gap: .35rem; list-style: none; margin: 0; padding: 0; }
.tag-list li { display: inline-flex; }
.tag-list a { display: inline-block; padding: .05rem .55rem; border: 1px solid var(--post-rule); border-radius: 999px;
  color: var(--post-muted); text-decoration: none; font-size: .8rem; }
.tag-list a:hover { color: var(--post-link); border-color: var(--post-link); }
.page-title { font: 700 1.9rem/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 0 2rem; letter-spacing: -.01em; }
.post-list { list-style: none; margin: 0; padding: 0; }
.post-list > li { padding: 1.4rem 0; border-bottom: 1px solid var(--post-rule); }
.post-list > li:first-child { padding-top: 0; }
.post-list h2 { font: 650 1.3rem/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 0 .3rem; }
.post-list h2 a { color: var(--post-fg); text-decoration: none; }
.post-list h2 a:hover { color: var(--post-link); }
.post-list .summary { margin: .5rem 0 0; }
.site-footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--post-rule); color: var(--post-muted);
  font: .85rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.site-footer a { color: var(--post-muted); }
.hljs-comment, .hljs-quote { color: var(--post-muted); font-style: italic; }
`;

/** For paper: black on white, serif body, link targets printed, no breaks inside code or figures. */
const PRINT = `${DEVELOPER_BLOG}
:root, .post { --post-bg: #fff; --post-fg: #000; --post-muted: #444; --post-rule: #bbb; --post-code-bg: #f3f3f3; --post-link: #000; }
.post { font-size: 11.5pt; }
.site { max-width: none; padding: 0; }
.site-header, .site-footer, .back-link, .site-nav { display: none; }
.post-body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #444; word-break: break-all; }
.post-body pre, .post-body figure, .post-body table, .post-body img, .post-body blockquote { break-inside: avoid; }
.post-body h1, .post-body h2, .post-body h3 { break-after: avoid; }
@page { margin: 18mm 16mm; }
`;

export const THEMES: Readonly<Record<ThemeName, string>> = { 'developer-blog': DEVELOPER_BLOG, print: PRINT };
