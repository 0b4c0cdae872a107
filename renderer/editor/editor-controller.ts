import type { EditorState, StateEffect } from '@codemirror/state';
import { EditorView, type Command } from '@codemirror/view';
import { EditorUpdates, type EditorUpdateListener } from './editor-updates';
import { bodyStart } from './front-matter-range';
import { writingModeEffects } from './writing-modes';
import type { WritingView } from './writing-view';
import type { DocumentId } from '../workspace/document-state';
import type { OpenDocument, Workspace } from '../workspace/workspace';

/**
 * Owns the one EditorView and shows in it whichever document the workspace makes active (each
 * document is an EditorState, swapped in with `setState`). Documents, saving and dirty state are
 * the workspace's; this only keeps the view, its focus and each document's scroll position.
 * React only attaches `view.dom` to a pane (CodeMirrorHost); it never creates or feeds the editor.
 */
export class EditorController {
  private readonly view: EditorView;
  private shownId: DocumentId | null = null;
  /** Focus was asked for before React put the editor into the page (the first post opened). */
  private focusOnAttach = false;
  /** Where each document was scrolled to, restored when the writer comes back to it. */
  private readonly scrollPositions = new Map<DocumentId, StateEffect<unknown>>();

  /**
   * `updates`: the hub whose listener extension is in every document's state (the workspace's
   * extensions); `writingView`: the modes (focus, typewriter) applied to each document shown.
   */
  constructor(
    private readonly workspace: Workspace,
    private readonly updates = new EditorUpdates(),
    private readonly writingView?: WritingView,
  ) {
    this.view = new EditorView({ state: workspace.blankState() });
    workspace.connectView({ dispatch: (spec) => this.view.dispatch(spec) });
    workspace.onShown((document) => this.show(document));
    writingView?.subscribe(() => this.applyWritingModes());
  }

  /** The shown document's state (the blank one when nothing is open). */
  get state(): EditorState {
    return this.view.state;
  }

  /** Follows the shown text: every view update, and `null` when another state is swapped in. */
  onUpdate(listener: EditorUpdateListener): () => void {
    return this.updates.subscribe(listener);
  }

  /** Puts the cursor at `pos` with its line at the top of the editor (the preview follows), and focuses it. */
  jumpTo(pos: number): void {
    const at = Math.min(pos, this.view.state.doc.length);
    this.view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'start', yMargin: 24 }), userEvent: 'select.jump' });
    this.view.focus();
  }

  /** Puts the editor into `parent` (the same view every time). */
  attach(parent: HTMLElement): void {
    if (this.view.dom.parentElement !== parent) parent.append(this.view.dom);
    this.view.requestMeasure();
    if (this.focusOnAttach) {
      this.focusOnAttach = false;
      this.view.focus();
    }
  }

  detach(parent: HTMLElement): void {
    if (this.view.dom.parentElement === parent) this.view.dom.remove();
  }

  /** Whether the keys go to the editor now. */
  hasFocus(): boolean {
    return this.view.hasFocus;
  }

  focus(): void {
    if (this.view.dom.isConnected) this.view.focus();
    else this.focusOnAttach = true;
  }

  /**
   * Focuses the editor for writing in a post just opened: a cursor still at the very top of a post
   * with front matter moves to the first line of its body, so the first keystroke is not typed
   * into the YAML. A post already worked in keeps its cursor.
   */
  focusToWrite(): void {
    const { state } = this.view;
    const start = bodyStart(state.doc);
    if (start > 0 && state.selection.main.empty && state.selection.main.head === 0) {
      let line = state.doc.lineAt(Math.min(start + 1, state.doc.length));
      while (line.number < state.doc.lines && line.text.trim() === '') line = state.doc.line(line.number + 1);
      const at = line.text.trim() === '' ? state.doc.length : line.from;
      this.view.dispatch({ selection: { anchor: at }, scrollIntoView: true, userEvent: 'select' });
    }
    this.focus();
  }

  /** The text size changed (zoom): line heights are measured again. */
  requestMeasure(): void {
    this.view.requestMeasure();
  }

  /** Focuses the editor with the cursor at the end of the text (a new post's empty body). */
  focusAtEnd(): void {
    const end = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: end }, scrollIntoView: true });
    this.focus();
  }

  /** Runs an editor command (bold, italic…) on the shown document, then gives focus back to it. */
  run(command: Command): boolean {
    if (this.shownId === null) return false;
    const done = command(this.view);
    // A command that opened a panel of the editor (Find) keeps focus there.
    if (!this.view.dom.contains(this.view.dom.ownerDocument.activeElement)) this.view.focus();
    return done;
  }

  /** The scrolling element (scroll sync listens to it). */
  get scroller(): HTMLElement {
    return this.view.scrollDOM;
  }

  /** The line at the top of the visible text, 0-based, with the fraction of it scrolled past. */
  topLine(): number {
    const view = this.view;
    const height = view.scrollDOM.getBoundingClientRect().top - view.documentTop;
    const block = view.lineBlockAtHeight(Math.max(0, height));
    const fraction = block.height > 0 ? Math.min(1, Math.max(0, (height - block.top) / block.height)) : 0;
    return view.state.doc.lineAt(block.from).number - 1 + fraction;
  }

  /** Scrolls so that `line` (0-based, fractional) is at the top; returns the scrollTop it set. */
  scrollToLine(line: number): number {
    const view = this.view;
    const doc = view.state.doc;
    const number = Math.min(doc.lines, Math.max(1, Math.floor(line) + 1));
    const block = view.lineBlockAt(doc.line(number).from);
    const padding = view.documentTop - view.scrollDOM.getBoundingClientRect().top + view.scrollDOM.scrollTop;
    view.scrollDOM.scrollTop = block.top + (line - (number - 1)) * block.height + padding;
    return view.scrollDOM.scrollTop;
  }

  private show(document: OpenDocument | null): void {
    if (this.shownId !== null && document?.id !== this.shownId) {
      this.scrollPositions.set(this.shownId, this.view.scrollSnapshot());
    }
    if (document === null) this.scrollPositions.clear();
    const sameDocument = document !== null && document.id === this.shownId;
    this.view.setState(document?.state ?? this.workspace.blankState());
    this.shownId = document?.id ?? null;
    const scroll = document && !sameDocument ? this.scrollPositions.get(document.id) : undefined;
    if (scroll) this.view.dispatch({ effects: scroll });
    this.applyWritingModes();
    this.updates.emit(null);
  }

  private applyWritingModes(): void {
    if (this.writingView) this.view.dispatch({ effects: writingModeEffects(this.writingView.getSnapshot()) });
  }
}
