import { titleFromFileName } from '../../shared/posts/file-title';
import { AppDialogs } from '../dialogs/AppDialogs';
import { EditorPane } from '../editor/EditorPane';
import { EmptyState } from '../layout/EmptyState';
import { SplitView } from '../layout/SplitView';
import { AlertBanner } from '../notices/AlertBanner';
import { StatusNotice } from '../notices/StatusNotice';
import { PreviewPane } from '../preview/PreviewPane';
import { Sidebar } from '../sidebar/Sidebar';
import { Toolbar } from '../toolbar/Toolbar';
import { useAppState, useDocumentTitle, useMenuCommands, useSessions, useShortcuts, useUnsavedChangesGuard } from './app-hooks';
import type { AppServices } from './create-app';
import { windowTitle } from './window-title';

/** The window: sidebar of posts, toolbar, and the editor beside its live preview. */
export function App({ services }: { services: AppServices }) {
  const { store, editor, actions, events } = services;
  const state = useAppState(store);
  const { activeId, dirtyIds } = useSessions(editor);

  const activePost = activeId == null ? null : (state.posts.find((post) => post.id === activeId) ?? null);
  const activeTitle = activeId == null ? null : (activePost?.title ?? titleFromFileName(activeId));
  const activeDirty = activeId != null && dirtyIds.has(activeId);

  useDocumentTitle(windowTitle(activeTitle, activeDirty));
  useShortcuts(actions);
  useMenuCommands(events, actions);
  useUnsavedChangesGuard(editor);

  const openFolderButton = (
    <button type="button" className="button button-primary button-large" onClick={() => void actions.openFolder()}>
      Open folder…
    </button>
  );
  const newPostButton = (
    <button type="button" className="button button-primary button-large" onClick={actions.newPost}>
      New post…
    </button>
  );

  let main;
  if (!state.ready) {
    main = <EmptyState title="Opening…" />;
  } else if (!state.folder) {
    main = (
      <EmptyState title="Welcome to Postwright" action={openFolderButton}>
        <p>Open a folder of Markdown posts to start writing: a Jekyll, Hugo, Astro or Eleventy blog, or any folder of .md files.</p>
        <p>Your files stay plain Markdown, saved exactly as you write them.</p>
      </EmptyState>
    );
  } else if (activeId != null) {
    main = (
      <SplitView start={<EditorPane editor={editor} postId={activeId} dirty={activeDirty} />} end={<PreviewPane editor={editor} />} />
    );
  } else if (state.posts.length === 0) {
    main = (
      <EmptyState title="No posts yet" action={newPostButton}>
        <p>
          There are no Markdown posts in <strong>{state.folder.name}</strong>. Start the first one.
        </p>
      </EmptyState>
    );
  } else {
    main = (
      <EmptyState title="Select a post or create a new one">
        <p>Pick a post from the list, or start a new one from the toolbar.</p>
      </EmptyState>
    );
  }

  return (
    <div className="app">
      <Sidebar
        folder={state.folder}
        posts={state.posts}
        skipped={state.skipped}
        activeId={activeId}
        dirtyIds={dirtyIds}
        onOpenPost={(id) => void actions.openPost(id)}
      />
      <div className="workspace">
        <Toolbar
          canCreate={state.folder !== null}
          hasPost={activeId !== null}
          dirty={activeDirty}
          onOpenFolder={() => void actions.openFolder()}
          onNewPost={actions.newPost}
          onSave={() => void actions.save()}
          onExport={() => void actions.exportHtml()}
        >
          <StatusNotice message={state.notice} />
        </Toolbar>
        {state.alert && <AlertBanner message={state.alert} onDismiss={actions.dismissAlert} />}
        <main className="main">{main}</main>
      </div>
      <AppDialogs dialog={state.dialog} actions={actions} />
    </div>
  );
}
