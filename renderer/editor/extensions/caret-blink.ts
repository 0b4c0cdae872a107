import type { Extension } from '@codemirror/state';
import { drawSelection, EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';

/** Half a blink: shown this long, then hidden this long (CodeMirror's own rate is 1200 ms a cycle). */
export const BLINK_HALF_MS = 600;
/** After this long without typing or moving the caret, it stops blinking and stays shown (as GTK does). */
export const BLINK_FOR_MS = 10_000;

/**
 * The caret blinks from a timer instead of CodeMirror's infinite CSS animation. Chromium draws a
 * frame on every display refresh while an infinite animation runs (the cause of VS Code's idle CPU
 * in microsoft/vscode#22900, fixed there and in xterm.js the same way), and with frames running
 * back to back a keystroke's own frame must wait for the next refresh slot instead of starting at
 * once (bench/README.md, "Keystroke frames"). A timer costs one small frame per half blink.
 *
 * As in native text fields, the caret stays shown while the writer types or moves it, blinks
 * once they pause, stops blinking after BLINK_FOR_MS, and never blinks for readers who ask the
 * system for reduced motion.
 */
export function caretBlink(): Extension {
  return [
    // CodeMirror's CSS blink off in two steps. A zero rate (its config keeps the smallest rate any
    // extension asks for) makes the animation zero-length; but CodeMirror still swaps its name on
    // every keystroke to restart it, and each swap ran with start and end events and one or two
    // frames more after the keystroke's (bench/README.md). So the layer gets no animation at all.
    drawSelection({ cursorBlinkRate: 0 }),
    EditorView.baseTheme({ '.cm-cursorLayer': { animation: 'none !important' } }),
    caretBlinkPlugin,
  ];
}

const caretBlinkPlugin = ViewPlugin.fromClass(
  class {
    private timer: ReturnType<typeof setTimeout> | null = null;
    private startedAt = 0;
    private hidden = false;
    /** Asked once: a new media query on every keystroke cost more than the blink timer itself. */
    private readonly reducedMotion: MediaQueryList | null;

    constructor(private readonly view: EditorView) {
      this.reducedMotion = view.dom.ownerDocument.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)') ?? null;
      this.restart();
    }

    update(update: ViewUpdate): void {
      if (update.docChanged || update.selectionSet || update.focusChanged) this.restart();
    }

    destroy(): void {
      this.stop();
    }

    /** Shown now; the blinking starts after one half blink, if the editor has focus. */
    private restart(): void {
      this.stop();
      if (!this.view.hasFocus || this.reducedMotion?.matches) return;
      this.startedAt = Date.now();
      this.timer = setTimeout(this.tick, BLINK_HALF_MS);
    }

    private readonly tick = (): void => {
      this.timer = null;
      const resting = Date.now() - this.startedAt >= BLINK_FOR_MS;
      // Resting: end shown, and schedule nothing more until the next edit, move or focus.
      this.show(resting || this.hidden);
      if (!resting) this.timer = setTimeout(this.tick, BLINK_HALF_MS);
    };

    private stop(): void {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
      this.show(true);
    }

    private show(visible: boolean): void {
      if (this.hidden === !visible) return;
      this.hidden = !visible;
      const layer = this.view.scrollDOM.querySelector<HTMLElement>(':scope > .cm-cursorLayer');
      if (layer) layer.style.opacity = visible ? '' : '0';
    }
  },
);
