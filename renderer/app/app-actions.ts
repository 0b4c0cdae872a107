import type { FolderInfo, MenuCommand, PostId, PostwrightApi } from '../../shared/api';
import { titleFromFileName } from '../../shared/posts/file-title';
import { docText } from '../editor/doc-text';
import type { EditorController } from '../editor/editor-controller';
import type { DialogState } from './app-state';
import type { AppStore } from './app-store';

/** The part of the editor the actions drive (a narrow seam, so they are testable without a DOM). */
export type ActionsEditor = Pick<EditorController, 'sessions' | 'active' | 'has' | 'open' | 'activate' | 'clear' | 'focusAtEnd'>;

export interface AppActionsDeps {
  readonly api: PostwrightApi;
  readonly store: AppStore;
  readonly editor: ActionsEditor;
  /** Serve mode's export: give the page to the browser as a download. */
  readonly download: (fileName: string, contents: string, type: string) => void;
  /** How long a notice stays (ms). */
  readonly noticeMs?: number;
}

export type AppActions = ReturnType<typeof createAppActions>;

/**
 * What the writer can do, written once and triggered alike by the toolbar, the keyboard, the
 * Electron menu and the empty states. Every API error is shown; no action ever drops text.
 */
export function createAppActions({ api, store, editor, download, noticeMs = 6000 }: AppActionsDeps) {
  const { dispatch } = store;
  const alert = (message: string | null) => dispatch({ type: 'alert', message });

  /** The answer to the confirm dialog on screen (discard / conflict). */
  let answerConfirm: ((yes: boolean) => void) | null = null;
  /** Bumped by every openPost: a slow read must not show a post the writer has clicked away from. */
  let openRequest = 0;
  /** Saves of one post run one after another, each based on the version the previous one wrote. */
  const saveQueues = new Map<PostId, Promise<void>>();
  let exporting = false;
  /** A native folder picker is open (the menu accelerator and the page's shortcut may both fire). */
  let picking = false;
  let noticeTimer: ReturnType<typeof setTimeout> | undefined;

  /** The host's messages often already say what failed ("Could not save …"); prefix only when not. */
  const failed = (what: string, message: string) => (/^Could not /.test(message) ? message : `Could not ${what}: ${message}`);

  const nativeDialogs = () => store.getState().info?.nativeDialogs === true;
  const titleOf = (id: PostId) => store.getState().posts.find((post) => post.id === id)?.title ?? titleFromFileName(id);

  function notice(message: string): void {
    dispatch({ type: 'notice', message });
    clearTimeout(noticeTimer);
    noticeTimer = setTimeout(() => {
      if (store.getState().notice === message) dispatch({ type: 'notice', message: null });
    }, noticeMs);
  }

  /** Shows a yes/no dialog and resolves with the answer (Escape and Cancel are "no"). */
  function confirm(dialog: Extract<DialogState, { kind: 'conflict' | 'discard' }>): Promise<boolean> {
    answerConfirm?.(false);
    dispatch({ type: 'dialog-shown', dialog });
    return new Promise((resolve) => {
      answerConfirm = (yes) => {
        answerConfirm = null;
        dispatch({ type: 'dialog-shown', dialog: null });
        resolve(yes);
      };
    });
  }

  /** True when nothing is unsaved, or the writer agreed to lose it. */
  async function confirmDiscard(): Promise<boolean> {
    const dirty = editor.sessions.dirtySessions();
    if (dirty.length === 0) return true;
    return confirm({ kind: 'discard', titles: dirty.map((session) => titleOf(session.id)) });
  }

  async function reloadPosts(): Promise<void> {
    const list = await api.posts.list();
    if (list.ok) dispatch({ type: 'posts-listed', list: list.value });
    else alert(list.error.message);
  }

  async function switchToFolder(folder: FolderInfo): Promise<void> {
    openRequest++;
    editor.clear();
    dispatch({ type: 'folder-opened', folder });
    await reloadPosts();
  }

  const busy = () => store.getState().dialog !== null;

  async function saveNow(id: PostId, overwrite: boolean): Promise<void> {
    const session = editor.sessions.get(id);
    if (!session || (!session.dirty && !overwrite)) return;
    // What is sent is what becomes "saved", even if the writer types on while it is written.
    const doc = session.state.doc;
    const result = await api.posts.save({ id, text: docText(session.state), bom: session.bom, baseVersion: session.version, overwrite });
    if (result.ok) {
      editor.sessions.markSaved(id, doc, result.value.version);
      dispatch({ type: 'post-saved', summary: result.value.summary });
      if (store.getState().alert) alert(null);
      return;
    }
    if (result.error.code === 'CONFLICT' && !overwrite) {
      if (await confirm({ kind: 'conflict', title: titleOf(id) })) await saveNow(id, true);
      return;
    }
    alert(`${failed(`save “${titleOf(id)}”`, result.error.message)} Your text is still in the editor.`);
  }

  /** First load: what host this is, which folder is open, and its posts. */
  async function start(): Promise<void> {
    const [info, folder] = await Promise.all([api.app.info(), api.folder.current()]);
    if (!info.ok) alert(info.error.message);
    if (!folder.ok) alert(folder.error.message);
    const current = folder.ok ? folder.value : null;
    if (current) await reloadPosts();
    dispatch({ type: 'started', info: info.ok ? info.value : null, folder: store.getState().folder ?? current });
  }

  async function openFolder(): Promise<void> {
    if (busy() || picking || !(await confirmDiscard())) return;
    if (!nativeDialogs()) {
      dispatch({ type: 'dialog-shown', dialog: { kind: 'open-folder', error: null, busy: false } });
      return;
    }
    picking = true;
    try {
      const picked = await api.folder.pick();
      if (!picked.ok) alert(picked.error.message);
      else if (picked.value) await switchToFolder(picked.value);
    } finally {
      picking = false;
    }
  }

  /** The in-page "Open folder" dialog's Open button. */
  async function openFolderPath(path: string): Promise<void> {
    if (path.trim() === '') {
      dispatch({ type: 'dialog-failed', error: 'Type the path of a folder of Markdown posts.' });
      return;
    }
    dispatch({ type: 'dialog-busy' });
    const opened = await api.folder.open(path.trim());
    if (!opened.ok) {
      if (store.getState().dialog?.kind === 'open-folder') dispatch({ type: 'dialog-failed', error: opened.error.message });
      else alert(opened.error.message);
      return;
    }
    if (store.getState().dialog?.kind === 'open-folder') dispatch({ type: 'dialog-shown', dialog: null });
    await switchToFolder(opened.value);
  }

  function newPost(): void {
    if (busy() || !store.getState().folder) return;
    dispatch({ type: 'dialog-shown', dialog: { kind: 'new-post', error: null, busy: false } });
  }

  /** The "New post" dialog's Create button. */
  async function createPost(title: string): Promise<void> {
    if (title.trim() === '') {
      dispatch({ type: 'dialog-failed', error: 'Give the post a title.' });
      return;
    }
    dispatch({ type: 'dialog-busy' });
    const created = await api.posts.create({ title: title.trim() });
    if (!created.ok) {
      if (store.getState().dialog?.kind === 'new-post') dispatch({ type: 'dialog-failed', error: created.error.message });
      else alert(created.error.message);
      return;
    }
    if (store.getState().dialog?.kind === 'new-post') dispatch({ type: 'dialog-shown', dialog: null });
    await reloadPosts();
    // Straight to writing: the cursor goes after the new post's front matter.
    if (await openPost(created.value.id)) editor.focusAtEnd();
  }

  /** Shows a post, reading it the first time; resolves true when it is on screen. */
  async function openPost(id: PostId): Promise<boolean> {
    const request = ++openRequest;
    if (editor.has(id)) {
      editor.activate(id);
      return true;
    }
    const read = await api.posts.read(id);
    if (request !== openRequest) return false;
    if (!read.ok) {
      alert(failed(`open ${id}`, read.error.message));
      return false;
    }
    editor.open(read.value);
    return true;
  }

  /** Saves the open post. Queued per post, so quick repeats save in order. */
  function save(): Promise<void> {
    const id = editor.active?.id;
    if (id == null || busy()) return Promise.resolve();
    const queued = (saveQueues.get(id) ?? Promise.resolve()).then(() => saveNow(id, false));
    saveQueues.set(id, queued);
    void queued.finally(() => {
      if (saveQueues.get(id) === queued) saveQueues.delete(id);
    });
    return queued;
  }

  /** Exports the open post as the editor shows it (unsaved edits included). */
  async function exportHtml(): Promise<void> {
    const session = editor.active;
    if (!session || exporting || busy()) return;
    exporting = true;
    try {
      const request = { id: session.id, text: docText(session.state) };
      if (nativeDialogs()) {
        const saved = await api.export.save(request);
        if (!saved.ok) alert(failed('export', saved.error.message));
        else if (saved.value.path) notice(`Exported to ${saved.value.path}`);
      } else {
        const rendered = await api.export.render(request);
        if (!rendered.ok) alert(failed('export', rendered.error.message));
        else {
          download(rendered.value.fileName, rendered.value.html, 'text/html');
          notice(`Exported to ${rendered.value.fileName} (downloaded)`);
        }
      }
    } finally {
      exporting = false;
    }
  }

  /** The Electron menu runs the same actions as the toolbar. */
  function runMenuCommand(command: MenuCommand): void {
    if (command === 'open-folder') void openFolder();
    else if (command === 'new-post') newPost();
    else if (command === 'save') void save();
    else void exportHtml();
  }

  /** Yes/no of the confirm dialog on screen. */
  function answer(yes: boolean): void {
    answerConfirm?.(yes);
  }

  /** Cancel / Escape on any dialog. */
  function closeDialog(): void {
    if (answerConfirm) answerConfirm(false);
    else dispatch({ type: 'dialog-shown', dialog: null });
  }

  function dismissAlert(): void {
    alert(null);
  }

  return {
    start,
    openFolder,
    openFolderPath,
    newPost,
    createPost,
    openPost,
    save,
    exportHtml,
    runMenuCommand,
    answer,
    closeDialog,
    dismissAlert,
  };
}
