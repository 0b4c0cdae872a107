import type { ExportImagesMode, FolderInfo, RemoteContentPolicy } from '../../shared/api';
import { postTitle } from '../state/post-title';
import type { FlowDeps } from './flow-deps';

export type FolderFlow = ReturnType<typeof createFolderFlow>;

/** Rows asked for first: a few screens (a row is 54 px), small enough to answer in a few ms. */
export const FIRST_PAGE_ROWS = 100;

/** Starting up, opening a folder (native picker or the in-page dialog) and listing its posts. */
export function createFolderFlow({ api, store, notices, prompts, workspace, documents }: FlowDeps, { beforeSettle }: { beforeSettle?: () => Promise<void> } = {}) {
  const { dispatch } = store;
  /** A native folder picker is open (the menu accelerator and the page's shortcut may both fire). */
  let picking = false;

  /**
   * Lists the open folder's posts. A folder whose list is not shown yet gets its first screen of
   * rows first (posts.listPage: from memory or a small file, a few ms even for 10,000 posts), then
   * the whole list, checked against the disk, replaces it; a folder never listed answers the page
   * with the whole list at once. `onFirstRows` runs once rows are on screen, whichever came first.
   */
  async function reloadPosts(onFirstRows?: () => void): Promise<void> {
    if (store.getState().listing.kind === 'none') {
      const page = await api.posts.listPage({ offset: 0, limit: FIRST_PAGE_ROWS });
      if (page.ok && page.value.list !== null) {
        dispatch({ type: 'posts-listed', list: page.value.list });
        return;
      }
      // A page that failed is not worth an alert of its own: the full listing below says why.
      if (page.ok) {
        dispatch({ type: 'posts-page', page: page.value });
        onFirstRows?.();
      }
    }
    const list = await api.posts.list();
    if (list.ok) dispatch({ type: 'posts-listed', list: list.value });
    else notices.showAlert(list.error.message);
  }

  async function switchToFolder(folder: FolderInfo): Promise<void> {
    documents.closeAll();
    dispatch({ type: 'folder-opened', folder });
    await reloadPosts();
  }

  /** True when nothing unsaved would be lost: none, all saved now, or the writer chose to drop it. */
  async function settleUnsaved(): Promise<boolean> {
    // Autosave writes what it may first (closing is a focus loss): only what it cannot is asked about.
    await beforeSettle?.();
    const dirty = workspace.dirtyDocuments();
    if (dirty.length === 0) return true;
    const choice = await prompts.chooseUnsaved(dirty.map((document) => postTitle(store.getState().posts, document.path)));
    if (choice === 'cancel') return false;
    if (choice === 'discard') {
      // Dropped on purpose: the crash journal must not offer it back.
      await Promise.all(dirty.map((document) => api.journal.discard(document.path)));
      return true;
    }
    return documents.saveAll();
  }

  return {
    reloadPosts,
    settleUnsaved,
    switchToFolder,

    /** First load: what host this is, which folder is open, and its posts. */
    async start(): Promise<void> {
      const [info, folder] = await Promise.all([api.app.info(), api.folder.current()]);
      if (!info.ok) notices.showAlert(info.error.message);
      if (!folder.ok) notices.showAlert(folder.error.message);
      const current = folder.ok ? folder.value : null;
      // The window is usable as soon as the first rows show, not only once the whole list is in.
      let started = false;
      const markStarted = () => {
        if (started) return;
        started = true;
        dispatch({ type: 'started', info: info.ok ? info.value : null, folder: store.getState().folder ?? current });
      };
      if (current) await reloadPosts(markStarted);
      markStarted();
    },

    async openFolder(): Promise<void> {
      if (prompts.busy() || picking || !(await settleUnsaved())) return;
      if (store.getState().info?.nativeDialogs !== true) {
        dispatch({ type: 'dialog-shown', dialog: { kind: 'open-folder', error: null, busy: false } });
        return;
      }
      picking = true;
      try {
        const picked = await api.folder.pick();
        if (!picked.ok) notices.showAlert(picked.error.message);
        else if (picked.value) await switchToFolder(picked.value);
      } finally {
        picking = false;
      }
    },

    /** Whether posts in this folder may load https images and media, or nothing remote; the host remembers it. */
    async setRemoteContent(policy: RemoteContentPolicy): Promise<void> {
      const changed = await api.folder.setRemoteContent(policy);
      if (!changed.ok) {
        notices.showAlert(changed.error.message);
        return;
      }
      dispatch({ type: 'folder-updated', folder: changed.value });
      notices.showNotice(
        policy === 'block'
          ? `Remote images are blocked in ${changed.value.name}: the preview and exports load only files beside the posts.`
          : `HTTPS images are allowed again in ${changed.value.name}.`,
      );
    },

    /** How this folder's HTML exports carry local images; the host remembers it. */
    async setExportImages(mode: ExportImagesMode): Promise<void> {
      const changed = await api.folder.setExportImages(mode);
      if (!changed.ok) {
        notices.showAlert(changed.error.message);
        return;
      }
      dispatch({ type: 'folder-updated', folder: changed.value });
      const desktop = store.getState().info?.nativeDialogs === true;
      notices.showNotice(
        mode === 'copy'
          ? desktop
            ? `Exported HTML from ${changed.value.name} now links to copies of its images in a “<name>_files” folder beside the file.`
            : `Set for ${changed.value.name}. In the browser an export is one download, so images stay embedded here; the desktop app copies them beside the file.`
          : `Exported HTML from ${changed.value.name} carries its images inside the file again.`,
      );
    },

    /** The in-page "Open folder" dialog's Open button. */
    async openFolderPath(path: string): Promise<void> {
      if (path.trim() === '') {
        dispatch({ type: 'dialog-failed', error: 'Type the path of a folder of Markdown posts.' });
        return;
      }
      dispatch({ type: 'dialog-busy' });
      const opened = await api.folder.open(path.trim());
      const inDialog = store.getState().dialog?.kind === 'open-folder';
      if (!opened.ok) {
        if (inDialog) dispatch({ type: 'dialog-failed', error: opened.error.message });
        else notices.showAlert(opened.error.message);
        return;
      }
      if (inDialog) dispatch({ type: 'dialog-shown', dialog: null });
      await switchToFolder(opened.value);
    },
  };
}
