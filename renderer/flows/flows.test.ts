import { describe, expect, it, vi } from 'vitest';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import type { PostwrightApi } from '../../shared/api';
import { createDialogPrompts } from '../dialogs/dialog-prompts';
import { createAppStore } from '../state/app-store';
import { createNotices } from '../state/notices';
import { DocumentService } from '../workspace/document-service';
import { documentText, isDirty } from '../workspace/document-state';
import { memoryPosts, ok, summary } from '../workspace/test-api';
import { Workspace } from '../workspace/workspace';
import { createExportFlow } from './export-flow';
import { createFolderFlow, FIRST_PAGE_ROWS } from './folder-flow';
import { createNewPostFlow } from './new-post-flow';

const folder = sampleFolder('/blog');

/** The flows over a real store, workspace and document service, with an in-memory folder. */
function setup({ nativeDialogs = false } = {}) {
  const disk = memoryPosts({ 'a.md': 'hello', 'b.md': 'bee' });
  let current = folder;
  const api = {
    journal: { discard: vi.fn(async () => ok(null)), record: vi.fn(async () => ok(null)), recoverable: vi.fn(async () => ok([])) },
    app: { info: async () => ok({ version: '1', transport: 'http' as const, nativeDialogs, platform: 'linux' }) },
    folder: {
      current: async () => ok(current),
      open: vi.fn(async () => ok((current = { ...folder, path: '/other', name: 'other' }))),
      pick: vi.fn(async () => ok(null)),
    },
    posts: {
      ...disk.posts,
      list: async () => ok({ folder: current, posts: [summary('a.md', 'A'), summary('b.md', 'B')], skipped: [] }),
      listPage: async () => ok({ folder: current, offset: 0, posts: [summary('a.md', 'A')], total: 2, list: null }),
      create: vi.fn(async () => {
        disk.writeOutside('new.md', '---\ntitle: New\n---\n\n');
        return ok(summary('new.md', 'New'));
      }),
    },
    export: {
      render: vi.fn(async () => ok({ fileName: 'a.html', html: '<!doctype html>' })),
      save: vi.fn(async () => ok({ path: '/out/a.html' })),
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
  const deps = { api, store, notices, prompts, workspace, documents };
  const folderFlow = createFolderFlow(deps);
  const focusAtEnd = vi.fn();
  const newPost = createNewPostFlow(deps, { reloadPosts: folderFlow.reloadPosts, focusAtEnd });
  const download = vi.fn();
  const exportHtml = createExportFlow(deps, download);
  const type = (path: string, text: string) => {
    const document = workspace.byPath(path)!;
    workspace.update(document.id, { changes: { from: document.state.doc.length, insert: text } });
  };
  return { api, disk, store, prompts, workspace, documents, folderFlow, newPost, exportHtml, download, focusAtEnd, type };
}

describe('the folder flow', () => {
  it('starts: info, folder, list', async () => {
    const { store, folderFlow } = setup();
    await folderFlow.start();
    expect(store.getState()).toMatchObject({ ready: true, folder, posts: [summary('a.md', 'A'), summary('b.md', 'B')] });
  });

  it('shows the first page at once, then the whole list in its place', async () => {
    const { api, store, folderFlow } = setup();
    let answer: (value: unknown) => void = () => undefined;
    const whole = [summary('a.md', 'A'), summary('b.md', 'B')];
    // The whole list takes its time the first time (the test answers it), then comes at once.
    const list = vi.spyOn(api.posts, 'list').mockImplementationOnce(() => new Promise((resolve) => (answer = resolve as (value: unknown) => void)));
    const listPage = vi.spyOn(api.posts, 'listPage');
    const starting = folderFlow.start();
    await vi.waitFor(() => expect(store.getState().listing).toEqual({ kind: 'first-page', total: 2 }));
    expect(listPage).toHaveBeenCalledWith({ offset: 0, limit: FIRST_PAGE_ROWS });
    expect(store.getState().posts).toEqual([summary('a.md', 'A')]);
    expect(store.getState().ready).toBe(true); // usable with the first rows, not only the whole list
    answer(ok({ folder, posts: whole, skipped: [] }));
    await starting;
    expect(store.getState()).toMatchObject({ ready: true, posts: whole, listing: { kind: 'all' } });
    // A reload of a list already shown does not go through a page (it would shrink the list).
    await folderFlow.reloadPosts();
    expect(listPage).toHaveBeenCalledTimes(1);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('takes the whole list from the page’s answer when the host had to list everything for it', async () => {
    const { api, store, folderFlow } = setup();
    const whole = { folder, posts: [summary('b.md', 'B')], skipped: [] };
    api.posts.listPage = vi.fn(async () => ok({ folder, offset: 0, posts: whole.posts, total: 1, list: whole }));
    const list = vi.spyOn(api.posts, 'list');
    await folderFlow.start();
    expect(list).not.toHaveBeenCalled();
    expect(store.getState()).toMatchObject({ posts: whole.posts, listing: { kind: 'all' } });
  });

  it('asks before another folder replaces unsaved posts; Cancel keeps them', async () => {
    const { store, prompts, folderFlow, documents, type, workspace } = setup();
    await folderFlow.start();
    await documents.open('a.md');
    type('a.md', ' x');
    const opening = folderFlow.openFolder();
    await vi.waitFor(() => expect(store.getState().dialog).toEqual({ kind: 'unsaved', titles: ['A'] }));
    prompts.answer('cancel');
    await opening;
    expect(store.getState().dialog).toBeNull();
    expect(isDirty(workspace.byPath('a.md')!.state)).toBe(true);
  });

  it('Save all writes the unsaved posts, then goes on to the folder dialog', async () => {
    const { store, prompts, folderFlow, documents, type, disk } = setup();
    await folderFlow.start();
    await documents.open('a.md');
    await documents.open('b.md');
    type('a.md', ' one');
    type('b.md', ' two');
    const opening = folderFlow.openFolder();
    await vi.waitFor(() => expect(store.getState().dialog).toEqual({ kind: 'unsaved', titles: ['A', 'B'] }));
    prompts.answer('save');
    await opening;
    expect([disk.disk('a.md'), disk.disk('b.md')]).toEqual(['hello one', 'bee two']);
    expect(store.getState().dialog).toMatchObject({ kind: 'open-folder' });
  });

  it('Discard drops the edits only when the other folder opens', async () => {
    const { store, prompts, folderFlow, documents, type, workspace, disk } = setup();
    await folderFlow.start();
    await documents.open('a.md');
    type('a.md', ' gone');
    const opening = folderFlow.openFolder();
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('unsaved'));
    prompts.answer('discard');
    await opening;
    expect(workspace.byPath('a.md')).toBeDefined(); // still there until a folder is chosen
    await folderFlow.openFolderPath('/other');
    expect(workspace.byPath('a.md')).toBeUndefined();
    expect(store.getState().folder?.name).toBe('other');
    expect(disk.disk('a.md')).toBe('hello');
  });
});

describe('the new post flow', () => {
  it('creates the post, lists it, opens it and puts the cursor in it', async () => {
    const { api, store, newPost, folderFlow, workspace, focusAtEnd } = setup();
    await folderFlow.start();
    newPost.newPost();
    expect(store.getState().dialog).toMatchObject({ kind: 'new-post' });
    await newPost.createPost('  ');
    expect(store.getState().dialog).toMatchObject({ kind: 'new-post', error: 'Give the post a title.' });
    await newPost.createPost('New');
    expect(api.posts.create).toHaveBeenCalledWith({ title: 'New' });
    expect(store.getState().dialog).toBeNull();
    expect(workspace.getSnapshot().activePath).toBe('new.md');
    expect(documentText(workspace.active!.state)).toBe('---\ntitle: New\n---\n\n');
    expect(focusAtEnd).toHaveBeenCalledTimes(1);
  });
});

describe('the export flow', () => {
  it('exports the text as the editor has it; over HTTP it downloads the page', async () => {
    const { api, store, documents, type, exportHtml, download, folderFlow } = setup();
    await folderFlow.start();
    await documents.open('a.md');
    type('a.md', ' unsaved');
    await exportHtml();
    expect(api.export.render).toHaveBeenCalledWith({ id: 'a.md', text: 'hello unsaved' });
    expect(download).toHaveBeenCalledWith('a.html', '<!doctype html>', 'text/html');
    expect(store.getState().notice).toBe('Exported to a.html (downloaded)');
  });

  it('uses the host’s save dialog where there is one', async () => {
    const { api, store, documents, exportHtml, folderFlow, workspace } = setup({ nativeDialogs: true });
    await folderFlow.start();
    await documents.open('b.md');
    await exportHtml();
    expect(api.export.save).toHaveBeenCalledWith({ id: 'b.md', text: documentText(workspace.byPath('b.md')!.state) });
    expect(store.getState().notice).toBe('Exported to /out/a.html');
  });
});
