import type { FlowDeps } from './flow-deps';

export type NewPostFlow = ReturnType<typeof createNewPostFlow>;

/** "New post…": ask for a title, create the file, open it with the cursor ready to write. */
export function createNewPostFlow(
  { api, store, notices, prompts, documents }: FlowDeps,
  { reloadPosts, focusAtEnd }: { reloadPosts: () => Promise<void>; focusAtEnd: () => void },
) {
  const { dispatch } = store;
  return {
    newPost(): void {
      if (prompts.busy() || !store.getState().folder) return;
      dispatch({ type: 'dialog-shown', dialog: { kind: 'new-post', error: null, busy: false } });
    },

    /** The "New post" dialog's Create button. */
    async createPost(title: string): Promise<void> {
      if (title.trim() === '') {
        dispatch({ type: 'dialog-failed', error: 'Give the post a title.' });
        return;
      }
      dispatch({ type: 'dialog-busy' });
      const created = await api.posts.create({ title: title.trim() });
      const inDialog = store.getState().dialog?.kind === 'new-post';
      if (!created.ok) {
        if (inDialog) dispatch({ type: 'dialog-failed', error: created.error.message });
        else notices.showAlert(created.error.message);
        return;
      }
      if (inDialog) dispatch({ type: 'dialog-shown', dialog: null });
      await reloadPosts();
      // Straight to writing: the cursor goes after the new post's front matter.
      if (await documents.open(created.value.id)) focusAtEnd();
    },
  };
}
