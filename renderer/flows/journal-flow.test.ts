import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleFolder } from '../../shared/api/testing/sample-folder';
import type { PostwrightApi, RecoverableEdit } from '../../shared/api';
import { createDialogPrompts } from '../dialogs/dialog-prompts';
import { createAppStore } from '../state/app-store';
import { createNotices } from '../state/notices';
import { DocumentService } from '../workspace/document-service';
import { documentText, isDirty } from '../workspace/document-state';
import { memoryPosts, ok } from '../workspace/test-api';
import { Workspace } from '../workspace/workspace';
import { createJournalFlow } from './journal-flow';

afterEach(() => void vi.useRealTimers());

function setup(kept: RecoverableEdit[] = []) {
  const disk = memoryPosts({ 'a.md': 'hello' });
  const journal = {
    record: vi.fn(async () => ok(null)),
    discard: vi.fn(async () => ok(null)),
    recoverable: vi.fn(async () => ok(kept)),
  };
  const api = { posts: disk.posts, journal } as unknown as PostwrightApi;
  const store = createAppStore();
  store.dispatch({ type: 'folder-opened', folder: sampleFolder('/blog') });
  const notices = createNotices(store);
  const prompts = createDialogPrompts(store);
  const workspace = new Workspace([]);
  const documents = new DocumentService({ posts: disk.posts, workspace, prompts: { ...prompts, confirmOverwrite: async () => false, confirmDiscardEdits: async () => false, showAlert: notices.showAlert }, onSaved: () => {} });
  const flow = createJournalFlow({ api, store, notices, prompts, workspace, documents });
  const type = (text: string) => {
    const document = workspace.active!;
    workspace.update(document.id, { changes: { from: document.state.doc.length, insert: text } });
  };
  return { disk, journal, store, workspace, documents, flow, type };
}

describe('the crash journal flow', () => {
  it('records unsaved text within a second of typing, once per burst of keystrokes, not per keystroke', async () => {
    vi.useFakeTimers();
    const { journal, documents, flow, type } = setup();
    flow.start();
    await documents.open('a.md');
    for (const letter of ' world') type(letter);
    expect(journal.record).not.toHaveBeenCalled(); // nothing on the typing path
    await vi.advanceTimersByTimeAsync(1000);
    expect(journal.record).toHaveBeenCalledTimes(1);
    expect(journal.record).toHaveBeenCalledWith({ id: 'a.md', text: 'hello world', bom: false, baseVersion: 'v1' });

    // Steady typing is still recorded about every 0.7 s, not held back until it stops.
    for (let i = 0; i < 20; i++) {
      type('!');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(journal.record.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('discards the entry once the document is clean again (undone back to the file)', async () => {
    vi.useFakeTimers();
    const { journal, documents, flow, type, workspace } = setup();
    flow.start();
    await documents.open('a.md');
    type('!');
    await vi.advanceTimersByTimeAsync(1000);
    const document = workspace.active!;
    workspace.update(document.id, { changes: { from: document.state.doc.length - 1, to: document.state.doc.length } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(journal.discard).toHaveBeenCalledWith('a.md');
  });

  it('offers kept entries and recovers them as unsaved edits; discard forgets them', async () => {
    const kept: RecoverableEdit = { id: 'a.md', text: 'hello, kept', bom: false, baseVersion: 'v1', savedAt: '', changedOnDisk: false };
    const { store, flow, workspace, journal } = setup([kept]);
    await flow.offerRecovery();
    expect(store.getState().recovery).toEqual([kept]);
    await flow.recover();
    expect(store.getState().recovery).toBeNull();
    const document = workspace.byPath('a.md')!;
    expect(documentText(document.state)).toBe('hello, kept');
    expect(isDirty(document.state)).toBe(true);
    expect(workspace.active?.path).toBe('a.md');

    await flow.offerRecovery();
    await flow.discard();
    expect(journal.discard).toHaveBeenCalledWith('a.md');
    expect(store.getState().recovery).toBeNull();
  });
});
