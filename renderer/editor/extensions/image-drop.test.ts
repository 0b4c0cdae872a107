import { EditorState } from '@codemirror/state';
import { history, undo } from '@codemirror/commands';
import { describe, expect, it } from 'vitest';
import { insertImageMarkdown } from './image-drop';

function apply(doc: string, cursor: number, images: string[], at: number | null = null, lineSeparator?: string) {
  const state = EditorState.create({ doc, selection: { anchor: cursor }, extensions: [history(), ...(lineSeparator ? [EditorState.lineSeparator.of(lineSeparator)] : [])] });
  const next = state.update(insertImageMarkdown(state, images, at)).state;
  return { text: next.sliceDoc(), cursor: next.selection.main.head, state: next };
}

describe('inserting image Markdown', () => {
  it('puts the image on a line of its own when pasted mid-line, the cursor after it', () => {
    const { text, cursor } = apply('Hello world', 5, ['![a](x.png)']);
    expect(text).toBe('Hello\n![a](x.png)\n world');
    expect(cursor).toBe('Hello\n![a](x.png)'.length);
  });

  it('adds no line breaks on an empty line, and one image per line', () => {
    expect(apply('a\n\nb', 2, ['![a](x.png)', '![b](y.png)']).text).toBe('a\n![a](x.png)\n![b](y.png)\nb');
  });

  it('drops at the given position, clamped to the document', () => {
    expect(apply('abc', 0, ['![a](x.png)'], 99).text).toBe('abc\n![a](x.png)');
  });

  it('uses the post’s own line ending', () => {
    expect(apply('ab\r\ncd', 1, ['![a](x.png)'], null, '\r\n').text).toBe('a\r\n![a](x.png)\r\nb\r\ncd');
  });

  it('never lands in the front matter: aimed there, it goes to the start of the body', () => {
    expect(apply('---\ntitle: A\n---\nBody', 5, ['![a](x.png)']).text).toBe('---\ntitle: A\n---\n![a](x.png)\nBody');
    expect(apply('---\r\ntitle: A\r\n---\r\nBody', 0, ['![a](x.png)'], 0, '\r\n').text).toBe('---\r\ntitle: A\r\n---\r\n![a](x.png)\r\nBody');
  });

  it('is undone in one step', () => {
    const { state } = apply('Hello world', 5, ['![a](x.png)']);
    let undone = state;
    undo({ state, dispatch: (tr) => (undone = tr.state) });
    expect(undone.doc.toString()).toBe('Hello world');
  });
});
