import type createDOMPurifyType from 'dompurify';
import type { RemoteContentPolicy } from '../../../shared/markdown/remote-content';
import { createHtmlSanitizer, type HtmlSanitizer, type PurifierLike } from '../../../shared/markdown/sanitize-policy';

type DomPurifyWindow = Parameters<typeof createDOMPurifyType>[0];

let dom: Promise<{ window: DomPurifyWindow; createDOMPurify: typeof createDOMPurifyType }> | null = null;
const sanitizers = new Map<RemoteContentPolicy, Promise<HtmlSanitizer>>();

/**
 * DOMPurify needs a DOM; in Node it gets jsdom's (never happy-dom, which sanitizes wrongly).
 * Loaded on first export only: jsdom costs a few hundred milliseconds to import. One DOMPurify
 * instance per remote-content policy, since the policy lives in that instance's hooks.
 */
export function loadNodeSanitizer(remoteContent: RemoteContentPolicy = 'https'): Promise<HtmlSanitizer> {
  dom ??= Promise.all([import('jsdom'), import('dompurify')]).then(([{ JSDOM }, { default: createDOMPurify }]) => ({
    window: new JSDOM('').window as unknown as DomPurifyWindow,
    createDOMPurify,
  }));
  let sanitizer = sanitizers.get(remoteContent);
  if (!sanitizer) {
    sanitizer = dom.then(({ window, createDOMPurify }) => createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike, { remoteContent }));
    sanitizers.set(remoteContent, sanitizer);
  }
  return sanitizer;
}
