import type { PostId } from '../../shared/api';
import { postTitle } from '../state/post-title';
import { documentText, isDirty, savedVersion } from '../workspace/document-state';
import type { FlowDeps } from './flow-deps';

export type PostFileFlow = ReturnType<typeof createPostFileFlow>;

/** A post's file name as the rename dialog shows it: the last part of its id, without extension. */
export function editableName(id: PostId): string {
  const parts = id.split('/');
  const file = parts[parts.length - 1]!;
  // A page bundle (`trip/index.md`) is renamed by its folder's name.
  const bundle = /^_?index\.[^.]+$/i.test(file) && parts.length > 1;
  return bundle ? parts[parts.length - 2]! : file.replace(/\.[^.]+$/, '');
}

/**
 * Rename, duplicate and trash a post, from the palette or the list's context menu. Each updates
 * the list at once from the host's answer (the watcher's events that follow change nothing more),
 * and an open document follows its file: renamed in place (same document, new path), or closed
 * when trashed, with Undo in the notice.
 */
export function createPostFileFlow({ api, store, notices, documents, workspace }: FlowDeps, { reloadPosts }: { reloadPosts: () => Promise<void> }) {
  const { dispatch } = store;
  const title = (id: PostId) => postTitle(store.getState().posts, id);
  /** The post a command acts on: the one given (context menu), else the one open. */
  const target = (id?: PostId): PostId | null => id ?? workspace.active?.path ?? null;

  return {
    /** Opens the rename dialog for a post. */
    askRename(id?: PostId): void {
      const post = target(id);
      if (post === null) return;
      dispatch({ type: 'dialog-shown', dialog: { kind: 'rename-post', id: post, name: editableName(post), error: null, busy: false } });
    },

    async rename(id: PostId, name: string): Promise<void> {
      if (name.trim() === '') {
        dispatch({ type: 'dialog-failed', error: 'Type the new file name.' });
        return;
      }
      dispatch({ type: 'dialog-busy' });
      const renamed = await api.posts.rename({ id, name: name.trim() });
      if (!renamed.ok) {
        dispatch({ type: 'dialog-failed', error: renamed.error.message });
        return;
      }
      dispatch({ type: 'dialog-shown', dialog: null });
      documents.moved(id, renamed.value.id);
      // The crash journal keys unsaved text by path: move it with the post, or a stale entry would be offered later.
      const moved = workspace.byPath(renamed.value.id);
      if (moved && isDirty(moved.state)) {
        void api.journal.record({ id: renamed.value.id, text: documentText(moved.state), bom: moved.bom, baseVersion: savedVersion(moved.state) || null });
      }
      void api.journal.discard(id);
      dispatch({ type: 'post-renamed', from: id, summary: renamed.value });
      notices.showNotice(`Renamed to ${renamed.value.id}.`);
    },

    async duplicate(id?: PostId): Promise<void> {
      const post = target(id);
      if (post === null) return;
      const copied = await api.posts.duplicate(post);
      if (!copied.ok) {
        notices.showAlert(copied.error.message);
        return;
      }
      dispatch({ type: 'post-saved', summary: copied.value });
      notices.showNotice(`Copied “${title(post)}” to ${copied.value.id}.`);
    },

    async trash(id?: PostId): Promise<void> {
      const post = target(id);
      if (post === null) return;
      const name = title(post);
      // Unsaved edits would go with the file: save them first, so Undo brings back the whole post.
      const open = workspace.byPath(post);
      if (open && !(await documents.save(open.id))) return;
      const trashed = await api.posts.trash(post);
      if (!trashed.ok) {
        notices.showAlert(trashed.error.message);
        return;
      }
      documents.close(post);
      dispatch({ type: 'post-removed', id: post });
      notices.showNotice(trashed.value.message.replace(`“${post}”`, `“${name}”`), {
        label: 'Undo',
        run: () => void undoTrash(trashed.value.trashId),
      });
    },
  };

  async function undoTrash(trashId: string): Promise<void> {
    const restored = await api.posts.restore(trashId);
    if (!restored.ok) {
      notices.showAlert(restored.error.message);
      return;
    }
    dispatch({ type: 'post-saved', summary: restored.value });
    notices.showNotice(`Restored “${restored.value.title}”.`);
    await reloadPosts();
  }
}
