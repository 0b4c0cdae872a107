import { ensureSyntaxTree } from '@codemirror/language';
import { describe, expect, it } from 'vitest';
import { markedState } from '../testing/marked-state';
import { focusedBlock } from './focus-mode';
import { markdownSupport } from './markdown-language';

function block(doc: string): string {
  const state = markedState(doc, markdownSupport());
  ensureSyntaxTree(state, state.doc.length, 1000);
  const { from, to } = focusedBlock(state);
  return state.sliceDoc(from, to);
}

describe('focusedBlock', () => {
  it('is the paragraph around the cursor, all its lines', () =>
    expect(block('First para.\n\nSecond para\nwith two| lines.\n\nThird.')).toBe('Second para\nwith two lines.'));
  it('reaches the start and end of the document', () => {
    expect(block('On|ly one\nparagraph')).toBe('Only one\nparagraph');
  });
  it('stops 300 lines either side in a block with no blank line', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `row ${i} of a long run`);
    rows[1000] = 'row |1000 of a long run';
    const lit = block(rows.join('\n')).split('\n');
    expect(lit).toHaveLength(601);
    expect(lit[0]).toBe('row 700 of a long run');
  });
  it('is just the line on a blank line', () => expect(block('a\n\n|\n\nb')).toBe(''));
  it('is a whole fenced code block, blank lines included', () =>
    expect(block('Text.\n\n```js\nconst a = 1;\n\nconst |b = 2;\n```\n\nMore.')).toBe('```js\nconst a = 1;\n\nconst b = 2;\n```'));
});
