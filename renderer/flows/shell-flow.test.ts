import { describe, expect, it, vi } from 'vitest';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import type { HostEventListener, HostEventName, PostwrightApi } from '../../shared/api';
import { createDialogPrompts } from '../dialogs/dialog-prompts';
import { createAppStore } from '../state/app-store';
import { createNotices } from '../state/notices';
import { DocumentService } from '../workspace/document-service';
import { isDirty } from '../workspace/document-state';
import { memoryPosts, ok, summary } from '../workspace/test-api';
import { Workspace } from '../workspace/workspace';
import { createFolderFlow } from './folder-flow';
import { createShellFlow } from './shell-flow';

const blog = sampleFolder('/blog');
const notes = sampleFolder('/notes');

/** The shell flow over a real store, workspace, documents and folder flow; the host is in memory. */
function setup() {
  const disk = memoryPosts({ 'a.md': 'hello', 'b.md': 'bee' });
  let current = blog;
  const api = {
    journal: { discard: vi.fn(async () => ok(null)), record: vi.fn(async () => ok(null)), recoverable: vi.fn(async () => ok([])) },
    app: {
      info: async () => ok({ version: '1', transport: 'electron' as const, nativeDialogs: true, platform: 'linux' }),
      answerClose: vi.fn(async () => ok(null)),
    },
    folder: {
      current: async () => ok(current),
      open: vi.fn(async (path: string) => ok((current = path === '/notes' ? notes : blog))),
      pick: vi.fn(async () => ok(null)),
    },
    posts: {
      ...disk.posts,
      list: async () => ok({ folder: current, posts: [summary('a.md', 'A'), summary('b.md', 'B')], skipped: [] }),
      listPage: async () => ok({ folder: current, offset: 0, posts: [summary('a.md', 'A')], total: 2, list: null }),
    },
  } as unknown as PostwrightApi;
  const store = createAppStore();
  const notices = createNotices(store);
  const prompts = createDialogPrompts(store);
  const workspace = new Workspace([]);
  const documents = new DocumentService({
    posts: api.posts,
    workspace,
    prompts: { confirmOverwrite: async () => false, confirmDiscardEdits: async () => false, showAlert: notices.showAlert },
    onSaved: (s) => store.dispatch({ type: 'post-saved', summary: s }),
  });
  const folder = createFolderFlow({ api, store, notices, prompts, workspace, documents });
  const focusEditor = vi.fn();
  const shell = createShellFlow({ api, store, notices, folder, documents, focusEditor });
  const type = (path: string, text: string) => {
    const document = workspace.byPath(path)!;
    workspace.update(document.id, { changes: { from: document.state.doc.length, insert: text } });
  };
  return { api, disk, store, prompts, workspace, documents, folder, shell, focusEditor, type };
}

describe('the shell flow: closing', () => {
  it('lets the window close at once when nothing is unsaved', async () => {
    const { api, folder, shell, store } = setup();
    await folder.start();
    await shell.answerClose(4);
    expect(api.app.answerClose).toHaveBeenCalledWith(4, true);
    expect(store.getState().dialog).toBeNull();
  });

  it('asks Save all / Discard / Cancel once for every unsaved post; Cancel keeps the window and the edits', async () => {
    const { api, folder, shell, store, prompts, documents, type, workspace } = setup();
    await folder.start();
    await documents.open('a.md');
    await documents.open('b.md');
    type('a.md', ' one');
    type('b.md', ' two');
    const answering = shell.answerClose(1);
    await vi.waitFor(() => expect(store.getState().dialog).toEqual({ kind: 'unsaved', titles: ['A', 'B'] }));
    prompts.answer('cancel');
    await answering;
    expect(api.app.answerClose).toHaveBeenCalledWith(1, false);
    expect(isDirty(workspace.byPath('a.md')!.state)).toBe(true);
  });

  it('Save all writes every post before agreeing to close', async () => {
    const { api, folder, shell, store, prompts, documents, type, disk } = setup();
    await folder.start();
    await documents.open('a.md');
    await documents.open('b.md');
    type('a.md', ' one');
    type('b.md', ' two');
    const answering = shell.answerClose(2);
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('unsaved'));
    prompts.answer('save');
    await answering;
    expect([disk.disk('a.md'), disk.disk('b.md')]).toEqual(['hello one', 'bee two']);
    expect(api.app.answerClose).toHaveBeenCalledWith(2, true);
  });

  it('Discard agrees to close without writing', async () => {
    const { api, folder, shell, store, prompts, documents, type, disk } = setup();
    await folder.start();
    await documents.open('a.md');
    type('a.md', ' gone');
    const answering = shell.answerClose(3);
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('unsaved'));
    prompts.answer('discard');
    await answering;
    expect(disk.disk('a.md')).toBe('hello');
    expect(api.app.answerClose).toHaveBeenCalledWith(3, true);
  });

  it('asks once while the shell repeats the request (close clicked again), then answers afresh', async () => {
    const { api, folder, shell, store, prompts, documents, type } = setup();
    await folder.start();
    await documents.open('a.md');
    type('a.md', ' x');
    const first = shell.answerClose(1);
    const repeat = shell.answerClose(1);
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('unsaved'));
    prompts.answer('cancel');
    await Promise.all([first, repeat]);
    expect(vi.mocked(api.app.answerClose).mock.calls).toEqual([[1, false]]);

    const next = shell.answerClose(2);
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('unsaved'));
    prompts.answer('discard');
    await next;
    expect(vi.mocked(api.app.answerClose).mock.calls).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});

describe('the shell flow: opening what the OS named', () => {
  it('opens a post of the open folder without asking anything', async () => {
    const { api, folder, shell, workspace, focusEditor } = setup();
    await folder.start();
    await shell.open('/blog', 'b.md');
    expect(api.folder.open).not.toHaveBeenCalled();
    expect(workspace.getSnapshot().activePath).toBe('b.md');
    expect(focusEditor).toHaveBeenCalledTimes(1);
  });

  it('switches folders only after unsaved edits are settled; Cancel stays', async () => {
    const { api, folder, shell, store, prompts, documents, type } = setup();
    await folder.start();
    await documents.open('a.md');
    type('a.md', ' mine');
    const opening = shell.open('/notes', null);
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('unsaved'));
    prompts.answer('cancel');
    await opening;
    expect(api.folder.open).not.toHaveBeenCalled();
    expect(store.getState().folder?.path).toBe('/blog');

    const again = shell.open('/notes', 'a.md');
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('unsaved'));
    prompts.answer('save');
    await again;
    expect(api.folder.open).toHaveBeenCalledWith('/notes');
    expect(store.getState().folder?.path).toBe('/notes');
  });

  it('says why when the host refuses the folder, and stays where it was', async () => {
    const { api, folder, shell, store } = setup();
    await folder.start();
    vi.mocked(api.folder.open).mockResolvedValueOnce({ ok: false, error: { code: 'FORBIDDEN', message: 'Not a folder you chose.' } });
    await shell.open('/etc', null);
    expect(store.getState().alert).toBe('Not a folder you chose.');
    expect(store.getState().folder?.path).toBe('/blog');
  });

  it('subscribes to both requests and unsubscribes', () => {
    const { shell } = setup();
    const listeners = new Map<HostEventName, unknown>();
    const stop = shell.subscribe({
      on: <E extends HostEventName>(name: E, listener: HostEventListener<E>) => {
        listeners.set(name, listener);
        return () => listeners.delete(name);
      },
    });
    expect([...listeners.keys()].sort()).toEqual(['close-requested', 'open-requested']);
    stop();
    expect(listeners.size).toBe(0);
  });
});
