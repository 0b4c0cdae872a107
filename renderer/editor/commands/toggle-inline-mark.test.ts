import { EditorSelection, EditorState, type StateCommand } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { toggleBold, toggleItalic } from './toggle-inline-mark';

/** Runs a command on `doc` where `[` `]` mark the selection (or `|` a cursor); returns the result the same way. */
function run(command: StateCommand, marked: string): string {
  const cursor = marked.indexOf('|');
  const from = cursor >= 0 ? cursor : marked.indexOf('[');
  const to = cursor >= 0 ? cursor : marked.indexOf(']') - 1;
  const doc = marked.replace(/[[\]|]/g, '');
  let state = EditorState.create({ doc, selection: EditorSelection.range(from, to) });
  const handled = command({ state, dispatch: (tr) => (state = tr.state) });
  expect(handled).toBe(true);
  const { from: f, to: t } = state.selection.main;
  const out = state.doc.toString();
  return f === t ? `${out.slice(0, f)}|${out.slice(f)}` : `${out.slice(0, f)}[${out.slice(f, t)}]${out.slice(t)}`;
}

describe('toggleBold', () => {
  it('wraps a selection', () => expect(run(toggleBold, 'say [hello] now')).toBe('say **[hello]** now'));
  it('unwraps marks just outside the selection', () => expect(run(toggleBold, 'say **[hello]** now')).toBe('say [hello] now'));
  it('unwraps marks inside the selection', () => expect(run(toggleBold, 'say [**hello**] now')).toBe('say [hello] now'));
  it('wraps the word under an empty cursor', () => expect(run(toggleBold, 'say hel|lo now')).toBe('say **hel|lo** now'));
  it('unwraps a bold word under the cursor', () => expect(run(toggleBold, 'say **hel|lo** now')).toBe('say hel|lo now'));
  it('inserts an empty pair outside words', () => expect(run(toggleBold, 'say | now')).toBe('say **|** now'));
  it('removes an empty pair again', () => expect(run(toggleBold, 'say **|** now')).toBe('say | now'));
  it('adds bold to italic text', () => expect(run(toggleBold, '*[hi]*')).toBe('***[hi]***'));
  it('keeps italic when removing bold from bold italic', () => expect(run(toggleBold, '***[hi]***')).toBe('*[hi]*'));
  it('handles every selection range', () => {
    let state = EditorState.create({
      doc: 'one two',
      selection: EditorSelection.create([EditorSelection.range(0, 3), EditorSelection.range(4, 7)]),
      extensions: EditorState.allowMultipleSelections.of(true),
    });
    toggleBold({ state, dispatch: (tr) => (state = tr.state) });
    expect(state.doc.toString()).toBe('**one** **two**');
  });
  it('keeps CRLF line breaks (a line break is one position)', () => {
    let state = EditorState.create({ doc: 'a\r\nb', extensions: EditorState.lineSeparator.of('\r\n'), selection: EditorSelection.range(2, 3) });
    toggleBold({ state, dispatch: (tr) => (state = tr.state) });
    // doc.toString() always joins with \n; sliceDoc() joins with the state's line separator.
    expect(state.sliceDoc()).toBe('a\r\n**b**');
  });
});

describe('toggleItalic', () => {
  it('wraps a selection', () => expect(run(toggleItalic, '[hello]')).toBe('*[hello]*'));
  it('unwraps italic', () => expect(run(toggleItalic, '*[hello]*')).toBe('[hello]'));
  it('adds italic inside bold rather than unwrapping it', () => expect(run(toggleItalic, '**[hello]**')).toBe('***[hello]***'));
  it('removes italic from bold italic and keeps bold', () => expect(run(toggleItalic, '***[hello]***')).toBe('**[hello]**'));
  it('unwraps italic marks included in the selection', () => expect(run(toggleItalic, '[*hello*]')).toBe('[hello]'));
});
