/**
 * A post's inline `style` attributes, cut down to what styles text and boxes in place.
 *
 * Written here rather than taken from a CSS sanitizer library: those (sanitize-html with postcss)
 * would pull a full CSS parser into the renderer for one attribute, and what we need is an
 * allow-list, not a parse. Two kinds of declaration are dropped:
 * - anything that can draw outside the preview or over the app: position and its offsets,
 *   z-index, transforms, clip paths (a `position:fixed; inset:0` overlay could fake a login box);
 * - anything that can load from elsewhere: every `url(`, `image-set(`, `@import`, escapes and
 *   comments that could hide one. Opening a post must not send a request anywhere.
 */
const ALLOWED_PROPERTIES = new Set([
  'color', 'background-color', 'opacity',
  'font', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight',
  'letter-spacing', 'line-height', 'text-align', 'text-decoration', 'text-decoration-color',
  'text-decoration-line', 'text-decoration-style', 'text-indent', 'text-transform',
  'vertical-align', 'white-space', 'word-break', 'overflow-wrap', 'word-spacing', 'direction',
  'width', 'height', 'min-width', 'min-height', 'max-width', 'max-height', 'aspect-ratio', 'object-fit',
  'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-color',
  'border-style', 'border-width', 'border-radius', 'border-collapse', 'border-spacing',
  'display', 'float', 'clear', 'list-style-type', 'table-layout', 'caption-side',
  'gap', 'column-gap', 'row-gap', 'justify-content', 'align-items', 'align-self', 'flex',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'flex-basis',
  'grid-template-columns', 'grid-template-rows', 'grid-column', 'grid-row', 'columns', 'column-count',
]);

/** Values that could fetch, hide a fetch or break out of the declaration. */
const UNSAFE_VALUE = /url\s*\(|image\s*\(|image-set|element\s*\(|expression|attr\s*\(|@|\\|\/\*|<|>|javascript:|[{}]/i;

/** `display` values that keep the element in the normal flow of the preview. */
const UNSAFE_DISPLAY = /contents/i;

export function safeStyle(style: string): string {
  const kept: string[] = [];
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon <= 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim();
    if (value === '' || !ALLOWED_PROPERTIES.has(property) || UNSAFE_VALUE.test(value)) continue;
    if (property === 'display' && UNSAFE_DISPLAY.test(value)) continue;
    kept.push(declaration.trim());
  }
  return kept.join('; ');
}
