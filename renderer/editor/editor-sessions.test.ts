import { describe, expect, it, vi } from 'vitest';
import { docText } from './doc-text';
import { EditorSessions } from './editor-sessions';

const content = (id: string, text: string) => ({ id, text, bom: false, version: 'v1' });

describe('EditorSessions', () => {
  it('creates a session once per post and keeps its edits', () => {
    const sessions = new EditorSessions([]);
    const first = sessions.open(content('a.md', 'hello'));
    sessions.record(first.state.update({ changes: { from: 5, insert: '!' } }).state, true);
    const again = sessions.open(content('a.md', 'hello'));
    expect(again).toBe(first);
    expect(docText(again.state)).toBe('hello!');
  });

  it('keeps CRLF and mixed line endings byte for byte', () => {
    const sessions = new EditorSessions([]);
    const text = '---\r\ntitle: x\r\n---\r\nbody\nlone LF\r\n';
    const session = sessions.open(content('crlf.md', text));
    expect(docText(session.state)).toBe(text);
    const typed = session.state.update({ changes: { from: session.state.doc.length, insert: session.state.toText('more\r\nlines') } }).state;
    expect(docText(typed)).toBe(`${text}more\r\nlines`);
  });

  it('is dirty while the doc differs from the saved text, clean again after undoing back', () => {
    const sessions = new EditorSessions([]);
    const listener = vi.fn();
    sessions.subscribe(listener);
    const session = sessions.open(content('a.md', 'abc'));
    const edited = session.state.update({ changes: { from: 0, insert: 'x' } }).state;
    sessions.record(edited, true);
    expect(sessions.getSnapshot().dirtyIds.has('a.md')).toBe(true);
    const before = sessions.getSnapshot();
    sessions.record(edited.update({ selection: { anchor: 1 } }).state, false);
    expect(sessions.getSnapshot()).toBe(before); // no change, no new snapshot
    sessions.record(edited.update({ changes: { from: 0, to: 1 } }).state, true);
    expect(sessions.getSnapshot().dirtyIds.size).toBe(0);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('after a save stays dirty only if the writer typed on meanwhile', () => {
    const sessions = new EditorSessions([]);
    const session = sessions.open(content('a.md', 'abc'));
    const saving = session.state.update({ changes: { from: 3, insert: 'd' } }).state;
    sessions.record(saving, true);
    const typedOn = saving.update({ changes: { from: 4, insert: 'e' } }).state;
    sessions.record(typedOn, true);
    sessions.markSaved('a.md', saving.doc, 'v2');
    expect(session.version).toBe('v2');
    expect(session.dirty).toBe(true);
    sessions.markSaved('a.md', typedOn.doc, 'v3');
    expect(session.dirty).toBe(false);
  });

  it('ignores states of unknown posts and forgets everything on clear', () => {
    const sessions = new EditorSessions([]);
    const session = sessions.open(content('a.md', 'abc'));
    sessions.setActive('a.md');
    expect(sessions.active).toBe(session);
    sessions.clear();
    expect(sessions.getSnapshot().activeId).toBeNull();
    sessions.record(session.state.update({ changes: { from: 0, insert: 'x' } }).state, true);
    expect(sessions.dirtySessions()).toEqual([]);
  });
});
