/**
 * The look of a post, shared by the live preview and the exported page. Scoped under `.post` so
 * the app's own styles and these never meet. Light and dark follow the reader's system setting.
 */
import { CONTENT_CSS } from './content-css';

export const ARTICLE_CSS = `

:root, .post {
  --post-bg: #ffffff; --post-fg: #1f2328; --post-muted: #59636e; --post-rule: #d1d9e0;
  --post-code-bg: #f6f8fa; --post-link: #0969da; --post-quote: #59636e;
}
.post {
  color: var(--post-fg); background: var(--post-bg);
  font: 17px/1.65 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif;
  overflow-wrap: break-word;
}
@media (prefers-color-scheme: dark) {
  .post, :root { --post-bg: #16181d; --post-fg: #e6e8eb; --post-muted: #9aa4b0; --post-rule: #363b44;
    --post-code-bg: #1f232a; --post-link: #6cb6ff; --post-quote: #a7b0bb; }
}
.post-header { margin-bottom: 2rem; }
.post-title { font: 700 2.1rem/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 0 .4rem; letter-spacing: -.01em; }
.post-date { margin: 0; color: var(--post-muted); font: 500 .9rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.post-author { margin: .2rem 0 0; color: var(--post-muted); font: .9rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.post-tags { display: flex; flex-wrap: wrap; gap: .35rem; list-style: none; margin: .6rem 0 0; padding: 0; }
.post-tags li { padding: .05rem .55rem; border: 1px solid var(--post-rule); border-radius: 999px; color: var(--post-muted);
  font: 500 .8rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.post-body h1, .post-body h2, .post-body h3, .post-body h4, .post-body h5, .post-body h6 {
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.25; margin: 2em 0 .6em;
}
.post-body h1 { font-size: 1.7rem; } .post-body h2 { font-size: 1.4rem; } .post-body h3 { font-size: 1.15rem; }
.post-body p, .post-body ul, .post-body ol, .post-body blockquote, .post-body table, .post-body pre { margin: 0 0 1.1em; }
.post-body a { color: var(--post-link); }
.post-body img { max-width: 100%; height: auto; }
.post-body blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid var(--post-rule); color: var(--post-quote); }
.post-body code { font: .88em/1.5 ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; background: var(--post-code-bg); padding: .12em .35em; border-radius: 4px; }
.post-body pre { background: var(--post-code-bg); padding: .9em 1.1em; border-radius: 6px; overflow-x: auto;
  font: .82rem/1.55 ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; }
.post-body pre code { background: none; padding: 0; font: inherit; }
.post-body table { border-collapse: collapse; display: block; overflow-x: auto; max-width: 100%; }
.post-body th, .post-body td { border: 1px solid var(--post-rule); padding: .4em .8em; }
.post-body th { text-align: left; background: var(--post-code-bg); font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: .92em; }
.post-body hr { border: 0; border-top: 1px solid var(--post-rule); margin: 2.2em 0; }
` + CONTENT_CSS;
