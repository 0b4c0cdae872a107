import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import type { PostsApi, PostwrightApi } from '../../shared/api';
import { createDialogPrompts } from '../dialogs/dialog-prompts';
import { createSettingsStore } from '../settings/settings-store';
import { AUTOSAVE, type AutosaveMode } from '../settings/view-settings';
import { createAppStore } from '../state/app-store';
import { createNotices } from '../state/notices';
import { DocumentService } from '../workspace/document-service';
import { isDirty } from '../workspace/document-state';
import { SaveStatus } from '../workspace/save-status';
import { fail, memoryPosts, ok } from '../workspace/test-api';
import { Workspace } from '../workspace/workspace';
import { createAutosaveFlow } from './autosave-flow';
import { createJournalFlow } from './journal-flow';

afterEach(() => void vi.useRealTimers());

/** The real document service, journal flow and autosave flow over an in-memory folder. */
function setup(mode: AutosaveMode = 'pause') {
  const disk = memoryPosts({ 'a.md': 'hello', 'b.md': 'other' });
  let failWith: string | null = null;
  const posts: Pick<PostsApi, 'read' | 'save'> = {
    read: disk.posts.read,
    save: async (request) => (failWith !== null ? fail('DISK_FULL', failWith) : disk.posts.save(request)),
  };
  const journal = { record: vi.fn(async () => ok(null)), discard: vi.fn(async () => ok(null)), recoverable: vi.fn(async () => ok([])) };
  const api = { posts, journal } as unknown as PostwrightApi;
  const store = createAppStore();
  store.dispatch({ type: 'folder-opened', folder: sampleFolder('/blog') });
  const notices = createNotices(store);
  const prompts = createDialogPrompts(store);
  const workspace = new Workspace([]);
  const status = new SaveStatus();
  const confirmOverwrite = vi.fn(async () => true);
  const documents = new DocumentService({
    posts,
    workspace,
    prompts: { ...prompts, confirmOverwrite, confirmDiscardEdits: async () => false, showAlert: notices.showAlert },
    onSaved: () => {},
    onDiskState: (path, state) => store.dispatch({ type: 'disk-state', path, state }),
    onSaveActivity: (path, activity) => status.report(path, activity),
  });
  const settings = createSettingsStore(null);
  settings.set(AUTOSAVE, mode);
  const deps = { api, store, notices, prompts, workspace, documents };
  const journalFlow = createJournalFlow(deps);
  const autosave = createAutosaveFlow(deps, settings);
  const window = new EventTarget();
  journalFlow.start();
  autosave.start(window as unknown as Window);
  const type = (text: string) => {
    const document = workspace.active!;
    workspace.update(document.id, { changes: { from: document.state.doc.length, insert: text } });
  };
  return { disk, journal, store, workspace, documents, status, settings, autosave, window, type, confirmOverwrite, failSaves: (message: string | null) => (failWith = message) };
}

describe('autosave in the app', () => {
  it('writes the file after a pause in typing, through the same versioned save', async () => {
    vi.useFakeTimers();
    const { disk, documents, workspace, status, type } = setup();
    await documents.open('a.md');
    type(' world');
    await vi.advanceTimersByTimeAsync(300);
    expect(disk.disk('a.md')).toBe('hello');
    await vi.advanceTimersByTimeAsync(1500);
    expect(disk.disk('a.md')).toBe('hello world');
    expect(disk.saves.at(-1)).toMatchObject({ baseVersion: 'v1', overwrite: false });
    expect(isDirty(workspace.active!.state)).toBe(false);
    expect(status.of('a.md')).toBeUndefined();
  });

  it('never overwrites an outside change: the post is marked changed, nothing asked, autosave stops for it', async () => {
    vi.useFakeTimers();
    const { disk, documents, store, type, confirmOverwrite } = setup();
    await documents.open('a.md');
    disk.writeOutside('a.md', 'theirs');
    type(' mine');
    await vi.advanceTimersByTimeAsync(2000);
    expect(disk.disk('a.md')).toBe('theirs');
    expect(confirmOverwrite).not.toHaveBeenCalled();
    expect(store.getState().diskStates['a.md']).toBe('changed');
    expect(store.getState().notice).toMatch(/changed on disk, so autosave stopped/);
    const saves = disk.saves.length;
    type(' more');
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.saves.length).toBe(saves);
    // Keep mine: the writer decided, so autosave goes on and writes their text over the file, unasked.
    await documents.keepMine('a.md');
    await vi.advanceTimersByTimeAsync(2000);
    expect(disk.disk('a.md')).toBe('hello mine more');
    expect(confirmOverwrite).not.toHaveBeenCalled();
  });

  it('an outside change the watcher reported first: after Keep mine, autosave writes the kept text', async () => {
    vi.useFakeTimers();
    const { disk, documents, store, type } = setup();
    await documents.open('a.md');
    type(' mine');
    disk.writeOutside('a.md', 'theirs');
    await documents.applyDiskChange('a.md', 'v2');
    expect(store.getState().diskStates['a.md']).toBe('changed');
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.disk('a.md')).toBe('theirs');
    await documents.keepMine('a.md');
    await vi.advanceTimersByTimeAsync(2000);
    expect(disk.disk('a.md')).toBe('hello mine');
  });

  it('on a failed write: one message, the text stays unsaved and in the crash journal, and it is written once the disk is back', async () => {
    vi.useFakeTimers();
    const { disk, documents, store, journal, status, type, failSaves } = setup();
    await documents.open('a.md');
    failSaves('The disk is full.');
    type(' world');
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.getState().alert).toMatch(/^Autosave could not save “A”\. The disk is full\. It tries again/);
    expect(status.of('a.md')).toBe('failed');
    expect(journal.record).toHaveBeenCalledWith(expect.objectContaining({ id: 'a.md', text: 'hello world' }));
    store.dispatch({ type: 'alert', message: null });
    for (let i = 0; i < 5; i++) {
      type('.');
      await vi.advanceTimersByTimeAsync(2000);
    }
    // Not repeated for every pause.
    expect(store.getState().alert).toBeNull();
    expect(journal.discard).not.toHaveBeenCalled();
    failSaves(null);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(disk.disk('a.md')).toBe('hello world.....');
    expect(status.of('a.md')).toBeUndefined();
    // (The host drops the journal entry itself on a clean save: create-api.ts.)
  });

  it('on focus loss: switching posts and leaving the window save, typing alone does not', async () => {
    vi.useFakeTimers();
    const { disk, documents, window, type } = setup('focus');
    await documents.open('a.md');
    type(' one');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(disk.disk('a.md')).toBe('hello');
    await documents.open('b.md');
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.disk('a.md')).toBe('hello one');
    type(' two');
    window.dispatchEvent(new Event('blur'));
    await vi.advanceTimersByTimeAsync(0);
    expect(disk.disk('b.md')).toBe('other two');
  });

  it('off: nothing is written without Save', async () => {
    vi.useFakeTimers();
    const { disk, documents, window, type } = setup('off');
    await documents.open('a.md');
    type(' world');
    window.dispatchEvent(new Event('blur'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(disk.disk('a.md')).toBe('hello');
  });

  it('leaves alone a post it never read cleanly (recovered text of a file that is gone)', async () => {
    vi.useFakeTimers();
    const { disk, documents, workspace, type } = setup();
    await documents.recover({ id: 'gone.md', text: 'kept words', bom: false, baseVersion: 'v1', savedAt: '2026-01-01T00:00:00.000Z', changedOnDisk: false });
    await documents.open('gone.md');
    workspace.activate(workspace.byPath('gone.md')!.id);
    type('!');
    await vi.advanceTimersByTimeAsync(5000);
    expect(disk.disk('gone.md')).toBeUndefined();
  });
});
