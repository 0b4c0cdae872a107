import { describe, expect, it, vi } from 'vitest';
import { documentText, isDirty, markSaved, savedVersion } from './document-state';
import { Workspace } from './workspace';

const content = (id: string, text: string, version = 'v1') => ({ id, text, bom: false, version });

/** Types at the end of a document the way the view would: one transaction. */
const type = (workspace: Workspace, id: string, text: string) => {
  const state = workspace.get(id)!.state;
  workspace.update(id, { changes: { from: state.doc.length, insert: state.toText(text) } });
};

describe('Workspace', () => {
  it('opens a document once per path, under an id that is not the path, and keeps its edits', () => {
    const workspace = new Workspace([]);
    const first = workspace.open(content('a.md', 'hello'));
    expect(first.id).not.toBe('a.md');
    type(workspace, first.id, '!');
    expect(workspace.open(content('a.md', 'hello')).id).toBe(first.id);
    expect(documentText(workspace.get(first.id)!.state)).toBe('hello!');
  });

  it('keeps CRLF and mixed line endings byte for byte', () => {
    const workspace = new Workspace([]);
    const text = '---\r\ntitle: x\r\n---\r\nbody\nlone LF\r\n';
    const { id } = workspace.open(content('crlf.md', text));
    expect(documentText(workspace.get(id)!.state)).toBe(text);
    type(workspace, id, 'more\r\nlines');
    expect(documentText(workspace.get(id)!.state)).toBe(`${text}more\r\nlines`);
  });

  it('derives dirty from the document state: dirty after an edit, clean again after undoing back', () => {
    const workspace = new Workspace([]);
    const listener = vi.fn();
    workspace.subscribe(listener);
    const { id } = workspace.open(content('a.md', 'abc'));
    workspace.update(id, { changes: { from: 0, insert: 'x' } });
    expect(isDirty(workspace.get(id)!.state)).toBe(true);
    expect(workspace.getSnapshot().dirtyPaths).toEqual(new Set(['a.md']));
    const before = workspace.getSnapshot();
    workspace.update(id, { selection: { anchor: 1 } });
    expect(workspace.getSnapshot()).toBe(before); // nothing React shows changed
    workspace.update(id, { changes: { from: 0, to: 1 } });
    expect(workspace.getSnapshot().dirtyPaths.size).toBe(0);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('after a save stays dirty only if the writer typed on meanwhile', () => {
    const workspace = new Workspace([]);
    const { id } = workspace.open(content('a.md', 'abc'));
    type(workspace, id, 'd');
    const saving = workspace.get(id)!.state.doc;
    type(workspace, id, 'e');
    workspace.update(id, { effects: markSaved.of({ doc: saving, version: 'v2' }) });
    expect(savedVersion(workspace.get(id)!.state)).toBe('v2');
    expect(isDirty(workspace.get(id)!.state)).toBe(true);
    workspace.update(id, { effects: markSaved.of({ version: 'v3' }) });
    expect(isDirty(workspace.get(id)!.state)).toBe(false);
  });

  it('moves a document to another path without touching its id, text or history (rename)', () => {
    const workspace = new Workspace([]);
    const { id } = workspace.open(content('old.md', 'abc'));
    workspace.activate(id);
    type(workspace, id, 'd');
    workspace.move(id, 'new.md');
    expect(workspace.byPath('new.md')?.id).toBe(id);
    expect(workspace.byPath('old.md')).toBeUndefined();
    expect(workspace.getSnapshot()).toMatchObject({ activeId: id, activePath: 'new.md', dirtyPaths: new Set(['new.md']) });
  });

  it('tells the editor what to show and the preview when the shown text changes', () => {
    const workspace = new Workspace([]);
    const shown = vi.fn();
    const text = vi.fn();
    workspace.onShown(shown);
    workspace.onActiveTextChange(text);
    const a = workspace.open(content('a.md', 'a'));
    const b = workspace.open(content('b.md', 'b'));
    workspace.activate(a.id);
    expect(shown).toHaveBeenLastCalledWith(expect.objectContaining({ id: a.id }));
    type(workspace, b.id, 'x'); // not shown: the preview need not re-render
    expect(text).toHaveBeenCalledTimes(1);
    type(workspace, a.id, 'x');
    expect(text).toHaveBeenCalledTimes(2);
    expect(workspace.activeText()).toEqual({ path: 'a.md', text: 'ax' });
    workspace.replace(a.id, content('a.md', 'from disk', 'v9'));
    expect(shown).toHaveBeenLastCalledWith(expect.objectContaining({ id: a.id }));
    expect(workspace.activeText()?.text).toBe('from disk');
    workspace.closeAll();
    expect(shown).toHaveBeenLastCalledWith(null);
    expect(workspace.getSnapshot()).toEqual({ activeId: null, activePath: null, dirtyPaths: new Set() });
  });

  it('ignores states of documents it does not hold', () => {
    const workspace = new Workspace([]);
    const { id, state } = workspace.open(content('a.md', 'abc'));
    workspace.closeAll();
    workspace.record(state.update({ changes: { from: 0, insert: 'x' } }).state, true);
    expect(workspace.get(id)).toBeUndefined();
    expect(workspace.dirtyDocuments()).toEqual([]);
  });
});
