import { EditorSelection, EditorState, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { bodyStart } from '../front-matter-range';
import { countDocument, countRange, countLine, countSelection, countText, readingMinutes, visibleText } from './word-count';

const words = (text: string) => countText(text).words;

describe('countLine', () => {
  it('counts plain words, with apostrophes and hyphens inside a word', () => {
    expect(words("Don't stop the well-known show.")).toBe(5);
    expect(words('It’s 2024, and 3.5 apples')).toBe(5);
  });
  it('does not count Markdown syntax', () => {
    expect(words('# A heading #')).toBe(2);
    expect(words('- [ ] buy **milk** and _eggs_')).toBe(4);
    expect(words('> quoted *text*')).toBe(2);
    expect(words('1. first')).toBe(1);
    expect(words('---')).toBe(0);
    expect(words('```js')).toBe(0);
    expect(words('| a | b |\n|---|:-:|\n| c d | e |')).toBe(5);
  });
  it('counts a link by its text, never its address', () => {
    expect(words('see [the docs](https://example.com/very/long-path) now')).toBe(4);
    expect(words('![a cat](cat.png)')).toBe(2);
    expect(words('<https://example.com> and https://example.org/x')).toBe(1);
    expect(words('[ref]: https://example.com "Title"')).toBe(0);
    expect(words('a footnote[^1] here')).toBe(3);
    expect(words('[^1]: The footnote text counts.')).toBe(4);
  });
  it('does not count HTML tags', () => expect(words('<span class="x">two words</span>')).toBe(2));
  it('counts Chinese and Japanese characters one by one, Korean by spaces', () => {
    expect(words('我爱写作')).toBe(4);
    expect(words('日本語のテキスト')).toBe(8);
    expect(words('Hello 世界')).toBe(3);
    expect(words('안녕하세요 세계')).toBe(2);
  });
  it('counts the characters a reader sees, by code point', () => {
    expect(countLine('**bold** 😀').characters).toBe(6);
    expect(visibleText('## Title')).toBe('Title');
  });
});

describe('countDocument', () => {
  it('excludes front matter', () => {
    const doc = Text.of(['---', 'title: Many words in a title', 'tags: [a, b]', '---', '', 'Two words.']);
    expect(bodyStart(doc)).toBe(doc.line(4).to);
    expect(countDocument(doc)).toEqual({ words: 2, characters: 10 });
  });
  it('excludes TOML, JSON and language-fenced front matter too, as the library reads them', () => {
    const toml = Text.of(['+++', 'title = "Many words in a title"', '+++', 'Two words.']);
    expect(countDocument(toml)).toEqual({ words: 2, characters: 10 });
    const json = Text.of(['{', '  "title": "Many words in a title"', '}', 'Two words.']);
    expect(countDocument(json)).toEqual({ words: 2, characters: 10 });
    const fenced = Text.of(['---yaml', 'title: Many words', '---', 'Two words.']);
    expect(countDocument(fenced)).toEqual({ words: 2, characters: 10 });
    expect(bodyStart(Text.of(['----', 'a rule, not a fence', '---']))).toBe(0);
  });
  it('counts an unclosed --- block as text', () => expect(countDocument(Text.of(['---', 'just text']))).toEqual({ words: 2, characters: 9 }));
  it('matches a plain count on a large document, before and after an edit', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => (i % 7 === 0 ? `## Heading ${i}` : `Line ${i} with [a link](http://x.org/${i}) and *some* words.`));
    let state = EditorState.create({ doc: lines.join('\n') });
    expect(countDocument(state.doc)).toEqual(countText(lines.join('\n')));
    state = state.update({ changes: { from: 100_000, insert: ' extra words here ' } }).state;
    expect(countDocument(state.doc)).toEqual(countText(state.doc.toString()));
  });
});

describe('countSelection', () => {
  it('is null without a selection', () => expect(countSelection(EditorState.create({ doc: 'a b' }))).toBeNull());
  it('counts every selected range, front matter excluded', () => {
    const state = EditorState.create({
      doc: '---\ntitle: x\n---\none two three four',
      selection: EditorSelection.create([EditorSelection.range(0, 21), EditorSelection.range(26, 30)]),
      extensions: EditorState.allowMultipleSelections.of(true),
    });
    expect(countSelection(state)).toEqual({ words: 2, characters: 7 });
  });
});

describe('countRange', () => {
  it('equals counting the sliced text, wherever the range starts and ends in a large document', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `Line ${i} has *five* words. 世界`);
    const doc = Text.of(lines);
    expect(doc.children).not.toBeNull(); // a real tree of leaves, not one leaf
    for (const [from, to] of [[0, doc.length], [5, doc.length - 7], [12_345, 67_890], [100, 101], [doc.line(500).from, doc.line(900).to]] as const) {
      expect(countRange(doc, from, to)).toEqual(countText(doc.sliceString(from, to)));
    }
  });
});

describe('readingMinutes', () => {
  it('rounds up at 230 words a minute', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(1)).toBe(1);
    expect(readingMinutes(230)).toBe(1);
    expect(readingMinutes(231)).toBe(2);
  });
});
