import type { PostContent, PostId, PostsApi, PostSummary, RecoverableEdit } from '../../shared/api';
import { diskReloadTransaction, minimalReplace } from './disk-reload';
import { documentText, isDirty, markSaved, savedVersion, type DocumentId } from './document-state';
import type { Workspace } from './workspace';

/** What the document service needs from the UI: questions and where to say what went wrong. */
export interface DocumentPrompts {
  /** The file changed on disk since it was read: overwrite it with this text? */
  confirmOverwrite(path: PostId): Promise<boolean>;
  /** Reloading from disk would drop unsaved edits: go ahead? */
  confirmDiscardEdits(path: PostId): Promise<boolean>;
  /** Shows an error the writer must see (null clears it). */
  showAlert(message: string | null): void;
  /** A passing notice ("reloaded from disk"). */
  showNotice?(message: string): void;
}

/**
 * How an open document stands against its file after an outside change the writer must decide on:
 * the file changed under unsaved edits, or the file is gone. Clean documents never get here.
 */
export type DiskState = 'changed' | 'deleted';

/** A save of one post just started, or ended (written, or not: failed or refused as a conflict). */
export type SaveActivity = 'saving' | 'saved' | 'failed' | 'stopped';

/** What an autosave did; it never asks anything and never overwrites. */
export type AutosaveOutcome =
  | { readonly kind: 'saved' }
  /** Nothing to write, or not allowed to: clean, never read cleanly, or waiting on the writer's decision. */
  | { readonly kind: 'skipped' }
  /** The file changed on disk: the document is marked 'changed' and the writer decides. */
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly message: string };

/** The outcome of one write to the host. */
type WriteOutcome = { readonly kind: 'clean' } | { readonly kind: 'saved' } | { readonly kind: 'conflict' } | { readonly kind: 'failed'; readonly message: string };

export interface DocumentServiceDeps {
  readonly posts: Pick<PostsApi, 'read' | 'save'>;
  readonly workspace: Workspace;
  readonly prompts: DocumentPrompts;
  /** A save wrote a post: its new summary (title and date may have changed). */
  readonly onSaved: (summary: PostSummary) => void;
  /** An open document's standing against its file changed (null: in step again). */
  readonly onDiskState?: (path: PostId, state: DiskState | null) => void;
  /** The post's title as the list shows it, for notices. */
  readonly titleOf?: (path: PostId) => string;
  /** A save of this post started or ended (the title bar and the list show it). */
  readonly onSaveActivity?: (path: PostId, activity: SaveActivity) => void;
}

/**
 * Opening, saving and reloading documents: the one place that reads and writes post files for the
 * editor. Saves of one document run one after another, each based on the version the previous
 * one wrote; a version the disk no longer has is a conflict the writer decides. No text is ever
 * dropped: a failed save leaves the document dirty and says so.
 */
export class DocumentService {
  private readonly saveQueues = new Map<DocumentId, Promise<unknown>>();
  private readonly diskStates = new Map<PostId, DiskState>();
  /** Bumped by every open: a slow read must not show a post the writer has clicked away from. */
  private openRequest = 0;

  constructor(private readonly deps: DocumentServiceDeps) {}

  /** Shows a post, reading it the first time; resolves true when it is on screen. */
  async open(path: PostId): Promise<boolean> {
    const { workspace, posts, prompts } = this.deps;
    const request = ++this.openRequest;
    const open = workspace.byPath(path);
    if (open) {
      workspace.activate(open.id);
      return true;
    }
    const read = await posts.read(path);
    if (request !== this.openRequest) return false;
    if (!read.ok) {
      prompts.showAlert(read.error.message);
      return false;
    }
    workspace.activate(workspace.open(read.value).id);
    return true;
  }

  /** Closes every document (another folder is opening); pending reads are forgotten. */
  closeAll(): void {
    this.openRequest++;
    this.deps.workspace.closeAll();
  }

  /** Saves a document (the active one by default); resolves true when it was written (or had nothing to write). */
  save(id: DocumentId | null = this.deps.workspace.active?.id ?? null, overwrite = false): Promise<boolean> {
    if (id === null) return Promise.resolve(true);
    const path = this.deps.workspace.get(id)?.path;
    // A post whose file was deleted is written again even with no edits: saving is how it comes back.
    const again = overwrite || (path !== undefined && this.diskStates.get(path) === 'deleted');
    return this.inTurn(id, () => this.saveNow(id, again));
  }

  /**
   * Writes a document without asking anything (autosave): the same queued, atomic,
   * version-checked save, but a conflict is never overwritten (the document is marked 'changed'
   * and the writer decides in the bar), and a failure is returned, not shown. A post waiting on
   * such a decision, or never read cleanly from its file, is left alone.
   */
  autosave(id: DocumentId): Promise<AutosaveOutcome> {
    return this.inTurn(id, async (): Promise<AutosaveOutcome> => {
      const document = this.deps.workspace.get(id);
      if (!document || this.diskStates.has(document.path) || savedVersion(document.state) === '') return { kind: 'skipped' };
      const outcome = await this.write(id, false);
      if (outcome.kind === 'clean') return { kind: 'skipped' };
      if (outcome.kind === 'conflict') this.setDiskState(document.path, 'changed');
      return outcome;
    });
  }

  /** Whether a save of this document is queued or being written. */
  saving(id: DocumentId): boolean {
    return this.saveQueues.has(id);
  }

  /** Runs saves of one document one after another, each after the previous one's answer. */
  private inTurn<T>(id: DocumentId, task: () => Promise<T>): Promise<T> {
    const queued = (this.saveQueues.get(id) ?? Promise.resolve()).then(task);
    this.saveQueues.set(id, queued);
    void queued.finally(() => {
      if (this.saveQueues.get(id) === queued) this.saveQueues.delete(id);
    });
    return queued;
  }

  /** Saves every document with unsaved changes; true when all of them were written. */
  async saveAll(): Promise<boolean> {
    const results = await Promise.all(this.deps.workspace.dirtyDocuments().map((document) => this.save(document.id)));
    return results.every(Boolean) && this.deps.workspace.dirtyDocuments().length === 0;
  }

  /** Replaces a document with the file on disk, asking first when that drops unsaved edits. */
  async reloadFromDisk(id: DocumentId | null = this.deps.workspace.active?.id ?? null): Promise<boolean> {
    const { workspace, posts, prompts } = this.deps;
    const document = id === null ? undefined : workspace.get(id);
    if (!document) return false;
    if (isDirty(document.state) && !(await prompts.confirmDiscardEdits(document.path))) return false;
    const read = await posts.read(document.path);
    if (!read.ok) {
      prompts.showAlert(read.error.message);
      return false;
    }
    workspace.replace(document.id, read.value);
    return true;
  }

  /**
   * The file of an open document changed on disk (the folder watcher's `post-changed`). A clean
   * document takes the new text in place (cursor and scroll kept) with a brief notice; one with
   * unsaved edits keeps them and is marked 'changed' so the page offers keep mine / take theirs /
   * compare. Our own saves come back here too: their version is the one the document holds.
   */
  async applyDiskChange(path: PostId, version: string): Promise<void> {
    const document = this.deps.workspace.byPath(path);
    if (!document) return;
    // A save in flight: its answer decides what version the document holds, so wait for it.
    await this.saveQueues.get(document.id);
    const now = this.deps.workspace.get(document.id);
    if (!now || now.path !== path || savedVersion(now.state) === version) return;
    if (isDirty(now.state)) {
      this.setDiskState(path, 'changed');
      return;
    }
    const read = await this.deps.posts.read(path);
    const after = this.deps.workspace.get(document.id);
    if (!after || after.path !== path) return;
    if (!read.ok) {
      // Unreadable now (binary, not UTF-8, too large): the editor keeps the text it had, and says why.
      if (read.error.code === 'NOT_FOUND') this.setDiskState(path, 'deleted');
      else this.deps.prompts.showAlert(`${read.error.message} The editor still shows the text as it was.`);
      return;
    }
    if (savedVersion(after.state) === read.value.version) return;
    if (isDirty(after.state)) {
      this.setDiskState(path, 'changed');
      return;
    }
    this.reloadInPlace(document.id, read.value);
    this.setDiskState(path, null);
    this.deps.prompts.showNotice?.(`“${this.title(path)}” was changed by another program and reloaded.`);
  }

  /**
   * The file of an open document is gone (deleted, or renamed by another program). Its text stays
   * in the editor, marked 'deleted', and the page offers to save it again.
   */
  applyDiskRemoval(path: PostId): void {
    if (this.deps.workspace.byPath(path)) this.setDiskState(path, 'deleted');
  }

  /** The file came back (an undone trash, a git checkout): a document waiting on it looks again. */
  async applyDiskAddition(path: PostId): Promise<void> {
    const document = this.deps.workspace.byPath(path);
    if (!document || this.diskStates.get(path) !== 'deleted') return;
    const read = await this.deps.posts.read(path);
    if (!read.ok) return;
    this.setDiskState(path, null);
    await this.applyDiskChange(path, read.value.version);
  }

  /** How an open document stands against its file, when the writer has something to decide. */
  diskState(path: PostId): DiskState | null {
    return this.diskStates.get(path) ?? null;
  }

  /**
   * Keep mine: the editor's text stays and becomes what the next save writes, over the file's
   * new text (or as a new file, when it was deleted). Nothing is written until the writer saves.
   */
  async keepMine(path: PostId): Promise<void> {
    const document = this.deps.workspace.byPath(path);
    if (!document) return;
    if (this.diskStates.get(path) === 'deleted') {
      this.setDiskState(path, null);
      await this.save(document.id, true);
      return;
    }
    const read = await this.deps.posts.read(path);
    if (!read.ok) {
      this.deps.prompts.showAlert(read.error.message);
      return;
    }
    // The baseline becomes the disk's text and version: still dirty, and the next save is no conflict.
    this.deps.workspace.update(document.id, { effects: markSaved.of({ version: read.value.version, doc: document.state.toText(read.value.text) }) });
    this.setDiskState(path, null);
  }

  /** The writer merged both versions in the compare view: that text, kept over the file's. */
  async keepMerged(path: PostId, text: string): Promise<void> {
    const document = this.deps.workspace.byPath(path);
    if (!document) return;
    // The compare view joins lines with \n; the document keeps the file's own line endings.
    const inFileEndings = text.split(/\r?\n/).join(document.state.lineBreak);
    this.deps.workspace.update(document.id, { ...minimalReplace(document.state, inFileEndings), userEvent: 'input.merge' });
    await this.keepMine(path);
  }

  /** Take theirs: the file's text replaces the editor's, in place; Undo brings the writer's back. */
  async takeTheirs(path: PostId): Promise<void> {
    const document = this.deps.workspace.byPath(path);
    if (!document) return;
    const read = await this.deps.posts.read(path);
    if (!read.ok) {
      this.deps.prompts.showAlert(read.error.message);
      return;
    }
    this.reloadInPlace(document.id, read.value);
    this.setDiskState(path, null);
    this.deps.prompts.showNotice?.(`Took the version on disk of “${this.title(path)}”. Undo brings your text back.`);
  }

  /**
   * Brings back unsaved text the crash journal kept: the post opens from disk and the kept text is
   * applied as an edit (so it is unsaved, and Undo shows the file's text). When the file changed
   * meanwhile it opens as a conflict (the writer picks, nothing is overwritten); when it is gone,
   * as a deleted post to save again. Resolves the document's path, or null if it cannot open.
   */
  async recover(entry: RecoverableEdit): Promise<PostId | null> {
    const { workspace, posts, prompts } = this.deps;
    const read = await posts.read(entry.id);
    if (!read.ok && read.error.code !== 'NOT_FOUND') {
      prompts.showAlert(read.error.message);
      return null;
    }
    const content: PostContent = read.ok ? read.value : { id: entry.id, text: '', bom: entry.bom, version: '' };
    const document = workspace.byPath(entry.id) ?? workspace.open(content);
    if (!isDirty(document.state)) workspace.update(document.id, { ...minimalReplace(document.state, entry.text), userEvent: 'input.recover' });
    if (!read.ok) this.setDiskState(entry.id, 'deleted');
    else if (entry.changedOnDisk || read.value.version !== entry.baseVersion) this.setDiskState(entry.id, 'changed');
    return entry.id;
  }

  /** Closes a post's document (it went to the trash, saved first). */
  close(path: PostId): void {
    const document = this.deps.workspace.byPath(path);
    if (!document) return;
    this.setDiskState(path, null);
    this.deps.workspace.close(document.id);
  }

  /** A document now lives at another path (renamed here): same id, text and history. */
  moved(from: PostId, to: PostId): void {
    const document = this.deps.workspace.byPath(from);
    if (!document) return;
    this.deps.workspace.move(document.id, to);
    const state = this.diskStates.get(from);
    if (state) {
      this.setDiskState(from, null);
      this.setDiskState(to, state);
    }
  }

  private reloadInPlace(id: DocumentId, content: PostContent): void {
    const document = this.deps.workspace.get(id);
    if (!document) return;
    const spec = diskReloadTransaction(document.state, content);
    if (spec === null) this.deps.workspace.replace(id, content);
    else this.deps.workspace.update(id, spec);
  }

  private setDiskState(path: PostId, state: DiskState | null): void {
    if ((this.diskStates.get(path) ?? null) === state) return;
    if (state === null) this.diskStates.delete(path);
    else this.diskStates.set(path, state);
    this.deps.onDiskState?.(path, state);
  }

  private title(path: PostId): string {
    return this.deps.titleOf?.(path) ?? path;
  }

  private async saveNow(id: DocumentId, overwrite: boolean): Promise<boolean> {
    const path = this.deps.workspace.get(id)?.path;
    const outcome = await this.write(id, overwrite);
    if (outcome.kind === 'clean' || outcome.kind === 'saved') return true;
    if (outcome.kind === 'conflict') {
      return path !== undefined && (await this.deps.prompts.confirmOverwrite(path)) ? this.saveNow(id, true) : false;
    }
    // The host's message is a whole sentence (the API's contract): shown as is, with what only the editor knows.
    this.deps.prompts.showAlert(`${outcome.message} Your text is still in the editor.`);
    return false;
  }

  /** One write of a document's text, based on the version it holds; says how it went, asks nothing. */
  private async write(id: DocumentId, overwrite: boolean): Promise<WriteOutcome> {
    const { workspace, posts, prompts, onSaveActivity } = this.deps;
    const document = workspace.get(id);
    if (!document) return { kind: 'clean' };
    if (!isDirty(document.state) && !overwrite) return { kind: 'clean' };
    // What is sent is what becomes "saved", even if the writer types on while it is written.
    const doc = document.state.doc;
    onSaveActivity?.(document.path, 'saving');
    const result = await posts.save({
      id: document.path,
      text: documentText(document.state),
      bom: document.bom,
      baseVersion: savedVersion(document.state),
      overwrite,
    });
    if (result.ok) {
      workspace.update(id, { effects: markSaved.of({ doc, version: result.value.version }) });
      this.deps.onSaved(result.value.summary);
      this.setDiskState(document.path, null);
      prompts.showAlert(null);
      onSaveActivity?.(document.path, 'saved');
      return { kind: 'saved' };
    }
    if (result.error.code === 'CONFLICT' && !overwrite) {
      onSaveActivity?.(document.path, 'stopped');
      return { kind: 'conflict' };
    }
    onSaveActivity?.(document.path, 'failed');
    return { kind: 'failed', message: result.error.message };
  }
}
