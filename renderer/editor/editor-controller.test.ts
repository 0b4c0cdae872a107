// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { documentText, isDirty } from '../workspace/document-state';
import { Workspace } from '../workspace/workspace';
import { toggleBold } from './commands/toggle-inline-mark';
import { EditorController } from './editor-controller';
import { editorExtensions } from './editor-extensions';
import { EditorUpdates } from './editor-updates';
import { writingModeOn } from './writing-modes';
import { WritingView } from './writing-view';

// jsdom has no layout: CodeMirror measures with these, so give it empty rectangles.
beforeAll(() => {
  const rects = () => Object.assign([], { item: () => null });
  const rect = () => ({ x: 0, y: 0, top: 0, left: 0, bottom: 0, right: 0, width: 0, height: 0, toJSON: () => ({}) });
  Range.prototype.getClientRects = rects as never;
  Range.prototype.getBoundingClientRect = rect as never;
});

const content = (id: string, text: string) => ({ id, text, bom: false, version: 'v1' });

/** The real editor (its extensions, an EditorView in jsdom) on a real workspace. */
function setup() {
  const workspace = new Workspace(editorExtensions('linux'));
  const editor = new EditorController(workspace);
  const host = document.createElement('div');
  document.body.append(host);
  editor.attach(host);
  const shownText = () => host.querySelector('.cm-content')?.textContent ?? null;
  return { workspace, editor, host, shownText };
}

describe('EditorController', () => {
  it('shows the workspace’s active document and switches with it, keeping each one’s edits', () => {
    const { workspace, shownText } = setup();
    const a = workspace.open(content('a.md', 'Alpha'));
    const b = workspace.open(content('b.md', 'Beta'));
    workspace.activate(a.id);
    expect(shownText()).toBe('Alpha');
    workspace.update(a.id, { changes: { from: 5, insert: '!' } }); // goes through the view
    expect(shownText()).toBe('Alpha!');
    workspace.activate(b.id);
    expect(shownText()).toBe('Beta');
    workspace.activate(a.id);
    expect(shownText()).toBe('Alpha!');
    expect(isDirty(workspace.get(a.id)!.state)).toBe(true);
  });

  it('records what happens in the view into the document (typing and selection)', () => {
    const { workspace, editor } = setup();
    const a = workspace.open(content('a.md', 'Some words'));
    workspace.activate(a.id);
    editor.focusAtEnd();
    expect(workspace.get(a.id)!.state.selection.main.head).toBe(10);
    workspace.update(a.id, { selection: { anchor: 5, head: 10 } });
    expect(editor.run(toggleBold)).toBe(true);
    expect(documentText(workspace.get(a.id)!.state)).toBe('Some **words**');
  });

  it('shows the reloaded text of the active document, and nothing once all are closed', () => {
    const { workspace, shownText, editor } = setup();
    const a = workspace.open(content('a.md', 'old'));
    workspace.activate(a.id);
    workspace.replace(a.id, content('a.md', 'new from disk'));
    expect(shownText()).toBe('new from disk');
    workspace.closeAll();
    expect(shownText()).toBe('Write your post in Markdown…'); // the empty editor's placeholder
    expect(editor.run(toggleBold)).toBe(false);
  });

  it('moves the same view between hosts instead of building another', () => {
    const { editor, host } = setup();
    const other = document.createElement('div');
    const view = host.firstElementChild;
    editor.attach(other);
    expect(other.firstElementChild).toBe(view);
    editor.detach(host); // not there any more: nothing happens
    expect(other.firstElementChild).toBe(view);
    editor.detach(other);
    expect(other.childElementCount).toBe(0);
  });

  it('applies the writing modes to every document it shows, switched without a new view', () => {
    const updates = new EditorUpdates();
    const writingView = new WritingView();
    const workspace = new Workspace([editorExtensions('linux'), updates.extension]);
    const editor = new EditorController(workspace, updates, writingView);
    const host = document.createElement('div');
    editor.attach(host);
    const a = workspace.open(content('a.md', 'Alpha'));
    const b = workspace.open(content('b.md', 'Beta'));
    workspace.activate(a.id);
    const view = host.firstElementChild;
    writingView.toggle('focusMode');
    expect(writingModeOn(editor.state, 'focusMode')).toBe(true);
    expect(host.querySelector('.cm-editor.cm-focus-mode')).not.toBeNull();
    workspace.activate(b.id);
    expect(writingModeOn(editor.state, 'focusMode')).toBe(true);
    writingView.toggle('focusMode');
    expect(writingModeOn(editor.state, 'focusMode')).toBe(false);
    expect(host.firstElementChild).toBe(view);
  });

  it('tells its followers about edits and about another document shown', () => {
    const updates = new EditorUpdates();
    const workspace = new Workspace([editorExtensions('linux'), updates.extension]);
    const editor = new EditorController(workspace, updates);
    editor.attach(document.createElement('div'));
    const seen: string[] = [];
    editor.onUpdate((update) => seen.push(update === null ? 'shown' : update.docChanged ? 'edit' : 'other'));
    const a = workspace.open(content('a.md', 'Alpha'));
    workspace.activate(a.id);
    workspace.update(a.id, { changes: { from: 0, insert: '!' } });
    expect(seen).toContain('shown');
    expect(seen.at(-1)).toBe('edit');
  });

  it('puts the cursor of a post just opened after its front matter, and a jump where asked', () => {
    const { workspace, editor } = setup();
    const a = workspace.open(content('a.md', '---\ntitle: T\n---\n\nFirst line.\n\n## Later'));
    workspace.activate(a.id);
    editor.focusToWrite();
    expect(editor.state.doc.lineAt(editor.state.selection.main.head).text).toBe('First line.');
    editor.jumpTo(editor.state.doc.length - 8);
    expect(editor.state.doc.lineAt(editor.state.selection.main.head).text).toBe('## Later');
    editor.focusToWrite(); // worked in already: the cursor stays
    expect(editor.state.doc.lineAt(editor.state.selection.main.head).text).toBe('## Later');
  });
});
