/**
 * The look of what the content plugins (shared/markdown/plugins) produce: task boxes, alerts,
 * footnotes, shortcode boxes, math, diagrams and code highlighting (GitHub's light and dark
 * colours for highlight.js classes). Part of the article stylesheet, so preview and export agree.
 */
export const CONTENT_CSS = `
:root, .post {
  --hl-keyword: #cf222e; --hl-title: #8250df; --hl-string: #0a3069; --hl-number: #0550ae; --hl-comment: #59636e;
  --hl-attr: #0550ae; --hl-built: #953800; --hl-added: #116329; --hl-deleted: #82071e;
  --alert-note: #0969da; --alert-tip: #1a7f37; --alert-important: #8250df; --alert-warning: #9a6700; --alert-caution: #cf222e;
}
@media (prefers-color-scheme: dark) {
  .post, :root {
    --hl-keyword: #ff7b72; --hl-title: #d2a8ff; --hl-string: #a5d6ff; --hl-number: #79c0ff; --hl-comment: #8b949e;
    --hl-attr: #79c0ff; --hl-built: #ffa657; --hl-added: #aff5b4; --hl-deleted: #ffdcd7;
    --alert-note: #4493f8; --alert-tip: #3fb950; --alert-important: #ab7df8; --alert-warning: #d29922; --alert-caution: #f85149;
  }
}
.post-body .hljs-keyword, .post-body .hljs-doctag, .post-body .hljs-meta .hljs-keyword, .post-body .hljs-template-tag, .post-body .hljs-type, .post-body .hljs-variable.language_ { color: var(--hl-keyword); }
.post-body .hljs-title, .post-body .hljs-title.class_, .post-body .hljs-title.function_ { color: var(--hl-title); }
.post-body .hljs-attr, .post-body .hljs-attribute, .post-body .hljs-literal, .post-body .hljs-meta, .post-body .hljs-number, .post-body .hljs-operator, .post-body .hljs-variable, .post-body .hljs-selector-attr, .post-body .hljs-selector-class, .post-body .hljs-selector-id { color: var(--hl-number); }
.post-body .hljs-regexp, .post-body .hljs-string, .post-body .hljs-meta .hljs-string { color: var(--hl-string); }
.post-body .hljs-built_in, .post-body .hljs-symbol { color: var(--hl-built); }
.post-body .hljs-comment, .post-body .hljs-code, .post-body .hljs-formula { color: var(--hl-comment); font-style: italic; }
.post-body .hljs-name, .post-body .hljs-quote, .post-body .hljs-selector-tag, .post-body .hljs-selector-pseudo { color: var(--hl-added); }
.post-body .hljs-section { color: var(--hl-number); font-weight: 700; }
.post-body .hljs-addition { color: var(--hl-added); } .post-body .hljs-deletion { color: var(--hl-deleted); }
.post-body .hljs-emphasis { font-style: italic; } .post-body .hljs-strong { font-weight: 700; }

.post-body .contains-task-list { list-style: none; padding-left: 1.4em; }
.post-body .task-list-item { position: relative; }
.post-body .task-checkbox { display: inline-block; width: .95em; height: .95em; margin: 0 .45em 0 -1.4em; vertical-align: -.1em;
  border: 1.5px solid var(--post-muted); border-radius: 3px; box-sizing: border-box; }
.post-body .task-checkbox.checked { background: var(--post-link); border-color: var(--post-link); position: relative; }
.post-body .task-checkbox.checked::after { content: ""; position: absolute; left: .26em; top: .06em; width: .25em; height: .5em;
  border: solid var(--post-bg); border-width: 0 .12em .12em 0; transform: rotate(45deg); }

.post-body .markdown-alert { margin: 0 0 1.1em; padding: .5em 1em; border-left: .25em solid var(--alert-note); }
.post-body .markdown-alert > :last-child { margin-bottom: 0; }
.post-body .markdown-alert-title { margin: 0 0 .3em; font: 600 .92em/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--alert-note); }
.post-body .markdown-alert-tip { border-color: var(--alert-tip); } .post-body .markdown-alert-tip .markdown-alert-title { color: var(--alert-tip); }
.post-body .markdown-alert-important { border-color: var(--alert-important); } .post-body .markdown-alert-important .markdown-alert-title { color: var(--alert-important); }
.post-body .markdown-alert-warning { border-color: var(--alert-warning); } .post-body .markdown-alert-warning .markdown-alert-title { color: var(--alert-warning); }
.post-body .markdown-alert-caution { border-color: var(--alert-caution); } .post-body .markdown-alert-caution .markdown-alert-title { color: var(--alert-caution); }

.post-body .shortcode { font: .85rem/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; border: 1px dashed var(--post-rule);
  border-radius: 6px; background: var(--post-code-bg); color: var(--post-muted); }
.post-body .shortcode-block { display: flex; flex-direction: column; gap: .3em; padding: .7em 1em; margin: 0 0 1.1em; }
.post-body .shortcode-inline { display: inline-flex; gap: .4em; align-items: baseline; padding: 0 .4em; }
.post-body .shortcode-label { font-weight: 600; text-transform: none; }
.post-body .shortcode code { background: none; padding: 0; overflow-wrap: anywhere; }

.post-body .footnotes-sep { margin: 2.5em 0 1em; }
.post-body .footnotes { font-size: .9em; color: var(--post-muted); }
.post-body .footnote-ref a, .post-body .footnote-backref { text-decoration: none; }

.post-body .katex-block { text-align: center; overflow-x: auto; }
.post-body .mermaid-source.mermaid-drawn { background: none; padding: 0; text-align: center; overflow-x: auto; }
.post-body .mermaid-diagram svg { max-width: 100%; height: auto; }
.post-body .mermaid-error { border-left: 3px solid var(--alert-caution); }
`;
