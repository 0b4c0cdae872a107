import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { markdownSupport } from './markdown-language';
import { literalRanges } from './spell-check';

function literals(doc: string): string[] {
  const state = EditorState.create({ doc, extensions: markdownSupport() });
  ensureSyntaxTree(state, state.doc.length, 1000);
  return literalRanges(state).map((range) => `${range.block ? 'block' : 'span'}:${state.sliceDoc(range.from, range.to)}`);
}

describe('literalRanges (spell check off)', () => {
  it('finds fenced and indented code blocks', () => {
    expect(literals('Prose here.\n\n```js\nconst teh = 1;\n```\n')).toEqual(['block:```js\nconst teh = 1;\n```']);
    expect(literals('Prose.\n\n    indented codez\n')).toEqual(['block:indented codez']);
  });
  it('finds inline code, link addresses and autolinks', () =>
    expect(literals('Use `npmx` and [docs](https://exmaple.com) or <https://a.b>.')).toEqual(['span:`npmx`', 'span:https://exmaple.com', 'span:<https://a.b>']));
  it('finds front matter', () => expect(literals('---\ntitel: Hi\n---\n\nBody text')).toEqual(['block:---\ntitel: Hi\n---\n']));
  it('leaves prose to the spell checker', () => expect(literals('# A headng\n\nSome *emphasiss* and **strnog** text.')).toEqual([]));
});
