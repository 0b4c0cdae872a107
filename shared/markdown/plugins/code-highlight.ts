import type MarkdownIt from 'markdown-it';
import hljs from 'highlight.js/lib/common';

/**
 * Fenced code with a known language is highlighted by highlight.js (its ~40 common languages: the
 * full set would add ~1 MB to the page for languages blogs rarely show). The output is spans with
 * `hljs-*` classes only, coloured by the article CSS for light and dark; an unknown language or
 * none stays plain, escaped text. Mermaid fences are diagrams, not code (mermaid-diagrams.ts).
 */
export function codeHighlight(md: MarkdownIt): void {
  md.options.highlight = (code, language) => {
    const name = language.trim().toLowerCase();
    if (name === '' || name === 'mermaid' || !hljs.getLanguage(name)) return '';
    try {
      return hljs.highlight(code, { language: name, ignoreIllegals: true }).value;
    } catch {
      return '';
    }
  };
}
