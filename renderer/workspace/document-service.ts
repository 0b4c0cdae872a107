import type { PostId, PostsApi, PostSummary } from '../../shared/api';
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
}

export interface DocumentServiceDeps {
  readonly posts: Pick<PostsApi, 'read' | 'save'>;
  readonly workspace: Workspace;
  readonly prompts: DocumentPrompts;
  /** A save wrote a post: its new summary (title and date may have changed). */
  readonly onSaved: (summary: PostSummary) => void;
}

/**
 * Opening, saving and reloading documents: the one place that reads and writes post files for the
 * editor. Saves of one document run one after another, each based on the version the previous
 * one wrote; a version the disk no longer has is a conflict the writer decides. No text is ever
 * dropped: a failed save leaves the document dirty and says so.
 */
export class DocumentService {
  private readonly saveQueues = new Map<DocumentId, Promise<boolean>>();
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
  save(id: DocumentId | null = this.deps.workspace.active?.id ?? null): Promise<boolean> {
    if (id === null) return Promise.resolve(true);
    const queued = (this.saveQueues.get(id) ?? Promise.resolve(true)).then(() => this.saveNow(id, false));
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
   * document takes the new text; one with unsaved edits keeps them, and its next save meets the
   * conflict prompt, so nothing typed is replaced behind the writer's back.
   */
  async applyDiskChange(path: PostId, version: string): Promise<void> {
    const document = this.deps.workspace.byPath(path);
    if (!document || isDirty(document.state) || savedVersion(document.state) === version) return;
    const read = await this.deps.posts.read(path);
    const now = this.deps.workspace.get(document.id);
    // Typed meanwhile: the edits win, as above.
    if (!read.ok || !now || isDirty(now.state)) return;
    this.deps.workspace.replace(document.id, read.value);
  }

  private async saveNow(id: DocumentId, overwrite: boolean): Promise<boolean> {
    const { workspace, posts, prompts } = this.deps;
    const document = workspace.get(id);
    if (!document) return true;
    if (!isDirty(document.state) && !overwrite) return true;
    // What is sent is what becomes "saved", even if the writer types on while it is written.
    const doc = document.state.doc;
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
      prompts.showAlert(null);
      return true;
    }
    if (result.error.code === 'CONFLICT' && !overwrite) {
      return (await prompts.confirmOverwrite(document.path)) ? this.saveNow(id, true) : false;
    }
    // The host's message is a whole sentence (the API's contract): shown as is, with what only the editor knows.
    prompts.showAlert(`${result.error.message} Your text is still in the editor.`);
    return false;
  }
}
