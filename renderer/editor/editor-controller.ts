import { EditorState, type StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { PostContent, PostId } from '../../shared/api';
import { docText } from './doc-text';
import { editorExtensions } from './editor-extensions';
import { EditorSessions, type EditorSession } from './editor-sessions';

export interface ActiveDocument {
  readonly id: PostId;
  readonly text: string;
}

/**
 * Owns the one EditorView and switches it between posts with `setState`. React only attaches
 * `view.dom` to a pane (see CodeMirrorHost); it never creates, rebuilds or feeds the editor.
 */
export class EditorController {
  readonly sessions: EditorSessions;
  readonly view: EditorView;
  private readonly blank: EditorState;
  private readonly docListeners = new Set<() => void>();
  /** Where each post was scrolled to, restored when the writer comes back to it. */
  private readonly scrollPositions = new Map<PostId, StateEffect<unknown>>();

  constructor(onSave: () => void) {
    const extensions = editorExtensions({
      onSave,
      onUpdate: (state, docChanged) => {
        this.sessions.record(state, docChanged);
        if (docChanged) this.emitDocChange();
      },
    });
    this.sessions = new EditorSessions(extensions);
    this.blank = EditorState.create({ extensions });
    this.view = new EditorView({ state: this.blank });
  }

  /** Puts the editor into `parent` (the same view every time). */
  attach(parent: HTMLElement): void {
    if (this.view.dom.parentElement !== parent) parent.append(this.view.dom);
    this.view.requestMeasure();
  }

  detach(parent: HTMLElement): void {
    if (this.view.dom.parentElement === parent) this.view.dom.remove();
  }

  has(id: PostId): boolean {
    return this.sessions.get(id) !== undefined;
  }

  /** Opens a post just read (its session is created once) and shows it. */
  open(content: PostContent): void {
    this.sessions.open(content);
    this.activate(content.id);
  }

  /** Shows an already open post, with its own text, selection, history and scroll position. */
  activate(id: PostId): void {
    const session = this.sessions.get(id);
    const current = this.sessions.active;
    if (!session || current === session) return;
    if (current) this.scrollPositions.set(current.id, this.view.scrollSnapshot());
    this.view.setState(session.state);
    const scroll = this.scrollPositions.get(id);
    if (scroll) this.view.dispatch({ effects: scroll });
    this.sessions.setActive(id);
    this.emitDocChange();
  }

  /** Closes every post (another folder was opened). */
  clear(): void {
    this.view.setState(this.blank);
    this.scrollPositions.clear();
    this.sessions.clear();
    this.emitDocChange();
  }

  get active(): EditorSession | null {
    return this.sessions.active;
  }

  activeDocument(): ActiveDocument | null {
    const session = this.sessions.active;
    return session ? { id: session.id, text: docText(session.state) } : null;
  }

  hasUnsavedChanges(): boolean {
    return this.sessions.getSnapshot().dirtyIds.size > 0;
  }

  focus(): void {
    this.view.focus();
  }

  /** Focuses the editor with the cursor at the end of the text (a new post's empty body). */
  focusAtEnd(): void {
    const end = this.view.state.doc.length;
    this.view.dispatch({ selection: { anchor: end }, scrollIntoView: true });
    this.view.focus();
  }

  /** Called when the shown text changes: an edit, or another post shown. */
  onActiveDocumentChange(listener: () => void): () => void {
    this.docListeners.add(listener);
    return () => this.docListeners.delete(listener);
  }

  private emitDocChange(): void {
    for (const listener of this.docListeners) listener();
  }
}
