import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { NO_WRITING_MODES, writingModeCompartments, writingModeEffects, writingModeOn } from './writing-modes';

/** Whether a transaction of this user event, once extended, asks to centre the cursor. */
function centres(state: EditorState, userEvent: string): boolean {
  const transaction = state.update({ selection: { anchor: 3 }, userEvent });
  const centred = EditorView.scrollIntoView(3, { y: 'center' }).value;
  return transaction.effects.some((effect) => JSON.stringify(effect.value) === JSON.stringify(centred));
}

describe('writing modes', () => {
  const base = EditorState.create({ doc: 'one\ntwo\nthree', extensions: writingModeCompartments() });

  it('start off and switch on and off in the same state, keeping the document', () => {
    expect(writingModeOn(base, 'focusMode')).toBe(false);
    const on = base.update({ effects: writingModeEffects({ focusMode: true, typewriter: true }) }).state;
    expect(writingModeOn(on, 'focusMode')).toBe(true);
    expect(writingModeOn(on, 'typewriter')).toBe(true);
    const off = on.update({ effects: writingModeEffects({ ...NO_WRITING_MODES, typewriter: true }) }).state;
    expect(writingModeOn(off, 'focusMode')).toBe(false);
    expect(off.doc.toString()).toBe('one\ntwo\nthree');
  });

  it('typewriter scrolling centres the cursor after typing and keyboard moves, not clicks', () => {
    expect(centres(base, 'select')).toBe(false);
    const on = base.update({ effects: writingModeEffects({ ...NO_WRITING_MODES, typewriter: true }) }).state;
    expect(centres(on, 'select')).toBe(true);
    expect(centres(on, 'input.type')).toBe(true);
    expect(centres(on, 'select.pointer')).toBe(false);
  });
});
