import { createHtmlSanitizer, type HtmlSanitizer, type PurifierLike } from '../../../shared/markdown/sanitize-policy';

let sanitizer: Promise<HtmlSanitizer> | null = null;

/**
 * DOMPurify needs a DOM; in Node it gets jsdom's (never happy-dom, which sanitizes wrongly).
 * Loaded on first export only: jsdom costs a few hundred milliseconds to import.
 */
export function loadNodeSanitizer(): Promise<HtmlSanitizer> {
  sanitizer ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')]);
    const purify = createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
    return createHtmlSanitizer(purify as unknown as PurifierLike);
  })();
  return sanitizer;
}
