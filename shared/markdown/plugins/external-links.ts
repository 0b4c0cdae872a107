import type MarkdownIt from 'markdown-it';

/** Marks absolute links `rel="noopener noreferrer"`: in an exported page they open no opener. */
export function externalLinks(md: MarkdownIt): void {
  const fallback = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    if (/^(?:https?:)?\/\//i.test(token.attrGet('href') ?? '')) token.attrSet('rel', 'noopener noreferrer');
    return fallback(tokens, idx, options, env, self);
  };
}
