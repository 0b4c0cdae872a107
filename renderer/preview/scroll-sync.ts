import { CHUNK_CLASS } from './block-dom';

/**
 * Keeps the editor's top line and the preview's top block matched, both ways, from the preview's
 * line map (each block's first element and the source line it starts on, block-renderer.ts).
 * Between two blocks the position is interpolated by line, so long lists, tables and code blocks
 * stay matched inside too. No feedback loop: a scroll this sync made itself is recognised by the
 * position it set and not answered.
 */
export interface SyncedEditor {
  readonly scroller: HTMLElement;
  topLine(): number;
  scrollToLine(line: number): number;
}

export interface LineMapEntry {
  readonly line: number;
  readonly element: Element | null;
}

export interface ScrollSync {
  /** Puts the preview where the editor is (after a render, an image load, turning sync on). */
  followEditor(): void;
  /** followEditor at the start of the next frame, when its layout is computed anyway. */
  followEditorInFrame(): void;
  dispose(): void;
}

export function createScrollSync(editor: SyncedEditor, preview: HTMLElement, lineMap: () => readonly LineMapEntry[], enabled: () => boolean): ScrollSync {
  /** Where this sync last scrolled each side, so the scroll event that follows is not answered. */
  let expectPreview: number | null = null;
  let expectEditor: number | null = null;
  let frame: number | null = null;

  const shown = (entry: LineMapEntry | undefined): entry is { line: number; element: Element } => entry?.element?.isConnected === true;
  const entries = () => lineMap().filter(shown);
  const topOf = (element: Element) => element.getBoundingClientRect().top - preview.getBoundingClientRect().top + preview.scrollTop;
  /**
   * Whether `element` starts at or above `y`. A long post's chunks out of view are not laid out
   * (block-dom.ts): asking a block inside one where it is lays that chunk out (~0.3 ms each), while
   * the chunk's own box is known. So the chunk answers unless `y` falls inside it.
   */
  const startsAtOrAbove = (element: Element, y: number): boolean => {
    const chunk = element.parentElement;
    if (chunk?.classList.contains(CHUNK_CLASS)) {
      const box = chunk.getBoundingClientRect();
      const top = box.top - preview.getBoundingClientRect().top + preview.scrollTop;
      if (top > y) return false;
      if (top + box.height <= y) return true;
    }
    return topOf(element) <= y;
  };

  const followEditor = () => {
    if (!enabled()) return;
    // Searched in the whole map, shown blocks picked next to the result: filtering the map first
    // cost a pass over every block in each keystroke's frame.
    const map = lineMap();
    const line = editor.topLine();
    // The last block starting at or before the line (binary search: the map is in line order).
    let low = 0;
    let high = map.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (map[mid]!.line <= line) low = mid;
      else high = mid - 1;
    }
    let at = low;
    while (at >= 0 && !shown(map[at])) at--;
    if (at < 0) {
      at = 0;
      while (at < map.length && !shown(map[at])) at++;
      if (at === map.length) return;
    }
    const here = map[at] as { line: number; element: Element };
    let after = at + 1;
    while (after < map.length && !shown(map[after])) after++;
    const next = map[after] as { line: number; element: Element } | undefined;
    let y = here.line > line ? 0 : topOf(here.element);
    if (next && here.line <= line) y += ((line - here.line) / Math.max(1, next.line - here.line)) * (topOf(next.element) - y);
    // Clamped as the browser clamps it: near the end the block's place can be past the last
    // scroll position, and setting that again on every keystroke would be a scroll each time (a
    // scroll makes the browser hit-test the pointer again in the next frame).
    const target = Math.round(Math.min(Math.max(0, y), preview.scrollHeight - preview.clientHeight));
    if (Math.abs(preview.scrollTop - target) < 1) return;
    preview.scrollTop = target;
    expectPreview = preview.scrollTop;
  };

  const followPreview = () => {
    if (!enabled()) return;
    const map = entries();
    if (map.length === 0) return;
    const y = preview.scrollTop;
    let low = 0;
    let high = map.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (startsAtOrAbove(map[mid]!.element, y)) low = mid;
      else high = mid - 1;
    }
    const here = map[low]!;
    const next = map[low + 1];
    const hereTop = topOf(here.element);
    let line = here.line;
    if (next && y > hereTop) line += ((y - hereTop) / Math.max(1, topOf(next.element) - hereTop)) * (next.line - here.line);
    if (y < hereTop) line = (y / Math.max(1, hereTop)) * here.line;
    expectEditor = editor.scrollToLine(line);
  };

  const schedule = (run: () => void) => {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      frame = null;
      run();
    });
  };
  const onEditorScroll = () => {
    if (expectEditor !== null && Math.abs(editor.scroller.scrollTop - expectEditor) < 2) {
      expectEditor = null;
      return;
    }
    expectEditor = null;
    schedule(followEditor);
  };
  const onPreviewScroll = () => {
    if (expectPreview !== null && Math.abs(preview.scrollTop - expectPreview) < 2) {
      expectPreview = null;
      return;
    }
    expectPreview = null;
    schedule(followPreview);
  };
  // An image that loads pushes what follows down: match again, from the editor.
  const onLoad = () => schedule(followEditor);

  editor.scroller.addEventListener('scroll', onEditorScroll, { passive: true });
  preview.addEventListener('scroll', onPreviewScroll, { passive: true });
  preview.addEventListener('load', onLoad, true);
  return {
    followEditor,
    followEditorInFrame: () => schedule(followEditor),
    dispose() {
      if (frame !== null) cancelAnimationFrame(frame);
      editor.scroller.removeEventListener('scroll', onEditorScroll);
      preview.removeEventListener('scroll', onPreviewScroll);
      preview.removeEventListener('load', onLoad, true);
    },
  };
}
