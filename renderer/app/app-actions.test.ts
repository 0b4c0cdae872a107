import { describe, expect, it, vi } from 'vitest';
import type { PostContent, PostSummary, PostwrightApi, Result, SaveRequest } from '../../shared/api';
import { docText } from '../editor/doc-text';
import { EditorSessions } from '../editor/editor-sessions';
import { createAppActions, type ActionsEditor } from './app-actions';
import { createAppStore } from './app-store';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = (code: 'CONFLICT' | 'DISK_FULL' | 'NOT_FOUND', message: string): Result<never> => ({ ok: false, error: { code, message } });
const summary = (id: string, title = id): PostSummary => ({ id, title, date: null, draft: false, warning: null, size: 1, modifiedMs: 1 });
const folder = { path: '/blog', name: 'blog', isSample: false };

/** The real sessions (pure) behind the editor seam, without an EditorView. */
function fakeEditor(): ActionsEditor & { type(id: string, text: string): void } {
  const sessions = new EditorSessions([]);
  return {
    sessions,
    get active() {
      return sessions.active;
    },
    has: (id) => sessions.get(id) !== undefined,
    open(content: PostContent) {
      sessions.open(content);
      sessions.setActive(content.id);
    },
    activate: (id) => sessions.setActive(id),
    clear: () => sessions.clear(),
    focusAtEnd: () => {},
    type(id, text) {
      const state = sessions.get(id)!.state;
      sessions.record(state.update({ changes: { from: state.doc.length, insert: text } }).state, true);
    },
  };
}

function setup(overrides: Partial<{ [K in keyof PostwrightApi]: Partial<PostwrightApi[K]> }> = {}) {
  const api = {
    app: { info: async () => ok({ version: '1', transport: 'http' as const, nativeDialogs: false, platform: 'linux' }), ...overrides.app },
    folder: { current: async () => ok(folder), open: async () => ok(folder), pick: async () => ok(null), ...overrides.folder },
    posts: {
      list: async () => ok({ folder, posts: [summary('a.md', 'A')], skipped: [] }),
      read: async (id: string) => ok({ id, text: 'hello\r\n', bom: true, version: 'v1' }),
      save: async (request: SaveRequest) => ok({ version: `${request.baseVersion}+`, summary: summary(request.id, 'A saved') }),
      create: async () => ok(summary('new.md', 'New')),
      ...overrides.posts,
    },
    export: { render: async () => ok({ fileName: 'a.html', html: '<html>' }), save: async () => ok({ path: null }), ...overrides.export },
  } as PostwrightApi;
  const store = createAppStore();
  const editor = fakeEditor();
  const download = vi.fn();
  const actions = createAppActions({ api, store, editor, download });
  return { api, store, editor, actions, download };
}

describe('app actions', () => {
  it('starts: info, folder, list', async () => {
    const { store, actions } = setup();
    await actions.start();
    expect(store.getState()).toMatchObject({ ready: true, folder, posts: [summary('a.md', 'A')] });
  });

  it('saves exactly the text, BOM and base version, then marks it saved and refreshes the summary', async () => {
    const save = vi.fn(async (request: SaveRequest) => ok({ version: 'v2', summary: summary(request.id, 'A saved') }));
    const { store, editor, actions } = setup({ posts: { save } });
    await actions.start();
    await actions.openPost('a.md');
    editor.type('a.md', 'more');
    await actions.save();
    expect(save).toHaveBeenCalledWith({ id: 'a.md', text: 'hello\r\nmore', bom: true, baseVersion: 'v1', overwrite: false });
    expect(editor.sessions.get('a.md')).toMatchObject({ dirty: false, version: 'v2' });
    expect(store.getState().posts[0]!.title).toBe('A saved');
  });

  it('asks before overwriting a file changed on disk; Cancel keeps the text unsaved', async () => {
    const save = vi.fn(async (request: SaveRequest) =>
      request.overwrite ? ok({ version: 'v3', summary: summary('a.md') }) : fail('CONFLICT', 'Changed on disk.'),
    );
    const { store, editor, actions } = setup({ posts: { save } });
    await actions.start();
    await actions.openPost('a.md');
    editor.type('a.md', ' mine');
    const first = actions.save();
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('conflict'));
    actions.closeDialog();
    await first;
    expect(editor.sessions.get('a.md')!.dirty).toBe(true);
    expect(docText(editor.sessions.get('a.md')!.state)).toBe('hello\r\n mine');

    const second = actions.save();
    await vi.waitFor(() => expect(store.getState().dialog?.kind).toBe('conflict'));
    actions.answer(true);
    await second;
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ overwrite: true }));
    expect(editor.sessions.get('a.md')).toMatchObject({ dirty: false, version: 'v3' });
    expect(store.getState().dialog).toBeNull();
  });

  it('shows other save errors in the alert and keeps the text', async () => {
    const { store, editor, actions } = setup({ posts: { save: async () => fail('DISK_FULL', 'The disk is full.') } });
    await actions.start();
    await actions.openPost('a.md');
    editor.type('a.md', 'x');
    await actions.save();
    expect(store.getState().alert).toBe('Could not save “A”: The disk is full. Your text is still in the editor.');
    expect(editor.sessions.get('a.md')!.dirty).toBe(true);
  });

  it('does not repeat "Could not save" when the host already said it', async () => {
    const message = 'Could not save “a.md”: the disk is full. Nothing was overwritten; free some space and try again.';
    const { store, editor, actions } = setup({ posts: { save: async () => fail('DISK_FULL', message) } });
    await actions.start();
    await actions.openPost('a.md');
    editor.type('a.md', 'x');
    await actions.save();
    expect(store.getState().alert).toBe(`${message} Your text is still in the editor.`);
  });

  it('runs quick repeated saves one after another, each on the previous version', async () => {
    const versions: (string | null)[] = [];
    const { editor, actions } = setup({
      posts: {
        save: async (request) => {
          versions.push(request.baseVersion);
          await new Promise((resolve) => setTimeout(resolve, 5));
          return ok({ version: `${request.baseVersion}+`, summary: summary(request.id) });
        },
      },
    });
    await actions.start();
    await actions.openPost('a.md');
    editor.type('a.md', '1');
    const one = actions.save();
    await vi.waitFor(() => expect(versions).toHaveLength(1)); // the first is being written
    editor.type('a.md', '2');
    const two = actions.save();
    await Promise.all([one, two]);
    expect(versions).toEqual(['v1', 'v1+']);
  });

  it('asks before another folder replaces unsaved posts, and keeps them on Cancel', async () => {
    const { store, editor, actions } = setup();
    await actions.start();
    await actions.openPost('a.md');
    editor.type('a.md', 'x');
    const opening = actions.openFolder();
    await vi.waitFor(() => expect(store.getState().dialog).toEqual({ kind: 'discard', titles: ['A'] }));
    actions.closeDialog();
    await opening;
    expect(store.getState().dialog).toBeNull();
    expect(editor.sessions.get('a.md')!.dirty).toBe(true);
  });

  it('a slow read does not replace a post clicked after it', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { editor, actions } = setup({
      posts: {
        read: async (id) => {
          if (id === 'slow.md') await gate;
          return ok({ id, text: id, bom: false, version: 'v' });
        },
      },
    });
    const slow = actions.openPost('slow.md');
    await actions.openPost('fast.md');
    release();
    expect(await slow).toBe(false);
    expect(editor.active?.id).toBe('fast.md');
  });

  it('exports the current text; over HTTP it downloads the page', async () => {
    const render = vi.fn(async () => ok({ fileName: 'a.html', html: '<!doctype html>' }));
    const { store, editor, actions, download } = setup({ export: { render } });
    await actions.start();
    await actions.openPost('a.md');
    editor.type('a.md', 'unsaved');
    await actions.exportHtml();
    expect(render).toHaveBeenCalledWith({ id: 'a.md', text: 'hello\r\nunsaved' });
    expect(download).toHaveBeenCalledWith('a.html', '<!doctype html>', 'text/html');
    expect(store.getState().notice).toContain('a.html');
  });
});
