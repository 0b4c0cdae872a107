import { EditorState, type Extension, type TransactionSpec } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import type { PostContent, PostId } from '../../shared/api';
import { createDocumentState, documentId, documentText, isDirty, type DocumentId } from './document-state';

/** One open post. Its text, selection, undo history and saved baseline are all in `state`. */
export interface OpenDocument {
  readonly id: DocumentId;
  /** Where it is on disk now; the one thing a rename changes. */
  readonly path: PostId;
  /** Written back before the text on save, as it was read. */
  readonly bom: boolean;
  readonly state: EditorState;
}

/** What React renders from the workspace; a new object only when one of these changes. */
export interface WorkspaceSnapshot {
  readonly activeId: DocumentId | null;
  readonly activePath: PostId | null;
  /** Paths of the documents with unsaved changes (the sidebar and the title mark them). */
  readonly dirtyPaths: ReadonlySet<PostId>;
}

/** The one EditorView, as the workspace drives it (implemented by EditorController). */
export interface DocumentView {
  /** Applies a transaction to the shown document through the view, so view and workspace agree. */
  dispatch(spec: TransactionSpec): void;
}

interface MutableDocument {
  readonly id: DocumentId;
  path: PostId;
  readonly bom: boolean;
  state: EditorState;
}

/**
 * The open documents, by stable id, and which one is shown. No DOM and no API here: the document
 * service reads and writes files, the editor controller shows the active document, the preview
 * renders it; each listens here. A document's state changes only by transactions (typed through
 * the view, or applied by `update`), so "dirty" is always what its state says.
 */
export class Workspace {
  private readonly documents = new Map<DocumentId, MutableDocument>();
  private readonly extensions: Extension;
  private snapshot: WorkspaceSnapshot = { activeId: null, activePath: null, dirtyPaths: new Set() };
  private view: DocumentView | null = null;
  private nextId = 1;
  private readonly listeners = new Set<() => void>();
  private readonly shownListeners = new Set<(document: OpenDocument | null) => void>();
  private readonly textListeners = new Set<() => void>();

  /** `extensions`: the editor's features, shared by every document's state. */
  constructor(extensions: Extension) {
    this.extensions = [extensions, EditorView.updateListener.of((update) => this.record(update.state, update.docChanged))];
  }

  /** A state with no document, for the view while nothing is open. */
  blankState(): EditorState {
    return EditorState.create({ extensions: this.extensions });
  }

  connectView(view: DocumentView): () => void {
    this.view = view;
    return () => {
      if (this.view === view) this.view = null;
    };
  }

  get(id: DocumentId): OpenDocument | undefined {
    return this.documents.get(id);
  }

  byPath(path: PostId): OpenDocument | undefined {
    for (const document of this.documents.values()) if (document.path === path) return document;
    return undefined;
  }

  get active(): OpenDocument | null {
    const { activeId } = this.snapshot;
    return activeId == null ? null : (this.documents.get(activeId) ?? null);
  }

  /** Opens a post just read, once: an already open one keeps its edits. */
  open(content: PostContent): OpenDocument {
    const existing = this.byPath(content.id);
    if (existing) return existing;
    const id = `doc-${this.nextId++}`;
    const document: MutableDocument = { id, path: content.id, bom: content.bom, state: createDocumentState(id, content, this.extensions) };
    this.documents.set(id, document);
    return document;
  }

  activate(id: DocumentId | null): void {
    if (this.snapshot.activeId === id || (id !== null && !this.documents.has(id))) return;
    this.setSnapshot({ activeId: id });
    this.emitShown();
  }

  /** Records a document's newest state (every update of the view: selection and history too). */
  record(state: EditorState, docChanged: boolean): void {
    const id = state.facet(documentId);
    const document = id == null ? undefined : this.documents.get(id);
    if (!document) return;
    document.state = state;
    this.refreshDirty(document);
    if (docChanged && id === this.snapshot.activeId) this.emitText();
  }

  /** Applies a transaction to a document: through the view when it is shown, else to its state. */
  update(id: DocumentId, spec: TransactionSpec): void {
    const document = this.documents.get(id);
    if (!document) return;
    if (id === this.snapshot.activeId && this.view) {
      this.view.dispatch(spec);
      return;
    }
    const transaction = document.state.update(spec);
    this.record(transaction.state, transaction.docChanged);
  }

  /** Replaces a document's content with what was read from disk (its undo history starts over). */
  replace(id: DocumentId, content: PostContent): void {
    const document = this.documents.get(id);
    if (!document) return;
    this.documents.set(id, { ...document, path: content.id, bom: content.bom, state: createDocumentState(id, content, this.extensions) });
    this.refreshDirty(this.documents.get(id)!);
    if (id === this.snapshot.activeId) {
      this.emitShown();
    }
  }

  /** The document now lives at `path` (a rename): same id, same state, same undo history. */
  move(id: DocumentId, path: PostId): void {
    const document = this.documents.get(id);
    if (!document || document.path === path) return;
    document.path = path;
    this.setSnapshot({});
  }

  /** Closes one document (its post went to the trash); nothing is shown if it was. */
  close(id: DocumentId): void {
    if (!this.documents.delete(id)) return;
    const wasActive = this.snapshot.activeId === id;
    this.setSnapshot({ activeId: wasActive ? null : this.snapshot.activeId });
    if (wasActive) this.emitShown();
  }

  /** Closes every document (another folder was opened). */
  closeAll(): void {
    this.documents.clear();
    this.setSnapshot({ activeId: null });
    this.emitShown();
  }

  dirtyDocuments(): OpenDocument[] {
    return [...this.documents.values()].filter((document) => isDirty(document.state));
  }

  hasUnsavedChanges(): boolean {
    return this.snapshot.dirtyPaths.size > 0;
  }

  /** The shown document's path and text, for the preview. */
  activeText(): { readonly path: PostId; readonly text: string } | null {
    const document = this.active;
    return document ? { path: document.path, text: documentText(document.state) } : null;
  }

  getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Another document (or a new state of the same one, after a reload) is to be shown. */
  onShown(listener: (document: OpenDocument | null) => void): () => void {
    this.shownListeners.add(listener);
    return () => this.shownListeners.delete(listener);
  }

  /** The shown text changed: an edit, another document, a reload. */
  onActiveTextChange(listener: () => void): () => void {
    this.textListeners.add(listener);
    return () => this.textListeners.delete(listener);
  }

  private refreshDirty(document: MutableDocument): void {
    const dirty = isDirty(document.state);
    if (dirty === this.snapshot.dirtyPaths.has(document.path)) return;
    this.setSnapshot({});
  }

  /** Rebuilds the snapshot from the documents, and tells React when it changed. */
  private setSnapshot({ activeId = this.snapshot.activeId }: { activeId?: DocumentId | null }): void {
    const dirtyPaths = new Set<PostId>();
    for (const document of this.documents.values()) if (isDirty(document.state)) dirtyPaths.add(document.path);
    const activePath = activeId == null ? null : (this.documents.get(activeId)?.path ?? null);
    const previous = this.snapshot;
    const sameDirty = dirtyPaths.size === previous.dirtyPaths.size && [...dirtyPaths].every((path) => previous.dirtyPaths.has(path));
    if (previous.activeId === activeId && previous.activePath === activePath && sameDirty) return;
    this.snapshot = { activeId, activePath, dirtyPaths: sameDirty ? previous.dirtyPaths : dirtyPaths };
    for (const listener of this.listeners) listener();
  }

  private emitShown(): void {
    const shown = this.active;
    for (const listener of this.shownListeners) listener(shown);
    this.emitText();
  }

  private emitText(): void {
    for (const listener of this.textListeners) listener();
  }
}
