/**
 * What raw HTML in a post may keep, as a DOMPurify configuration. Markdown is untrusted input
 * (a post may come from anywhere), so the preview and every export sanitize with this one policy.
 * DOMPurify itself runs where a DOM exists: the renderer's window, or jsdom in Node.
 */
/** The subset of DOMPurify's Config we set; structurally a DOMPurify Config. */
export interface SanitizePolicy {
  USE_PROFILES: { html: boolean };
  FORBID_TAGS: string[];
  FORBID_ATTR: string[];
  ALLOW_DATA_ATTR: boolean;
  ALLOWED_URI_REGEXP: RegExp;
}

export const SANITIZE_CONFIG: Readonly<SanitizePolicy> = {
  USE_PROFILES: { html: true },
  // Forms, frames and styles could restyle or spoof the app around the preview.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['srcset', 'formaction', 'ping'],
  ALLOW_DATA_ATTR: false,
  // Only web, mail and in-page links; relative paths stay for images next to the post.
  ALLOWED_URI_REGEXP: /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Anything that sanitizes an HTML fragment under SANITIZE_CONFIG. */
export type HtmlSanitizer = (html: string) => string;
