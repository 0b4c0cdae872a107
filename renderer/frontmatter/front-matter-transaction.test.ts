import { history, redo, undo } from '@codemirror/commands';
import { EditorState, type Transaction, type TransactionSpec } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../shared/posts/front-matter';
import { detectLineEnding } from '../../shared/posts/line-endings';
import { frontMatterModel, tagsWrite, draftWrites, type FieldWrite } from './front-matter-model';
import { FRONT_MATTER_EVENT, frontMatterTransaction, minimalChange } from './front-matter-transaction';
import { parseWrittenDate, writeDate } from './written-date';

/** A post as the workspace makes it: the file's line breaks, undo history. */
function stateOf(text: string, cursor?: number): EditorState {
  const state = EditorState.create({ doc: text, extensions: [EditorState.lineSeparator.of(detectLineEnding(text)), history()] });
  return state.update({ selection: { anchor: cursor ?? state.doc.length } }).state;
}

const text = (state: EditorState) => state.sliceDoc();

/** Applies a panel edit; returns the transaction so a test can read which range it replaced. */
function edit(state: EditorState, writes: readonly FieldWrite[]): Transaction {
  const spec = frontMatterTransaction(state, writes);
  if (spec === null) throw new Error('the edit changed nothing');
  return state.update(spec);
}

/** The replaced range of a one-change transaction: what a diff of the file would show. */
function replaced(tr: Transaction): { removed: string; added: string } {
  const ranges: { removed: string; added: string }[] = [];
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => ranges.push({ removed: tr.startState.sliceDoc(fromA, toA), added: inserted.toString() }));
  expect(ranges).toHaveLength(1);
  return ranges[0]!;
}

function run(state: EditorState, command: typeof undo): EditorState {
  let next = state;
  command({ state, dispatch: (tr) => (next = tr.state) });
  return next;
}

function typeAt(state: EditorState, at: number, insert: string): EditorState {
  return state.update({ changes: { from: at, insert }, userEvent: 'input.type' } satisfies TransactionSpec).state;
}

const yamlPost = [
  '---',
  '# Post header: keep me',
  'title: "Old title"  # shown on the index',
  'date: 2024-06-01 10:00:00 +0200',
  'tags:',
  '  - one',
  '  - two',
  'custom: {nested: [1, 2]}',
  'draft: false',
  '---',
  '',
  'The body.',
  '',
].join('\n');

describe('front matter panel edits as transactions', () => {
  it('replaces only the YAML value bytes and keeps comments, quoting and the cursor', () => {
    const state = stateOf(yamlPost);
    const tr = edit(state, [['title', 'New title']]);
    expect(replaced(tr)).toEqual({ removed: 'Old', added: 'New' });
    expect(text(tr.state)).toBe(yamlPost.replace('"Old title"', '"New title"'));
    expect(tr.state.selection.main.head).toBe(tr.state.doc.length);
    expect(tr.isUserEvent(FRONT_MATTER_EVENT)).toBe(true);
  });

  it('keeps CRLF line endings and positions right after earlier lines', () => {
    const crlf = '---\r\ntitle: A\r\ntags: [x]\r\ndraft: true\r\n---\r\nBody\r\n';
    const state = stateOf(crlf);
    const tr = edit(state, [['draft', false]]);
    expect(replaced(tr)).toEqual({ removed: 'tru', added: 'fals' });
    expect(text(tr.state)).toBe(crlf.replace('true', 'false'));
    const added = edit(state, [['author', 'Me']]);
    expect(text(added.state)).toBe('---\r\ntitle: A\r\ntags: [x]\r\ndraft: true\r\nauthor: Me\r\n---\r\nBody\r\n');
    expect(text(added.state).split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  it('leaves a BOM outside the text: the first byte of the document is the fence', () => {
    // The host strips a UTF-8 BOM into PostContent.bom and writes it back; the doc never holds it.
    const state = stateOf('---\ntitle: A\n---\n');
    expect(text(edit(state, [['title', 'B']]).state)).toBe('---\ntitle: B\n---\n');
  });

  it('edits TOML in place: literal quotes, comments and bare dates stay', () => {
    const toml = "+++\ntitle = 'My First Post'  # the H1\ndate = 2024-02-01T10:00:00-07:00\ndraft = false\ntags = ['red', 'blue']\n+++\n\nBody\n";
    const state = stateOf(toml);
    expect(replaced(edit(state, [['title', 'My Second Post']]))).toEqual({ removed: 'First', added: 'Second' });
    const model = frontMatterModel(parseFrontMatter(toml), 'content/posts/first.md', 'hugo');
    expect(model.date.written).toBe('2024-02-01T10:00:00-07:00');
    const date = writeDate(parseWrittenDate(model.date.written!)!, '2024-02-03T10:00');
    expect(replaced(edit(state, [[model.date.key, date]]))).toEqual({ removed: '1', added: '3' });
    expect(replaced(edit(state, [tagsWrite(model, ['red', 'blue', 'green'])]))).toEqual({ removed: '', added: ", 'green'" });
    expect(replaced(edit(state, draftWrites(model, true)))).toEqual({ removed: 'fals', added: 'tru' });
  });

  it('edits JSON front matter keeping its indentation', () => {
    const json = '{\n    "title": "Old",\n    "tags": ["a"]\n}\n\nBody\n';
    const tr = edit(stateOf(json), [['title', 'New']]);
    expect(replaced(tr)).toEqual({ removed: 'Old', added: 'New' });
    expect(replaced(edit(stateOf(json), [['tags', ['a', 'b']]]))).toEqual({ removed: '', added: ', "b"' });
  });

  it('adds a YAML block on the first edit of a post without front matter', () => {
    const state = stateOf('# Hello\n\nText.\n', 3);
    const tr = edit(state, [['title', 'Hello']]);
    expect(text(tr.state)).toBe('---\ntitle: Hello\n---\n# Hello\n\nText.\n');
    // The cursor stays on the same character of the body.
    expect(tr.state.sliceDoc(tr.state.selection.main.head, tr.state.selection.main.head + 5)).toBe('ello\n');
  });

  it('returns null when nothing changes and throws on malformed front matter', () => {
    expect(frontMatterTransaction(stateOf(yamlPost), [['draft', false]])).toBeNull();
    expect(() => frontMatterTransaction(stateOf('---\ntitle: [oops\n---\n'), [['title', 'x']])).toThrow(/could not be read/);
  });
});

describe('minimalChange', () => {
  it('is the differing middle, never half a CRLF', () => {
    expect(minimalChange('a: 1\r\nb', 'a: 2\r\nb')).toEqual({ from: 3, to: 4, insert: '2' });
    // Adding a line before a CRLF: the shared "\r\n" must not be split between change and suffix.
    expect(minimalChange('a\r\nz', 'a\r\nb\r\nz')).toEqual({ from: 3, to: 3, insert: 'b\r\n' });
    expect(minimalChange('x\r\n', 'x\r\n')).toBeNull();
    expect(minimalChange('ab\r\n', 'a\r\n')).toEqual({ from: 1, to: 2, insert: '' });
  });
});

describe('undo across panel and text', () => {
  it('undoes one panel edit in one step and redoes it', () => {
    const state = stateOf(yamlPost);
    const edited = edit(state, [['title', 'New title']]).state;
    const undone = run(edited, undo);
    expect(text(undone)).toBe(yamlPost);
    expect(text(run(undone, redo))).toBe(text(edited));
  });

  it('keeps panel, text and panel edits as three undo steps, even typed at once', () => {
    const state = stateOf(yamlPost);
    const first = edit(state, [['title', 'A']]).state;
    const typed = typeAt(first, first.doc.length, 'More words.');
    const second = edit(typed, [['title', 'B']]).state;
    expect(text(second)).toContain('title: "B"');
    const once = run(second, undo);
    expect(text(once)).toBe(text(typed));
    const twice = run(once, undo);
    expect(text(twice)).toBe(text(first));
    expect(text(run(twice, undo))).toBe(yamlPost);
  });

  it('does not join typing in the body into the panel edit before it', () => {
    const first = edit(stateOf(yamlPost), [['draft', true]]).state;
    const typed = typeAt(first, first.doc.length, 'x');
    expect(text(run(typed, undo))).toBe(text(first));
  });
});

describe('tags and dates through the panel', () => {
  const post = (tags: string, generator: 'jekyll' | 'eleventy' | 'hugo' = 'jekyll') => {
    const source = `---\ntitle: T\n${tags}\n---\nBody\n`;
    return { state: stateOf(source), model: frontMatterModel(parseFrontMatter(source), 'posts/t.md', generator) };
  };

  it('adds and removes block-list tags in place', () => {
    const { state, model } = post('tags:\n  - one\n  - two');
    expect(model.tags.shown).toEqual(['one', 'two']);
    expect(replaced(edit(state, [tagsWrite(model, ['one', 'two', 'three'])]))).toEqual({ removed: '', added: '  - three\n' });
    expect(text(edit(state, [tagsWrite(model, ['two'])]).state)).toBe('---\ntitle: T\ntags:\n  - two\n---\nBody\n');
    expect(text(edit(state, [tagsWrite(model, [])]).state)).toBe('---\ntitle: T\ntags: []\n---\nBody\n');
  });

  it('keeps a Jekyll space-separated tags string and Eleventy’s collection tag', () => {
    const jekyll = post('tags: red blue');
    expect(text(edit(jekyll.state, [tagsWrite(jekyll.model, ['red', 'blue', 'green'])]).state)).toContain('\ntags: red blue green\n');
    const eleventy = post('tags: [posts, travel]', 'eleventy');
    expect(eleventy.model.tags.shown).toEqual(['travel']);
    expect(text(edit(eleventy.state, [tagsWrite(eleventy.model, [])]).state)).toContain('\ntags: [posts]\n');
  });

  it('keeps each date format: date-only, space and zone, TOML bare date', () => {
    const dateOnly = parseWrittenDate('2024-06-01')!;
    expect(writeDate(dateOnly, '2024-07-02')).toBe('2024-07-02');
    const jekyll = parseWrittenDate('2024-06-01 10:00:00 +0200')!;
    expect(writeDate(jekyll, '2024-06-01T11:30')).toBe('2024-06-01 11:30:00 +0200');
    expect(writeDate(jekyll, '2024-06-01T11:30:15')).toBe('2024-06-01 11:30:15 +0200');
    const { state, model } = post('date: 2024-06-01 10:00:00 +0200');
    const tr = edit(state, [[model.date.key, writeDate(parseWrittenDate(model.date.written!)!, '2024-06-09T10:00')]]);
    expect(replaced(tr)).toEqual({ removed: '1', added: '9' });
    const toml = stateOf('+++\ndate = 2024-03-01\n+++\n');
    expect(text(edit(toml, [['date', '2024-03-02']]).state)).toBe('+++\ndate = 2024-03-02\n+++\n');
  });
});
