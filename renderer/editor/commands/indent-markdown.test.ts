import { ensureSyntaxTree } from '@codemirror/language';
import type { StateCommand } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markdownSupport } from '../extensions/markdown-language';
import { marked, markedState } from '../testing/marked-state';
import { indentMarkdown, outdentMarkdown } from './indent-markdown';

function run(command: StateCommand, doc: string): string {
  let state = markedState(doc, markdownSupport());
  ensureSyntaxTree(state, state.doc.length, 1000);
  expect(command({ state, dispatch: (tr) => (state = tr.state) })).toBe(true);
  return marked(state);
}

describe('Tab in a list', () => {
  it('makes an item a child of the one above, by the marker width', () => {
    expect(run(indentMarkdown, '- one\n- t|wo')).toBe('- one\n  - t|wo');
    expect(run(indentMarkdown, '1. one\n2. t|wo')).toBe('1. one\n   1. t|wo');
    expect(run(indentMarkdown, '10. one\n11. |two')).toBe('10. one\n    1. |two');
  });
  it('moves the sub-items with it', () =>
    expect(run(indentMarkdown, '- one\n- t|wo\n  - two.a\n\n    more\n- three')).toBe('- one\n  - t|wo\n    - two.a\n\n      more\n- three'));
  it('does not indent the first item (it has no parent to go under) but keeps Tab', () =>
    expect(run(indentMarkdown, '- o|ne\n- two')).toBe('- o|ne\n- two'));
  it('does not nest deeper than one level below the item above', () =>
    expect(run(indentMarkdown, '- one\n  - |two')).toBe('- one\n  - |two'));
  it('indents every selected item', () =>
    expect(run(indentMarkdown, '- one\n- [two\n- thr]ee')).toBe('- one\n  - [two\n  - thr]ee'));
});

describe('ordered items', () => {
  it('continue the numbering of a sublist they join', () =>
    expect(run(indentMarkdown, '1. one\n   1. one.a\n2. t|wo')).toBe('1. one\n   1. one.a\n   2. t|wo'));
  it('number items indented together one after another', () =>
    expect(run(indentMarkdown, '1. one\n2. [two\n3. thr]ee')).toBe('1. one\n   1. [two\n   2. thr]ee'));
  it('take the next number at the level they move out to', () =>
    expect(run(outdentMarkdown, '1. one\n   1. t|wo')).toBe('1. one\n2. t|wo'));
  it('leave bullets alone under a numbered item', () => expect(run(indentMarkdown, '1. one\n- t|wo')).toBe('1. one\n   - t|wo'));
});

describe('Shift-Tab in a list', () => {
  it('moves an item out to its parent level with its sub-items', () =>
    expect(run(outdentMarkdown, '- one\n  - t|wo\n    - two.a')).toBe('- one\n- t|wo\n  - two.a'));
  it('uses the parent item, whatever its marker width', () =>
    expect(run(outdentMarkdown, '1. one\n   - |two')).toBe('1. one\n- |two'));
  it('leaves a top-level item alone', () => expect(run(outdentMarkdown, '- |one')).toBe('- |one'));
});

describe('Tab elsewhere', () => {
  it('inserts an indent at the cursor in a fenced code block', () =>
    expect(run(indentMarkdown, '```js\nif (a) {\n|\n}\n```')).toBe('```js\nif (a) {\n  |\n}\n```'));
  it('indents a prose line by the indent unit', () => expect(run(indentMarkdown, 'some |text')).toBe('  some |text'));
  it('outdents a prose line', () => expect(run(outdentMarkdown, '    some |text')).toBe('  some |text'));
});
