import { isAllowedLoad, LOADING_URL_ATTRIBUTES, type RemoteContentPolicy } from './remote-content';
import { safeStyle } from './safe-style';

/**
 * What raw HTML in a post may keep, as a DOMPurify configuration. Markdown is untrusted input
 * (a post may come from anywhere), so the preview and every export sanitize with this one policy.
 * DOMPurify itself runs where a DOM exists: the renderer's window, or jsdom in Node.
 */
/** The subset of DOMPurify's Config we set; structurally a DOMPurify Config. */
export interface SanitizePolicy {
  USE_PROFILES: { html: boolean; mathMl: boolean };
  ADD_ATTR: string[];
  SANITIZE_NAMED_PROPS?: boolean;
  FORBID_TAGS: string[];
  FORBID_ATTR: string[];
  ALLOW_DATA_ATTR: boolean;
  ALLOWED_URI_REGEXP: RegExp;
}

export const SANITIZE_CONFIG: Readonly<SanitizePolicy> = {
  // MathML: math renders as MathML (plugins/math.ts); DOMPurify checks its namespaces.
  USE_PROFILES: { html: true, mathMl: true },
  // The preview's line map (block-renderer.ts); a number, read by scroll sync, never by markup.
  ADD_ATTR: ['data-source-line'],
  // Forms, frames and styles could restyle or spoof the app around the preview.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['srcset', 'formaction', 'ping'],
  ALLOW_DATA_ATTR: false,
  // Only web, mail and in-page links; relative paths stay for images next to the post.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Anything that sanitizes an HTML fragment under SANITIZE_CONFIG. */
export type HtmlSanitizer = (html: string) => string;

/** The parts of a DOMPurify instance the policy uses (DOMPurify's types need the DOM lib). */
export interface PurifierLike {
  setConfig(config: SanitizePolicy): void;
  sanitize(html: string): unknown;
  addHook(entry: 'uponSanitizeAttribute', hook: (node: unknown, data: AttributeHookData) => void): void;
  removeAllHooks(): void;
}

interface AttributeHookData {
  attrName: string;
  attrValue: string;
  keepAttr: boolean;
}

export interface SanitizerOptions {
  /** Whether posts may load images and media over https (the default) or nothing remote. */
  readonly remoteContent?: RemoteContentPolicy;
  /**
   * Prefix every `id` and `name` with `user-content-` (DOMPurify's SANITIZE_NAMED_PROPS), as
   * GitHub does: in the app's page an element named `config` or `location` would otherwise shadow
   * a global of the app (DOM clobbering). The preview sets it and maps `#id` links itself; an
   * exported page keeps the plain ids its URLs use.
   */
  readonly prefixIds?: boolean;
}

/**
 * The one sanitizer: DOMPurify (the window's in the page, jsdom's in Node) with SANITIZE_CONFIG
 * and two attribute rules no config option expresses: styles cut to a safe subset (safe-style.ts)
 * and loads only from addresses the remote-content policy allows (remote-content.ts). `purify`
 * becomes this sanitizer's own: its hooks and config are replaced, so no one else may share it.
 */
export function createHtmlSanitizer(purify: PurifierLike, { remoteContent = 'https', prefixIds = false }: SanitizerOptions = {}): HtmlSanitizer {
  purify.removeAllHooks();
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const name = data.attrName.toLowerCase();
    if (name === 'style') {
      data.attrValue = safeStyle(data.attrValue);
      if (data.attrValue === '') data.keepAttr = false;
    } else if ((LOADING_URL_ATTRIBUTES as readonly string[]).includes(name) && !isAllowedLoad(data.attrValue, remoteContent)) {
      data.keepAttr = false;
    }
  });
  // Set once on this instance (each sanitizer owns one): passed to every call, DOMPurify parsed
  // the whole config again each time, ~0.15 ms, a tenth of a keystroke's preview update.
  purify.setConfig({ ...SANITIZE_CONFIG, ...(prefixIds ? { SANITIZE_NAMED_PROPS: true } : {}) });
  return (html) => String(purify.sanitize(html));
}
