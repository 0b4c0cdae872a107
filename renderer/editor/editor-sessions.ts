import { EditorState, type Extension, type Text } from '@codemirror/state';
import type { PostContent, PostId } from '../../shared/api';
import { detectLineEnding } from '../../shared/posts/line-endings';
import { sessionId } from './session-id';

/** One open post: its editor state (text, selection, undo history) and what is on disk. */
export interface EditorSession {
  readonly id: PostId;
  state: EditorState;
  /** The text last read or saved; the session is dirty when its doc differs. */
  savedDoc: Text;
  readonly bom: boolean;
  /** The version token of the bytes `savedDoc` came from, passed back on save. */
  version: string;
  dirty: boolean;
}

/** What React renders from the sessions; a new object only when one of these changes. */
export interface SessionsSnapshot {
  readonly activeId: PostId | null;
  readonly dirtyIds: ReadonlySet<PostId>;
}

/**
 * The open posts, kept per id so each keeps its own undo history and unsaved text while the
 * writer moves between posts. No DOM here: the EditorView lives in EditorController.
 */
export class EditorSessions {
  private readonly sessions = new Map<PostId, EditorSession>();
  private readonly listeners = new Set<() => void>();
  private snapshot: SessionsSnapshot = { activeId: null, dirtyIds: new Set() };

  /** `extensions` are shared by every state; each state adds its line separator and id. */
  constructor(private readonly extensions: Extension) {}

  get(id: PostId): EditorSession | undefined {
    return this.sessions.get(id);
  }

  get active(): EditorSession | null {
    const { activeId } = this.snapshot;
    return activeId == null ? null : (this.sessions.get(activeId) ?? null);
  }

  /** Creates the session for a post just read, once: an existing one keeps its edits. */
  open(content: PostContent): EditorSession {
    const existing = this.sessions.get(content.id);
    if (existing) return existing;
    const state = EditorState.create({
      doc: content.text,
      extensions: [
        // Split and join lines the way the file does, so sliceDoc() gives back the same bytes.
        EditorState.lineSeparator.of(detectLineEnding(content.text)),
        sessionId.of(content.id),
        this.extensions,
      ],
    });
    const session: EditorSession = { id: content.id, state, savedDoc: state.doc, bom: content.bom, version: content.version, dirty: false };
    this.sessions.set(content.id, session);
    return session;
  }

  /** Records a post's newest state (every update, so selection and history are kept too). */
  record(state: EditorState, docChanged: boolean): void {
    const id = state.facet(sessionId);
    const session = id == null ? undefined : this.sessions.get(id);
    if (!session) return;
    session.state = state;
    // Compare only when the text changed: undoing back to the saved text makes it clean again.
    if (docChanged) this.setDirty(session, !state.doc.eq(session.savedDoc));
  }

  /** After a save: `doc` is what was written (the writer may have typed on while it was saving). */
  markSaved(id: PostId, doc: Text, version: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    session.savedDoc = doc;
    session.version = version;
    this.setDirty(session, !session.state.doc.eq(doc));
  }

  setActive(id: PostId | null): void {
    if (this.snapshot.activeId === id) return;
    this.snapshot = { ...this.snapshot, activeId: id };
    this.emit();
  }

  /** Forgets every session (another folder was opened). */
  clear(): void {
    this.sessions.clear();
    this.snapshot = { activeId: null, dirtyIds: new Set() };
    this.emit();
  }

  dirtySessions(): EditorSession[] {
    return [...this.sessions.values()].filter((session) => session.dirty);
  }

  getSnapshot = (): SessionsSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private setDirty(session: EditorSession, dirty: boolean): void {
    if (session.dirty === dirty) return;
    session.dirty = dirty;
    const dirtyIds = new Set(this.snapshot.dirtyIds);
    if (dirty) dirtyIds.add(session.id);
    else dirtyIds.delete(session.id);
    this.snapshot = { ...this.snapshot, dirtyIds };
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
