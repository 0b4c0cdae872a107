import { createMarkdownIt, joinParts, renderBody, type MarkdownRenderer } from '../../../shared/markdown/create-markdown';
import type { RemoteContentPolicy } from '../../../shared/markdown/remote-content';
import type { HtmlSanitizer } from '../../../shared/markdown/sanitize-policy';
import { loadNodeSanitizer } from './node-sanitizer';

/** Thrown by the export renderer when a post needs the DOM sanitizer and it is not loaded yet. */
class SanitizerNotLoaded extends Error {}

const md = createMarkdownIt();
const loaded = new Map<RemoteContentPolicy, HtmlSanitizer>();

/**
 * The shared pipeline for exports, with jsdom + DOMPurify loaded only when a post needs them:
 * loading them costs ~1 s, and most posts (no raw HTML) never do. `run` calls `use` with a
 * synchronous renderer; if a post needs the sanitizer, it loads it and runs `use` again.
 */
export async function withExportMarkdown<T>(policy: RemoteContentPolicy, use: (markdown: MarkdownRenderer) => T): Promise<T> {
  const sanitize = (html: string) => {
    const loadedSanitizer = loaded.get(policy);
    if (!loadedSanitizer) throw new SanitizerNotLoaded();
    return loadedSanitizer(html);
  };
  const renderer: MarkdownRenderer = {
    engine: md,
    sanitize,
    render: (markdown) => {
      const parts = renderBody(md, markdown, policy);
      const sanitize = loaded.get(policy);
      if (!sanitize && parts.some((part) => part.needsSanitizer)) throw new SanitizerNotLoaded();
      return joinParts(parts, sanitize ?? ((html) => html));
    },
  };
  try {
    return use(renderer);
  } catch (error) {
    if (!(error instanceof SanitizerNotLoaded)) throw error;
    loaded.set(policy, await loadNodeSanitizer(policy));
    return use(renderer);
  }
}

/**
 * A post body for a site page: rendered through the shared pipeline with the site's link
 * resolvers in env; sanitized by DOMPurify only when the fast path cannot vouch for it.
 */
export async function renderExportBody(markdown: string, policy: RemoteContentPolicy, env: object): Promise<string> {
  const parts = renderBody(md, markdown, policy, env);
  let sanitize = loaded.get(policy);
  if (!sanitize && parts.some((part) => part.needsSanitizer)) loaded.set(policy, (sanitize = await loadNodeSanitizer(policy)));
  return joinParts(parts, sanitize ?? ((html) => html));
}
