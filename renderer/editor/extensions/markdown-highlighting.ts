import type { Extension } from '@codemirror/state';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

/**
 * Colours for Markdown and for fenced code. Colours are CSS variables (styles/app.css) so the
 * light and dark themes switch with the system setting without rebuilding the editor.
 */
const markdownHighlightStyle = HighlightStyle.define([
  { tag: t.heading1, fontWeight: '700', fontSize: '1.3em', color: 'var(--cm-heading)' },
  { tag: t.heading2, fontWeight: '700', fontSize: '1.15em', color: 'var(--cm-heading)' },
  { tag: [t.heading3, t.heading4, t.heading5, t.heading6], fontWeight: '700', color: 'var(--cm-heading)' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: [t.link, t.url], color: 'var(--cm-link)' },
  { tag: t.url, textDecoration: 'underline', textDecorationColor: 'var(--cm-mark)' },
  { tag: t.monospace, color: 'var(--cm-code)' },
  { tag: t.quote, color: 'var(--cm-quote)', fontStyle: 'italic' },
  { tag: [t.processingInstruction, t.contentSeparator, t.labelName], color: 'var(--cm-mark)' },
  { tag: [t.meta, t.comment], color: 'var(--cm-comment)' },
  { tag: t.escape, color: 'var(--cm-mark)' },
  // Front matter keys and fenced code.
  { tag: [t.propertyName, t.attributeName, t.definition(t.propertyName)], color: 'var(--cm-property)' },
  { tag: [t.keyword, t.operatorKeyword, t.modifier, t.controlKeyword], color: 'var(--cm-keyword)' },
  { tag: [t.string, t.special(t.string), t.regexp, t.character], color: 'var(--cm-string)' },
  { tag: [t.number, t.bool, t.atom, t.null], color: 'var(--cm-number)' },
  { tag: [t.typeName, t.className, t.namespace, t.tagName], color: 'var(--cm-type)' },
  { tag: [t.function(t.variableName), t.function(t.propertyName)], color: 'var(--cm-function)' },
  { tag: t.invalid, color: 'var(--cm-invalid)' },
]);

export function markdownHighlighting(): Extension {
  return syntaxHighlighting(markdownHighlightStyle);
}
