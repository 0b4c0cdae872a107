// @vitest-environment jsdom
import { drawSelection, EditorView } from '@codemirror/view';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BLINK_FOR_MS, BLINK_HALF_MS, caretBlink } from './caret-blink';

// jsdom has no layout: CodeMirror measures with these, so give it empty rectangles.
beforeAll(() => {
  const rect = () => ({ x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0, toJSON: () => ({}) });
  Range.prototype.getClientRects = (() => Object.assign([], { item: () => null })) as never;
  Range.prototype.getBoundingClientRect = rect as never;
});
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function focusedEditor(): { view: EditorView; shown: () => boolean } {
  const view = new EditorView({ doc: 'Some text.', extensions: [drawSelection(), caretBlink()], parent: document.body });
  view.focus();
  expect(view.hasFocus).toBe(true);
  vi.advanceTimersByTime(100); // CodeMirror reports the focus change in a later update
  view.dispatch({ selection: { anchor: 4 } }); // the caret moved: the cycle starts again from here
  const layer = view.scrollDOM.querySelector<HTMLElement>('.cm-cursorLayer')!;
  return { view, shown: () => layer.style.opacity !== '0' };
}

describe('caretBlink', () => {
  it('blinks by a timer: shown, then hidden and shown each half blink', () => {
    const { shown } = focusedEditor();
    expect(shown()).toBe(true);
    vi.advanceTimersByTime(BLINK_HALF_MS);
    expect(shown()).toBe(false);
    vi.advanceTimersByTime(BLINK_HALF_MS);
    expect(shown()).toBe(true);
    vi.advanceTimersByTime(BLINK_HALF_MS);
    expect(shown()).toBe(false);
  });

  it('stays shown while the writer types, and blinks again after a pause', () => {
    const { view, shown } = focusedEditor();
    vi.advanceTimersByTime(BLINK_HALF_MS); // hidden now
    for (let i = 0; i < 10; i++) {
      view.dispatch({ changes: { from: view.state.doc.length, insert: 'x' }, selection: { anchor: view.state.doc.length + 1 } });
      expect(shown()).toBe(true);
      vi.advanceTimersByTime(BLINK_HALF_MS / 3);
      expect(shown()).toBe(true);
    }
    vi.advanceTimersByTime(BLINK_HALF_MS);
    expect(shown()).toBe(false);
  });

  /** Whether the caret is shown at each of the next `halves` half blinks. */
  const sample = (shown: () => boolean, halves: number) =>
    Array.from({ length: halves }, () => {
      vi.advanceTimersByTime(BLINK_HALF_MS);
      return shown();
    });

  it('stops blinking, shown, after a long rest', () => {
    const { shown } = focusedEditor();
    expect(sample(shown, 4)).toEqual([false, true, false, true]);
    vi.advanceTimersByTime(BLINK_FOR_MS);
    expect(sample(shown, 6)).toEqual([true, true, true, true, true, true]);
  });

  it('stays shown without focus, and stops when the editor is destroyed', () => {
    const { view, shown } = focusedEditor();
    vi.advanceTimersByTime(BLINK_HALF_MS);
    expect(shown()).toBe(false);
    view.contentDOM.blur();
    vi.advanceTimersByTime(100);
    view.dispatch({}); // an update carries the focus change
    expect(view.hasFocus).toBe(false);
    expect(sample(shown, 4)).toEqual([true, true, true, true]);
    view.focus();
    vi.advanceTimersByTime(100);
    view.dispatch({ selection: { anchor: 1 } });
    expect(sample(shown, 2)).toEqual([false, true]);
    const layer = view.scrollDOM.querySelector<HTMLElement>('.cm-cursorLayer')!;
    view.destroy();
    const before = layer.style.opacity;
    vi.advanceTimersByTime(BLINK_HALF_MS * 4);
    expect(layer.style.opacity).toBe(before);
  });

  it('turns off CodeMirror’s CSS animation, which would keep the browser drawing every frame', () => {
    const { view } = focusedEditor();
    // Even with a slower rate asked for elsewhere (drawSelection keeps the smallest).
    const withDefault = new EditorView({ extensions: [drawSelection({ cursorBlinkRate: 1200 }), caretBlink()], parent: document.body });
    for (const editor of [view, withDefault]) expect(editor.scrollDOM.querySelector<HTMLElement>('.cm-cursorLayer')!.style.animationDuration).toBe('0ms');
  });
});
