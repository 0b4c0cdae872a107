import type MarkdownIt from 'markdown-it';

/** What a site export passes in markdown-it's env to point links and images at exported files. */
export interface SiteLinkEnv {
  /** The exported address for a link, or null to leave it as written. */
  readonly resolveLink?: (href: string) => string | null;
  /** The exported address for an image beside the post, or null to leave it as written. */
  readonly resolveImage?: (src: string) => string | null;
}

/**
 * Rewrites links between posts (`other-post.md`) and local images to the exported site's files.
 * Does nothing without a resolver in env (the preview and single-post export pass none). Runs on
 * tokens before rendering, so the rewritten addresses go through the same URL checks as any other.
 */
export function siteLinks(md: MarkdownIt): void {
  md.core.ruler.push('site_links', (state) => {
    const env = state.env as SiteLinkEnv | undefined;
    if (!env?.resolveLink && !env?.resolveImage) return;
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type === 'link_open' && env.resolveLink) {
          const next = env.resolveLink(token.attrGet('href') ?? '');
          if (next !== null) token.attrSet('href', next);
        } else if (token.type === 'image' && env.resolveImage) {
          const next = env.resolveImage(token.attrGet('src') ?? '');
          if (next !== null) token.attrSet('src', next);
        }
      }
    }
  });
}
