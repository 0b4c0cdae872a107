import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { frontMatterHead } from './front-matter-head';

describe('frontMatterHead', () => {
  it('is the text through the closing fence, unchanged by typing in the body', () => {
    const state = EditorState.create({ doc: '---\ntitle: A\n---\nBody\n' });
    expect(frontMatterHead(state)).toBe('---\ntitle: A\n---\n');
    const typed = state.update({ changes: { from: state.doc.length, insert: 'More ---\n---\n' } }).state;
    expect(frontMatterHead(typed)).toBe(frontMatterHead(state));
    const edited = state.update({ changes: { from: 12, insert: 'B' } }).state;
    expect(frontMatterHead(edited)).toBe('---\ntitle: AB\n---\n');
  });

  it('knows TOML and JSON fences, CRLF, and posts without front matter', () => {
    expect(frontMatterHead(EditorState.create({ doc: "+++\ntitle = 'A'\n+++\nBody" }))).toBe("+++\ntitle = 'A'\n+++\n");
    expect(frontMatterHead(EditorState.create({ doc: '{\n  "title": "A"\n}\nBody' }))).toBe('{\n  "title": "A"\n}\n');
    const crlf = EditorState.create({ doc: '---\r\ntitle: A\r\n---\r\nBody', extensions: EditorState.lineSeparator.of('\r\n') });
    expect(frontMatterHead(crlf)).toBe('---\r\ntitle: A\r\n---\r\n');
    expect(frontMatterHead(EditorState.create({ doc: '# Title\n---\n' }))).toBe('');
    expect(frontMatterHead(EditorState.create({ doc: '---\ntitle: never closed\nBody' }))).toBe('---\ntitle: never closed\nBody');
  });
});
