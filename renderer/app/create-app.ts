import type { HostEvents, PostId, PostwrightApi } from '../../shared/api';
import type { CommandId, KeyPlatform } from '../../shared/commands';
import { commandContext } from '../commands/command-context';
import { createCommandRegistry, type CommandRegistry } from '../commands/command-registry';
import { createCommandRuns } from '../commands/command-runs';
import { currentKeyPlatform } from '../commands/keyboard-shortcuts';
import type { DialogHandlers } from '../dialogs/AppDialogs';
import { createDialogPrompts } from '../dialogs/dialog-prompts';
import { createScrollSyncSetting, type ScrollSyncSetting } from '../preview/scroll-sync-setting';
import { appSettings, type SettingsStore } from '../settings/settings-store';
import { createAutosaveFlow, type AutosaveFlow } from '../flows/autosave-flow';
import { SaveStatus } from '../workspace/save-status';
import { applyViewSettings, createViewActions } from '../settings/view-actions';
import { EditorController } from '../editor/editor-controller';
import { editorExtensions } from '../editor/editor-extensions';
import { EditorUpdates } from '../editor/editor-updates';
import { WritingView } from '../editor/writing-view';
import { downloadFile, type Download } from '../flows/download-file';
import { createExportFlow } from '../flows/export-flow';
import { createExportPdfFlow } from '../flows/export-pdf-flow';
import { createExportSiteFlow, type ExportSiteFlow } from '../flows/export-site-flow';
import { createFolderFlow } from '../flows/folder-flow';
import { subscribeHostEvents } from '../flows/host-event-flow';
import { createJournalFlow, type JournalFlow } from '../flows/journal-flow';
import { createNewPostFlow } from '../flows/new-post-flow';
import { createImagePasteFlow } from '../flows/image-paste-flow';
import { createPostFileFlow, type PostFileFlow } from '../flows/post-file-flow';
import { createShellFlow } from '../flows/shell-flow';
import { createAppStore, type AppStore } from '../state/app-store';
import { createNotices } from '../state/notices';
import { postTitle } from '../state/post-title';
import { formatMegabytes, LARGE_POST_BYTES } from '../../shared/posts/post-size';
import { DocumentService } from '../workspace/document-service';
import { Workspace } from '../workspace/workspace';
import type { SearchText } from '../sidebar/use-text-search';

export interface AppServices {
  readonly store: AppStore;
  readonly workspace: Workspace;
  readonly editor: EditorController;
  /** Focus mode, typewriter scrolling and the outline's switches. */
  readonly writingView: WritingView;
  readonly scrollSync: ScrollSyncSetting;
  /** The window's preferences (theme, autosave, layout, zoom…), remembered in this profile. */
  readonly settings: SettingsStore;
  /** Saves in flight and failed, per post (the title, the list and the editor header show them). */
  readonly saveStatus: SaveStatus;
  readonly autosave: AutosaveFlow;
  readonly registry: CommandRegistry;
  readonly dialogs: DialogHandlers;
  readonly palette: {
    close(): void;
    runCommand(id: CommandId): void;
    openPost(path: string): void;
  };
  readonly openPost: (path: string) => void;
  readonly dismissAlert: () => void;
  readonly postFiles: PostFileFlow;
  readonly conflicts: ConflictActions;
  readonly journal: JournalFlow;
  readonly siteExport: Pick<ExportSiteFlow, 'cancel' | 'dismiss'>;
  /** Searches the posts' text in the host (posts.search), slice by slice. */
  readonly searchText: SearchText;
  /** Subscribes to the host's events and loads the folder. */
  start(): Promise<void>;
}

/** The conflict bar's and compare view's buttons. */
export interface ConflictActions {
  keepMine(path: PostId): void;
  takeTheirs(path: PostId): void;
  keepMerged(path: PostId, text: string): void;
  compare(path: PostId): void;
  closeCompare(): void;
  readDisk(path: PostId): Promise<string | null>;
}

/**
 * Wires the app once, outside React: the state, the open documents and the one editor, the flows
 * over them, and the command registry that the menu, keys, toolbar and palette all go through.
 */
export function createApp(api: PostwrightApi, events: HostEvents, options: { platform?: KeyPlatform; download?: Download; settings?: SettingsStore } = {}): AppServices {
  const platform = options.platform ?? currentKeyPlatform();
  const settings = options.settings ?? appSettings();
  const saveStatus = new SaveStatus();
  const store = createAppStore();
  const notices = createNotices(store);
  const prompts = createDialogPrompts(store);
  // The editor's extensions are shared by every post and built first; the image flow they hand
  // pasted images to needs the workspace, so it is bound once both exist.
  let insertImages: ((files: readonly File[], at: number | null) => void) | null = null;
  const editorUpdates = new EditorUpdates();
  const writingView = new WritingView(settings);
  const workspace = new Workspace([editorExtensions(platform, () => insertImages), editorUpdates.extension]);
  const editor = new EditorController(workspace, editorUpdates, writingView);
  const titleOf = (path: string) => postTitle(store.getState().posts, path);
  const documents = new DocumentService({
    posts: api.posts,
    workspace,
    prompts: {
      confirmOverwrite: (path) => prompts.confirm({ kind: 'conflict', title: titleOf(path) }),
      confirmDiscardEdits: (path) => prompts.confirm({ kind: 'reload', title: titleOf(path) }),
      showAlert: notices.showAlert,
      showNotice: (message) => notices.showNotice(message),
    },
    onSaved: (summary) => store.dispatch({ type: 'post-saved', summary }),
    onDiskState: (path, state) => store.dispatch({ type: 'disk-state', path, state }),
    titleOf,
    onSaveActivity: (path, activity) => saveStatus.report(path, activity),
  });
  const deps = { api, store, notices, prompts, workspace, documents };
  const autosave = createAutosaveFlow(deps, settings);
  const folder = createFolderFlow(deps, { beforeSettle: autosave.flush });
  const newPost = createNewPostFlow(deps, { reloadPosts: folder.reloadPosts, focusAtEnd: () => editor.focusAtEnd() });
  const postFiles = createPostFileFlow(deps, { reloadPosts: folder.reloadPosts });
  const journal = createJournalFlow(deps);
  const imagePaste = createImagePasteFlow(deps, { focusEditor: () => editor.focus() });
  insertImages = (files, at) => void imagePaste(files, at);
  const exportHtml = createExportFlow(deps, options.download ?? downloadFile);
  const exportPdf = createExportPdfFlow(deps);
  const exportSite = createExportSiteFlow(deps);
  const shell = createShellFlow({ api, store, notices, folder, documents, focusEditor: () => editor.focus() });

  const scrollSync = createScrollSyncSetting(settings);
  // Theme and text size before the first paint (a dark writer never sees a light flash).
  if (typeof document !== 'undefined') applyViewSettings(settings, { root: document.documentElement, api, onZoom: () => editor.requestMeasure() });
  const registry = createCommandRegistry(
    createCommandRuns({
      folder,
      newPost,
      exportHtml,
      exportPdf,
      exportSite: exportSite.ask,
      postFiles,
      documents,
      editor,
      openPalette: (mode) => store.dispatch({ type: 'palette', mode }),
      scrollSync,
      writingView,
      dialogOpen: () => store.getState().dialog !== null,
      setAutosave: autosave.setMode,
      view: createViewActions(settings, notices),
    }),
    () => commandContext(store.getState(), workspace.getSnapshot()),
    platform,
  );

  /** Back to writing: the editor when a post is open (otherwise the picker restores focus itself). */
  const closePalette = () => {
    store.dispatch({ type: 'palette', mode: null });
    if (workspace.active) editor.focus();
  };
  /** Opens a post from the list or the palette; a large one only once the writer agrees. */
  const openAsked = async (path: string): Promise<boolean> => {
    const size = store.getState().posts.find((post) => post.id === path)?.size ?? 0;
    if (size > LARGE_POST_BYTES && !workspace.byPath(path) && !(await prompts.confirm({ kind: 'large-post', title: titleOf(path), size: formatMegabytes(size) }))) return false;
    return documents.open(path);
  };
  // Opening a post is to write in it: the cursor goes to the editor (from the list, a link, a menu),
  // unless the writer moved on while it loaded (the palette opened, a field clicked): focus is only
  // taken from where it was when the post was asked for.
  const openPost = (path: string) => {
    const askedFrom = document.activeElement;
    void openAsked(path).then((shown) => {
      const now = document.activeElement;
      const focusMoved = now !== askedFrom && now !== null && now !== document.body && !editor.hasFocus();
      if (shown && !focusMoved && store.getState().palette === null && store.getState().dialog === null) editor.focusToWrite();
    });
  };

  return {
    store,
    workspace,
    editor,
    writingView,
    scrollSync,
    settings,
    saveStatus,
    autosave,
    registry,
    dialogs: {
      openFolderPath: (path) => void folder.openFolderPath(path),
      completeFolder: async (partial) => {
        const answer = await api.folder.complete(partial);
        return answer.ok ? answer.value : null;
      },
      createPost: (title) => void newPost.createPost(title),
      renamePost: (id, name) => void postFiles.rename(id, name),
      exportSite: (choice) => void exportSite.start(choice),
      answer: prompts.answer,
      close: prompts.close,
    },
    palette: {
      close: closePalette,
      runCommand(id) {
        // Closed first, so a dialog the command opens returns focus to the editor, not the palette.
        closePalette();
        registry.run(id);
      },
      openPost(path) {
        store.dispatch({ type: 'palette', mode: null });
        void openAsked(path).then((shown) => shown && editor.focusToWrite());
      },
    },
    openPost,
    dismissAlert: () => notices.showAlert(null),
    postFiles,
    journal,
    siteExport: { cancel: () => exportSite.cancel(), dismiss: exportSite.dismiss },
    conflicts: {
      keepMine: (path) => void documents.keepMine(path),
      takeTheirs: (path) => void documents.takeTheirs(path),
      keepMerged: (path, text) => void documents.keepMerged(path, text).then(() => store.dispatch({ type: 'compare', path: null })),
      compare: (path) => store.dispatch({ type: 'compare', path }),
      closeCompare: () => store.dispatch({ type: 'compare', path: null }),
      async readDisk(path) {
        const read = await api.posts.read(path);
        if (read.ok) return read.value.text;
        notices.showAlert(read.error.message);
        return null;
      },
    },
    searchText: (request) => api.posts.search(request),
    async start() {
      // Before subscribeHostEvents says the page is ready, so a close or open held for it is not missed.
      shell.subscribe(events);
      exportSite.subscribe(events);
      subscribeHostEvents(events, {
        registry,
        documents,
        reloadPosts: folder.reloadPosts,
        patchList: (added, removed) => store.dispatch({ type: 'posts-patched', added, removed }),
        onFolderGone: () => {
          const gone = store.getState().folder;
          notices.showAlert(
            `The folder “${gone?.path ?? ''}” is no longer there, or cannot be read (moved, renamed, unmounted). Open posts keep their text; save them once it is back, or open another folder.`,
          );
        },
      });
      journal.start(events);
      autosave.start();
      await folder.start();
      await journal.offerRecovery();
    },
  };
}
