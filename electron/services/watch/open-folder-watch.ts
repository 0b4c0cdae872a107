import type { HostEventMap, HostEventName } from '../../../shared/api/host-events';
import type { PostId } from '../../../shared/api/types';
import { mapLimit } from '../library/map-limit';
import type { PostsLibrary } from '../library/posts-library';
import { summarizePost } from '../library/summarize-post';
import { watchFolder, type FolderChanges, type FolderWatcher } from './folder-watcher';

/** Where host events go: the IPC sender in Electron, the SSE stream in serve. */
export type HostEventPublisher = <E extends HostEventName>(name: E, payload: HostEventMap[E]) => void;

/**
 * Follows whichever folder the library has open and turns what the folder watcher reports into
 * host events: `post-added` (with its summary), `post-changed` (with the new version, so the page
 * can tell its own save from an outside edit), `post-removed` (a rename is a remove and an add),
 * and `folder-changed`: with null when the folder itself vanished or became unreadable, with the
 * folder when a site data file changed (Eleventy's), so the page lists it again.
 */
export class OpenFolderWatch {
  private watcher: FolderWatcher | null = null;
  private root: string | null = null;

  constructor(
    private readonly library: Pick<PostsLibrary, 'read' | 'summary' | 'folder' | 'skipsFolderName' | 'dataFileNames'>,
    private readonly publish: HostEventPublisher,
    private readonly debounceMs?: number,
  ) {}

  /** Watches `root` (the folder just opened), stopping the previous watcher. */
  async follow(root: string): Promise<void> {
    if (this.root === root && this.watcher !== null) return;
    await this.stop();
    this.root = root;
    // A site's data files (Eleventy's) give posts tags and drafts: a change to one lists the folder again.
    const isDataFileName = this.library.folder?.path === root ? this.library.dataFileNames : null;
    const watcher = watchFolder(root, {
      // The post list's rule, so an edit in a folder it lists is always seen (a Hugo section named
      // `build/` is content) and its skipped folders cost no events.
      isSkippedFolderName: (name) => this.library.skipsFolderName(name),
      ...(isDataFileName
        ? {
            isDataFileName,
            onDataChanged: () => {
              const folder = this.library.folder;
              if (this.root === root && folder?.path === root) this.publish('folder-changed', { folder });
            },
          }
        : {}),
      ...(this.debounceMs !== undefined ? { debounceMs: this.debounceMs } : {}),
      onChanges: (changes) => void this.report(root, changes),
      onFolderMissing: () => {
        if (this.root !== root) return;
        this.publish('folder-changed', { folder: null });
        // The watcher died with the folder: opening the same path again, once it is back, starts a new one.
        void this.stop();
      },
    });
    this.watcher = watcher;
    await watcher.ready;
  }

  async stop(): Promise<void> {
    const watcher = this.watcher;
    this.watcher = null;
    this.root = null;
    await watcher?.close();
  }

  private async report(root: string, { added, changed, removed }: FolderChanges): Promise<void> {
    // A batch from a folder no longer open (the writer switched meanwhile) is not news.
    const current = () => this.root === root && this.library.folder?.path === root;
    if (!current()) return;
    for (const id of removed) this.publish('post-removed', { id });
    // Reads are bounded: a `git checkout` of 500 files reads them 8 at a time, not all at once.
    await mapLimit(added, 8, async (id: PostId) => {
      const summary = await this.library.summary(id).catch(() => summarizePost(id, '', 0, Date.now()));
      if (current()) this.publish('post-added', { summary });
    });
    await mapLimit(changed, 8, async (id: PostId) => {
      // Unreadable now (binary, too large, gone again): the page's list reload shows why; an
      // empty version still tells an open document that the disk no longer matches it.
      const version = await this.library.read(id).then((post) => post.version, () => '');
      if (current()) this.publish('post-changed', { id, version });
    });
  }
}
