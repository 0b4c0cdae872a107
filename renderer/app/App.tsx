import { useMemo, useState } from 'react';
import { commandContext } from '../commands/command-context';
import { CompareView } from '../conflict/CompareView';
import { DiskStateBar } from '../conflict/DiskStateBar';
import { RecoveryBar } from '../notices/RecoveryBar';
import { SiteExportPanel } from '../notices/SiteExportPanel';
import { PostContextMenu, postMenuRequest, type PostMenuRequest } from '../post-menu/PostContextMenu';
import { AppDialogs } from '../dialogs/AppDialogs';
import { EDITOR_PANE_ID, EditorPane } from '../editor/EditorPane';
import { OutlinePanel } from '../editor/outline/OutlinePanel';
import { EmptyState } from '../layout/EmptyState';
import { FrontMatterPanel } from '../frontmatter/FrontMatterPanel';
import { SkipLink } from '../layout/SkipLink';
import { SplitView } from '../layout/SplitView';
import { AlertBanner } from '../notices/AlertBanner';
import { StatusNotice } from '../notices/StatusNotice';
import { Palette } from '../palette/Palette';
import { PreviewPane } from '../preview/PreviewPane';
import { Sidebar } from '../sidebar/Sidebar';
import { useUnsavedSummaries } from '../sidebar/use-unsaved-summaries';
import { windowTitle } from '../../shared/window/window-title';
import { postTitle } from '../state/post-title';
import { Toolbar } from '../toolbar/Toolbar';
import { useAppState, useDocumentTitle, useKeyboardShortcuts, useUnsavedChangesGuard, useWorkspace } from './app-hooks';
import type { AppServices } from './create-app';
import { useLayout, useSaveStatus } from './view-hooks';
import { SAVE_STATE_LABELS, saveState } from '../workspace/save-status';

/** The window: sidebar of posts, toolbar, and the editor beside its live preview. */
export function App({ services }: { services: AppServices }) {
  const { store, workspace, editor, registry, conflicts, postFiles } = services;
  const [postMenu, setPostMenu] = useState<PostMenuRequest | null>(null);
  const state = useAppState(store);
  const documents = useWorkspace(workspace);
  const context = commandContext(state, documents);
  const { activePath } = documents;
  const postIds = useMemo(() => state.posts.map((post) => post.id), [state.posts]);
  const unsaved = useUnsavedSummaries(workspace, state.folder?.site.generator ?? 'plain', state.folder?.site.folderData);
  const layout = useLayout(services.settings);
  const saving = useSaveStatus(services.saveStatus);
  const activeSave = activePath == null ? null : saveState(context.postDirty, saving.get(activePath));

  useDocumentTitle(
    windowTitle({
      post: activePath == null ? null : postTitle(state.posts, activePath),
      folder: state.folder?.name ?? null,
      dirty: context.postDirty,
      status: activeSave && SAVE_STATE_LABELS[activeSave],
    }),
  );
  useKeyboardShortcuts(registry);
  useUnsavedChangesGuard(workspace);

  const commandButton = (id: 'file.openFolder' | 'file.newPost', label: string) => (
    <button type="button" className="button button-primary button-large" onClick={() => registry.run(id)}>
      {label}
    </button>
  );

  let main;
  if (!state.ready) {
    main = <EmptyState title="Opening…" />;
  } else if (!state.folder) {
    main = (
      <EmptyState title="Welcome to Postwright" action={commandButton('file.openFolder', 'Open folder…')}>
        <p>Open a folder of Markdown posts to start writing: a Jekyll, Hugo, Astro or Eleventy blog, or any folder of .md files.</p>
        <p>Your files stay plain Markdown, saved exactly as you write them.</p>
      </EmptyState>
    );
  } else if (activePath != null && state.comparing === activePath) {
    main = (
      <CompareView
        key={activePath}
        title={postTitle(state.posts, activePath)}
        mine={workspace.activeText()?.text ?? ''}
        loadTheirs={() => conflicts.readDisk(activePath)}
        onKeep={(text) => conflicts.keepMerged(activePath, text)}
        onTakeTheirs={() => {
          conflicts.takeTheirs(activePath);
          conflicts.closeCompare();
        }}
        onClose={conflicts.closeCompare}
      />
    );
  } else if (activePath != null) {
    const diskState = state.diskStates[activePath];
    main = (
      <>
        {diskState && (
          <DiskStateBar
            title={postTitle(state.posts, activePath)}
            state={diskState}
            onKeepMine={() => conflicts.keepMine(activePath)}
            onTakeTheirs={() => conflicts.takeTheirs(activePath)}
            onCompare={() => conflicts.compare(activePath)}
          />
        )}
        <SplitView
          startId={EDITOR_PANE_ID}
          start={
            <EditorPane
              editor={editor}
              path={activePath}
              saveState={activeSave ?? 'saved'}
              onShowPreview={layout.previewHidden ? () => registry.run('view.togglePreview') : null}
              frontMatter={<FrontMatterPanel key={activePath} workspace={workspace} editor={editor} generator={state.folder.site.generator} path={activePath} posts={state.posts} settings={services.settings} />}
            />
          }
          end={layout.previewHidden ? null : <PreviewPane workspace={workspace} remoteContent={state.folder.remoteContent} postIds={postIds} onOpenPost={services.openPost} editor={editor} scrollSync={services.scrollSync} staticRoot={state.folder.site.assets} />} />
      </>
    );
  } else if (state.posts.length === 0) {
    main = (
      <EmptyState title="No posts yet" action={commandButton('file.newPost', 'New post…')}>
        <p>
          There are no Markdown posts in <strong>{state.folder.name}</strong>. Start the first one.
        </p>
      </EmptyState>
    );
  } else {
    const palette = registry.entry('view.commandPalette').keys;
    const goTo = registry.entry('go.post').keys;
    main = (
      <EmptyState title="Select a post or create a new one">
        <p>Pick a post from the list, or start a new one from the toolbar.</p>
        {palette && goTo && (
          <p className="empty-hint">
            <kbd>{goTo}</kbd> finds a post by title; <kbd>{palette}</kbd> lists every command.
          </p>
        )}
      </EmptyState>
    );
  }

  // The editor when a post is open in it, else the main area (its empty state or the compare view).
  const editing = activePath != null && state.comparing !== activePath;
  return (
    <div className={layout.sidebarHidden ? 'app sidebar-hidden' : 'app'}>
      <SkipLink label={editing ? 'Skip to editor' : 'Skip to main content'} onSkip={() => (editing ? editor.focus() : document.getElementById('main')?.focus())} />
      {!layout.sidebarHidden && <Sidebar
        folder={state.folder}
        posts={state.posts}
        skipped={state.skipped}
        listing={state.listing}
        activeId={activePath}
        dirtyIds={documents.dirtyPaths}
        saving={saving}
        unsaved={unsaved}
        searchText={services.searchText}
        onOpenPost={services.openPost}
        onPostContextMenu={(id, event) => setPostMenu(postMenuRequest(id, event))}
      >
        {editing && <OutlinePanel editor={editor} writingView={services.writingView} />}
      </Sidebar>}
      <div className="workspace">
        <Toolbar registry={registry} context={context} pressed={{ 'view.toggleSidebar': !layout.sidebarHidden, 'view.togglePreview': !layout.previewHidden }}>
          <StatusNotice message={state.notice} action={state.noticeAction} />
        </Toolbar>
        {state.alert && <AlertBanner message={state.alert} onDismiss={services.dismissAlert} />}
        {state.siteExport && <SiteExportPanel state={state.siteExport} onCancel={() => void services.siteExport.cancel()} onDismiss={services.siteExport.dismiss} />}
        {state.recovery && (
          <RecoveryBar
            entries={state.recovery}
            titleOf={(id) => postTitle(state.posts, id)}
            onRecover={() => void services.journal.recover()}
            onDiscard={() => void services.journal.discard()}
          />
        )}
        <main id="main" className="main" tabIndex={-1}>
          {main}
        </main>
      </div>
      {postMenu && (
        <PostContextMenu
          request={postMenu}
          onClose={() => setPostMenu(null)}
          items={[
            { label: 'Open', run: () => services.openPost(postMenu.id) },
            { label: 'Rename…', run: () => postFiles.askRename(postMenu.id) },
            { label: 'Duplicate', run: () => void postFiles.duplicate(postMenu.id) },
            { label: 'Move to Trash', run: () => void postFiles.trash(postMenu.id), danger: true },
          ]}
        />
      )}
      <AppDialogs dialog={state.dialog} handlers={services.dialogs} />
      {state.palette && (
        <Palette
          mode={state.palette}
          registry={registry}
          posts={state.posts}
          onClose={services.palette.close}
          onRunCommand={services.palette.runCommand}
          onOpenPost={services.palette.openPost}
        />
      )}
    </div>
  );
}
