import { describe, expect, it, vi } from 'vitest';
import type { PostsApi } from '../../shared/api';
import { DocumentService, type DocumentPrompts } from './document-service';
import { documentText, isDirty, savedVersion } from './document-state';
import { memoryPosts, ok } from './test-api';
import { Workspace } from './workspace';

function setup(posts: Pick<PostsApi, 'read' | 'save'>, answers: { overwrite?: boolean; discard?: boolean } = {}) {
  const workspace = new Workspace([]);
  const prompts: DocumentPrompts & { alerts: (string | null)[] } = {
    alerts: [],
    confirmOverwrite: vi.fn(async () => answers.overwrite ?? false),
    confirmDiscardEdits: vi.fn(async () => answers.discard ?? false),
    showAlert: (message) => void prompts.alerts.push(message),
  };
  const onSaved = vi.fn();
  const diskStates = new Map<string, string | null>();
  const documents = new DocumentService({ posts, workspace, prompts, onSaved, onDiskState: (path, state) => diskStates.set(path, state) });
  const type = (path: string, text: string) => {
    const document = workspace.byPath(path)!;
    workspace.update(document.id, { changes: { from: document.state.doc.length, insert: document.state.toText(text) } });
  };
  const state = (path: string) => workspace.byPath(path)!.state;
  return { workspace, prompts, onSaved, documents, type, state, diskStates };
}

describe('DocumentService', () => {
  it('saves exactly the text, BOM and base version, then marks it saved from the answer', async () => {
    const disk = memoryPosts({ 'a.md': 'hello\r\n' }, { bom: true });
    const { documents, type, state, onSaved } = setup(disk.posts);
    expect(await documents.open('a.md')).toBe(true);
    type('a.md', 'more');
    expect(await documents.save()).toBe(true);
    expect(disk.saves).toEqual([{ id: 'a.md', text: 'hello\r\nmore', bom: true, baseVersion: 'v1', overwrite: false }]);
    expect(disk.disk('a.md')).toBe('hello\r\nmore');
    expect(isDirty(state('a.md'))).toBe(false);
    expect(savedVersion(state('a.md'))).toBe('v2');
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'a.md', title: 'a.md saved' }));
  });

  it('asks before overwriting a file changed on disk; no keeps the text unsaved and the file as it is', async () => {
    const disk = memoryPosts({ 'a.md': 'hello' });
    const { documents, type, state, prompts } = setup(disk.posts, { overwrite: false });
    await documents.open('a.md');
    disk.writeOutside('a.md', 'theirs');
    type('a.md', ' mine');
    expect(await documents.save()).toBe(false);
    expect(prompts.confirmOverwrite).toHaveBeenCalledWith('a.md');
    expect(disk.disk('a.md')).toBe('theirs');
    expect(isDirty(state('a.md'))).toBe(true);
    expect(documentText(state('a.md'))).toBe('hello mine');
  });

  it('overwrites when the writer says so, and is clean on the new version', async () => {
    const disk = memoryPosts({ 'a.md': 'hello' });
    const { documents, type, state } = setup(disk.posts, { overwrite: true });
    await documents.open('a.md');
    disk.writeOutside('a.md', 'theirs');
    type('a.md', ' mine');
    expect(await documents.save()).toBe(true);
    expect(disk.disk('a.md')).toBe('hello mine');
    expect(disk.saves.at(-1)).toMatchObject({ overwrite: true });
    expect(isDirty(state('a.md'))).toBe(false);
    expect(savedVersion(state('a.md'))).toBe('v3');
  });

  it('shows other save errors as the host wrote them, and keeps the text dirty', async () => {
    const disk = memoryPosts({ 'a.md': 'x' });
    const message = 'Could not save “a.md”: the disk is full. Nothing was overwritten; free some space and try again.';
    const { documents, type, state, prompts } = setup({ ...disk.posts, save: async () => ({ ok: false, error: { code: 'DISK_FULL', message } }) });
    await documents.open('a.md');
    type('a.md', 'y');
    expect(await documents.save()).toBe(false);
    expect(prompts.alerts).toEqual([`${message} Your text is still in the editor.`]);
    expect(isDirty(state('a.md'))).toBe(true);
  });

  it('runs quick repeated saves one after another, each on the version the previous one wrote', async () => {
    const disk = memoryPosts({ 'a.md': '' });
    let writing = 0;
    const slow: Pick<PostsApi, 'read' | 'save'> = {
      read: disk.posts.read,
      save: async (request) => {
        writing++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return disk.posts.save(request);
      },
    };
    const { documents, type, state } = setup(slow);
    await documents.open('a.md');
    type('a.md', '1');
    const one = documents.save();
    await vi.waitFor(() => expect(writing).toBe(1));
    type('a.md', '2'); // typed while the first save is on its way
    expect(isDirty(state('a.md'))).toBe(true);
    const two = documents.save();
    expect(await Promise.all([one, two])).toEqual([true, true]);
    expect(disk.saves.map((s) => [s.text, s.baseVersion])).toEqual([
      ['1', 'v1'],
      ['12', 'v2'],
    ]);
    expect(isDirty(state('a.md'))).toBe(false);
  });

  it('saves every unsaved document with Save all', async () => {
    const disk = memoryPosts({ 'a.md': 'a', 'b.md': 'b', 'c.md': 'c' });
    const { documents, type, workspace } = setup(disk.posts);
    for (const path of ['a.md', 'b.md', 'c.md']) await documents.open(path);
    type('a.md', '1');
    type('c.md', '3');
    expect(await documents.saveAll()).toBe(true);
    expect(disk.saves.map((s) => s.id).sort()).toEqual(['a.md', 'c.md']);
    expect(workspace.dirtyDocuments()).toEqual([]);
  });

  it('a slow read does not replace a post opened after it', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { documents, workspace } = setup({
      read: async (id) => {
        if (id === 'slow.md') await gate;
        return ok({ id, text: id, bom: false, version: 'v' });
      },
      save: async () => ok({ version: 'v', summary: null as never }),
    });
    const slow = documents.open('slow.md');
    await documents.open('fast.md');
    release();
    expect(await slow).toBe(false);
    expect(workspace.getSnapshot().activePath).toBe('fast.md');
  });

  it('reloads from disk, asking first when that drops unsaved edits', async () => {
    const disk = memoryPosts({ 'a.md': 'one' });
    const { documents, type, state, prompts } = setup(disk.posts, { discard: false });
    await documents.open('a.md');
    disk.writeOutside('a.md', 'two');
    type('a.md', '!');
    expect(await documents.reloadFromDisk()).toBe(false);
    expect(prompts.confirmDiscardEdits).toHaveBeenCalledWith('a.md');
    expect(documentText(state('a.md'))).toBe('one!');

    vi.mocked(prompts.confirmDiscardEdits).mockResolvedValueOnce(true);
    expect(await documents.reloadFromDisk()).toBe(true);
    expect(documentText(state('a.md'))).toBe('two');
    expect(isDirty(state('a.md'))).toBe(false);
    expect(savedVersion(state('a.md'))).toBe('v2');
  });

  it('shows why a post could not be opened', async () => {
    const { documents, prompts, workspace } = setup(memoryPosts({}).posts);
    expect(await documents.open('gone.md')).toBe(false);
    expect(prompts.alerts).toEqual(['“gone.md” is gone.']);
    expect(workspace.active).toBeNull();
  });
});

describe('DocumentService.applyDiskChange (the folder watcher’s post-changed)', () => {
  it('takes the new text into a clean document, and leaves unsaved edits alone', async () => {
    const disk = memoryPosts({ 'a.md': 'one', 'b.md': 'bee' });
    const { documents, type, state } = setup(disk.posts);
    await documents.open('a.md');
    await documents.open('b.md');
    type('b.md', ' mine');
    disk.writeOutside('a.md', 'two');
    disk.writeOutside('b.md', 'theirs');
    await documents.applyDiskChange('a.md', 'v2');
    await documents.applyDiskChange('b.md', 'v2');
    expect(documentText(state('a.md'))).toBe('two');
    expect(isDirty(state('a.md'))).toBe(false);
    expect(savedVersion(state('a.md'))).toBe('v2');
    expect(documentText(state('b.md'))).toBe('bee mine');
    expect(savedVersion(state('b.md'))).toBe('v1'); // its save will meet the conflict prompt
  });

  it('reloads a clean document in place: the selection stays where it was and Undo brings the old text back', async () => {
    const disk = memoryPosts({ 'a.md': 'intro\nmiddle\nend' });
    const { documents, workspace, state, diskStates } = setup(disk.posts);
    await documents.open('a.md');
    const id = workspace.byPath('a.md')!.id;
    workspace.update(id, { selection: { anchor: 'intro\nmid'.length } });
    disk.writeOutside('a.md', 'intro\nmiddle\nend, edited elsewhere');
    await documents.applyDiskChange('a.md', 'v2');
    expect(documentText(state('a.md'))).toBe('intro\nmiddle\nend, edited elsewhere');
    expect(state('a.md').selection.main.head).toBe('intro\nmid'.length);
    expect(isDirty(state('a.md'))).toBe(false);
    expect(diskStates.get('a.md') ?? null).toBeNull();
  });

  it('marks a dirty document changed; keep mine makes the next save go through, take theirs loads the file', async () => {
    const disk = memoryPosts({ 'a.md': 'one' });
    const { documents, type, state, diskStates, prompts } = setup(disk.posts);
    await documents.open('a.md');
    type('a.md', ' mine');
    disk.writeOutside('a.md', 'theirs');
    await documents.applyDiskChange('a.md', 'v2');
    expect(diskStates.get('a.md')).toBe('changed');
    expect(documents.diskState('a.md')).toBe('changed');
    expect(documentText(state('a.md'))).toBe('one mine');

    await documents.keepMine('a.md');
    expect(diskStates.get('a.md')).toBeNull();
    expect(isDirty(state('a.md'))).toBe(true);
    expect(await documents.save()).toBe(true);
    expect(prompts.confirmOverwrite).not.toHaveBeenCalled();
    expect(disk.disk('a.md')).toBe('one mine');

    type('a.md', ' again');
    disk.writeOutside('a.md', 'theirs again');
    await documents.applyDiskChange('a.md', 'v4');
    await documents.takeTheirs('a.md');
    expect(documentText(state('a.md'))).toBe('theirs again');
    expect(isDirty(state('a.md'))).toBe(false);
    expect(diskStates.get('a.md')).toBeNull();
  });

  it('keeps a deleted document\'s text and saves it again, even without edits', async () => {
    const disk = memoryPosts({ 'a.md': 'keep me' });
    const { documents, state, diskStates } = setup(disk.posts);
    await documents.open('a.md');
    disk.removeOutside('a.md');
    documents.applyDiskRemoval('a.md');
    expect(diskStates.get('a.md')).toBe('deleted');
    expect(documentText(state('a.md'))).toBe('keep me');
    expect(await documents.save()).toBe(true);
    expect(disk.disk('a.md')).toBe('keep me');
    expect(diskStates.get('a.md')).toBeNull();
  });

  it('waits for its own save in flight before judging a change (no false conflict)', async () => {
    const disk = memoryPosts({ 'a.md': 'one' });
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const save: typeof disk.posts.save = async (request) => {
      await gate;
      return disk.posts.save(request);
    };
    const { documents, type, diskStates } = setup({ ...disk.posts, save });
    await documents.open('a.md');
    type('a.md', '!');
    const saving = documents.save();
    // The watcher reports the save's own write before the save's answer arrives.
    const judged = documents.applyDiskChange('a.md', 'v2');
    release();
    await saving;
    await judged;
    expect(diskStates.get('a.md') ?? null).toBeNull();
  });

  it('recovers journal text as an unsaved edit, as a conflict when the file changed meanwhile', async () => {
    const disk = memoryPosts({ 'a.md': 'base', 'b.md': 'base' });
    const { documents, state, diskStates } = setup(disk.posts);
    disk.writeOutside('b.md', 'changed while closed');
    await documents.recover({ id: 'a.md', text: 'base + kept', bom: false, baseVersion: 'v1', savedAt: '', changedOnDisk: false });
    await documents.recover({ id: 'b.md', text: 'base + kept', bom: false, baseVersion: 'v1', savedAt: '', changedOnDisk: true });
    await documents.recover({ id: 'gone.md', text: 'orphan', bom: false, baseVersion: 'v1', savedAt: '', changedOnDisk: true });
    expect(documentText(state('a.md'))).toBe('base + kept');
    expect(isDirty(state('a.md'))).toBe(true);
    expect(diskStates.get('a.md')).toBeUndefined();
    expect(documentText(state('b.md'))).toBe('base + kept');
    expect(diskStates.get('b.md')).toBe('changed');
    expect(disk.disk('b.md')).toBe('changed while closed');
    expect(documentText(state('gone.md'))).toBe('orphan');
    expect(diskStates.get('gone.md')).toBe('deleted');
  });

  it('ignores a change it already has (its own save) and posts that are not open', async () => {
    const disk = memoryPosts({ 'a.md': 'one' });
    const read = vi.fn(disk.posts.read);
    const { documents, type } = setup({ ...disk.posts, read });
    await documents.open('a.md');
    type('a.md', '!');
    await documents.save();
    await documents.applyDiskChange('a.md', 'v2');
    await documents.applyDiskChange('other.md', 'v9');
    expect(read).toHaveBeenCalledTimes(1); // only the first open
  });
});
