// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createScrollSync, type LineMapEntry, type SyncedEditor } from './scroll-sync';

/** A block of the preview at `top` (px from the article's top); jsdom has no layout, so it is given. */
function block(top: number, preview: { scrollTop: number }): Element {
  const element = document.createElement('p');
  document.body.append(element);
  element.getBoundingClientRect = () => ({ top: top - preview.scrollTop }) as DOMRect;
  return element;
}

/** A preview scroller 500 px high over `height` px of content, counting the scroll positions set. */
function scroller(height: number) {
  const element = document.createElement('div');
  document.body.append(element);
  let top = 0;
  const set: number[] = [];
  Object.defineProperties(element, {
    scrollHeight: { value: height },
    clientHeight: { value: 500 },
    scrollTop: {
      get: () => top,
      set: (value: number) => {
        set.push(value);
        top = Math.max(0, Math.min(value, height - 500)); // the browser clamps
      },
    },
  });
  element.getBoundingClientRect = () => ({ top: 0 }) as DOMRect;
  return { element, set, position: () => top };
}

const editorAt = (line: number): SyncedEditor => ({ scroller: document.createElement('div'), topLine: () => line, scrollToLine: () => 0 });

describe('scroll sync, editor to preview', () => {
  it('puts the block at the editor’s top line at the preview’s top, between blocks by line', () => {
    const preview = scroller(5000);
    const map: LineMapEntry[] = [
      { line: 0, element: block(0, preview.element) },
      { line: 10, element: block(400, preview.element) },
      { line: 20, element: block(1200, preview.element) },
    ];
    createScrollSync(editorAt(15), preview.element, () => map, () => true).followEditor();
    expect(preview.position()).toBe(800); // halfway from line 10 (400 px) to line 20 (1200 px)
  });

  it('skips blocks without an element or no longer in the page', () => {
    const preview = scroller(5000);
    const gone = block(300, preview.element);
    gone.remove();
    const map: LineMapEntry[] = [
      { line: 0, element: block(0, preview.element) },
      { line: 5, element: null },
      { line: 8, element: gone },
      { line: 10, element: block(400, preview.element) },
    ];
    createScrollSync(editorAt(8), preview.element, () => map, () => true).followEditor();
    expect(preview.position()).toBe(320); // from line 0 (0 px) to line 10 (400 px)
  });

  it('near the end aims at the last scroll position, and does not set it again each time', () => {
    const preview = scroller(1000); // at most 500
    const map: LineMapEntry[] = [
      { line: 0, element: block(0, preview.element) },
      { line: 100, element: block(900, preview.element) },
    ];
    const sync = createScrollSync(editorAt(100), preview.element, () => map, () => true);
    sync.followEditor();
    sync.followEditor();
    sync.followEditor();
    expect(preview.set).toEqual([500]);
  });
});
