import type MarkdownIt from 'markdown-it';
import katex from '@vscode/markdown-it-katex';

/**
 * `$inline$` and `$$display$$` math through KaTeX, as MathML only: browsers draw MathML natively,
 * so neither the preview nor an exported page needs KaTeX's stylesheet and fonts, and no inline
 * `style` (which the sanitizer cuts) is involved. `trust: false`: no `\href`, `\includegraphics` or
 * other commands that could link or load; an error shows the source in red instead of failing.
 */
export function math(md: MarkdownIt): void {
  // The plugin hands its options to katex.renderToString as they are.
  const options = { output: 'mathml', trust: false, throwOnError: false, maxSize: 20, maxExpand: 500, enableFencedBlocks: true };
  // A CommonJS module with `exports.default`: bundlers hand over either the function or the module.
  const plugin = (katex as unknown as { default?: typeof katex }).default ?? katex;
  md.use(plugin, options);
  // KaTeX wraps the MathML in <semantics> with the TeX source in an <annotation>. The sanitizer
  // drops both tags (annotation-xml is a way into HTML from MathML) but keeps their text, which
  // would print the TeX after the formula: the source is taken out here, before sanitizing.
  for (const name of Object.keys(md.renderer.rules).filter((rule) => rule.startsWith('math') || rule === 'fence')) {
    const render = md.renderer.rules[name]!;
    md.renderer.rules[name] = (tokens, idx, options, env, self) => withoutTexSource(render(tokens, idx, options, env, self));
  }
}

function withoutTexSource(html: string): string {
  if (!html.includes('<semantics>')) return html;
  return html.replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/g, '').replace(/<\/?semantics>/g, '');
}
