import { insertBracket } from '@codemirror/autocomplete';
import { ensureSyntaxTree } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { marked, markedState, runMarked } from '../testing/marked-state';
import { markdownSupport } from './markdown-language';
import { deleteMarkerPair, markdownPairing, markerInput } from './markdown-pairing';

const extensions = [markdownSupport(), markdownPairing()];

/** Types `text` at the marked selection the way the editor's input handlers would. */
function type(text: string, doc: string): string {
  const state = markedState(doc, extensions);
  ensureSyntaxTree(state, state.doc.length, 1000);
  const transaction = markerInput(state, text) ?? insertBracket(state, text);
  if (transaction) return marked(transaction.state);
  const { from, to } = state.selection.main;
  return marked(state.update({ changes: { from, to, insert: text }, selection: { anchor: from + text.length } }).state);
}

describe('emphasis and code markers', () => {
  it('pairs a marker between words', () => {
    expect(type('*', 'say | now')).toBe('say *|* now');
    expect(type('_', 'say | now')).toBe('say _|_ now');
    expect(type('`', 'run | now')).toBe('run `|` now');
    expect(type('~', 'say | now')).toBe('say ~|~ now');
  });
  it('doubles an empty pair for bold', () => expect(type('*', 'say *|* now')).toBe('say **|** now'));
  it('stops doubling after three', () => expect(type('*', 'say ***|*** now')).toBe('say ****|*** now'));
  it('types over the closer after text', () => {
    expect(type('*', 'say *hi|* now')).toBe('say *hi*| now');
    expect(type('_', '_hi|_')).toBe('_hi_|');
    expect(type('*', 'a **bold|**')).toBe('a **bold*|*');
    expect(type('*', 'a **bold*|*')).toBe('a **bold**|');
    expect(type('*', '(*|*)')).toBe('(**|**)');
  });
  it('wraps a selection, keeping it selected', () => {
    expect(type('*', 'say [hello] now')).toBe('say *[hello]* now');
    expect(type('`', 'run [npm test]')).toBe('run `[npm test]`');
    expect(type('~', 'a [b]')).toBe('a ~[b]~');
  });
  it('does not pair a list marker or rule at the start of a line', () => {
    expect(type('*', '|')).toBe('*|');
    expect(type('*', '  |')).toBe('  *|');
    expect(type('*', 'text\n|')).toBe('text\n*|');
  });
  it('does not pair a fence at the start of a line', () => {
    expect(type('`', '|')).toBe('`|');
    expect(type('`', '``|')).toBe('```|');
    expect(type('~', '~~|')).toBe('~~~|');
  });
  it('does not pair inside or touching a word', () => {
    expect(type('_', 'snake|case')).toBe('snake_|case');
    expect(type('_', 'snake|')).toBe('snake_|');
    expect(type('*', 'a |b')).toBe('a *|b');
    expect(type('*', '2|')).toBe('2*|');
  });
  it('turns a space typed into an empty pair into a plain marker', () => {
    expect(type(' ', '- a *|*')).toBe('- a * |');
    expect(type(' ', '2 *|*')).toBe('2 * |');
    expect(type(' ', 'a **|**')).toBe('a ** |**');
    expect(type(' ', 'a `|`')).toBe('a ` |`');
  });
  it('leaves code, front matter and URLs alone', () => {
    expect(type('*', '```\nx = |\n```')).toBe('```\nx = *|\n```');
    expect(type('_', 'use `a |` here')).toBe('use `a _|` here');
    expect(type('*', '---\ntitle: a |\n---\n\nbody')).toBe('---\ntitle: a *|\n---\n\nbody');
    expect(type('*', 'see <https://x.org/ |>')).not.toContain('*|*');
  });
  it('deletes an empty pair with Backspace', () => {
    expect(runMarked(deleteMarkerPair, 'a *|* b', extensions)).toBe('a | b');
    expect(runMarked(deleteMarkerPair, 'a **|** b', extensions)).toBe('a *|* b');
    expect(runMarked(deleteMarkerPair, 'a *b|', extensions)).toBeNull();
  });
});

describe('brackets and quotes', () => {
  it('pairs brackets and wraps selections', () => {
    expect(type('[', 'a | b')).toBe('a [|] b');
    expect(type('(', '[x]|')).toBe('[x](|)');
    expect(type('"', 'say | now')).toBe('say "|" now');
    expect(type('(', 'a [b] c')).toBe('a ([b]) c');
  });
  it('leaves an apostrophe inside a word alone', () => {
    expect(type("'", 'don|')).toBe("don'|");
    expect(type("'", "it|s")).toBe("it'|s");
  });
  it('pairs before punctuation but not before a word', () => {
    expect(type('(', 'a |.')).toBe('a (|).');
    expect(type('(', 'a |b')).toBe('a (|b');
  });
});
