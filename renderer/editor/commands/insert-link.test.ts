import { EditorSelection, EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { runMarked } from '../testing/marked-state';
import { insertLink } from './insert-link';

describe('insertLink', () => {
  it('makes the selection the link text and selects the url placeholder', () =>
    expect(runMarked(insertLink, 'read [the docs] first')).toBe('read [the docs]([url]) first'));
  it('keeps spaces around the selection outside the link', () =>
    expect(runMarked(insertLink, 'read[ the docs ]first')).toBe('read [the docs]([url]) first'));
  it('makes a selected address the target and selects a text placeholder', () =>
    expect(runMarked(insertLink, 'see [https://example.com/a?b=1] now')).toBe('see [[text]](https://example.com/a?b=1) now'));
  it('completes a www. address', () => expect(runMarked(insertLink, '[www.example.com]')).toBe('[[text]](https://www.example.com)'));
  it('inserts empty brackets and a url placeholder at a cursor', () => expect(runMarked(insertLink, 'a | b')).toBe('a [|](url) b'));
  it('selects the placeholder when run again inside the link', () => {
    expect(runMarked(insertLink, 'a [docs|](url) b')).toBe('a [docs]([url]) b');
    expect(runMarked(insertLink, 'a [|](url) b')).toBe('a []([url]) b');
  });
  it('links every selection range', () => {
    let state = EditorState.create({
      doc: 'one two',
      selection: EditorSelection.create([EditorSelection.range(0, 3), EditorSelection.range(4, 7)]),
      extensions: EditorState.allowMultipleSelections.of(true),
    });
    insertLink({ state, dispatch: (tr) => (state = tr.state) });
    expect(state.doc.toString()).toBe('[one](url) [two](url)');
    expect(state.selection.ranges.map((r) => state.sliceDoc(r.from, r.to))).toEqual(['url', 'url']);
  });
  it('is a user input event (one undo step)', () => {
    const state = EditorState.create({ doc: 'x', selection: EditorSelection.range(0, 1) });
    let isInput = false;
    insertLink({ state, dispatch: (tr) => (isInput = tr.isUserEvent('input')) });
    expect(isInput).toBe(true);
  });
});
