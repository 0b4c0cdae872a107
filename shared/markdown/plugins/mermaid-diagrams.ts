import type MarkdownIt from 'markdown-it';

/**
 * A ```mermaid fence becomes `<pre class="mermaid-source">` holding the diagram's source. The
 * preview draws it lazily when it scrolls into view (renderer/preview/mermaid-diagrams.ts); an
 * export keeps the source, readable as it is, for the site's own Mermaid script to pick up.
 */
export function mermaidDiagrams(md: MarkdownIt): void {
  const fallback = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (token.info.trim().split(/\s+/)[0]?.toLowerCase() !== 'mermaid') return fallback(tokens, idx, options, env, self);
    return `<pre class="mermaid-source"><code class="language-mermaid">${md.utils.escapeHtml(token.content)}</code></pre>\n`;
  };
}
