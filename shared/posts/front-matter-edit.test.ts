import { describe, expect, it } from 'vitest';
import { setFrontMatterField } from './front-matter-edit';

/** The changed region of two texts: what a diff would show. */
function changed(before: string, after: string): { removed: string; added: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { removed: before.slice(start, before.length - end), added: after.slice(start, after.length - end) };
}

describe('setFrontMatterField: YAML', () => {
  const source = [
    '---',
    '# The post header (keep me)',
    'title: "Old title"   # shown on the index',
    "subtitle: 'single'",
    'date: 2024-06-01 10:00:00 +0200',
    'tags:',
    '  - one',
    '  - two',
    'custom: {nested: [1, 2]}',
    'draft: false',
    '---',
    '',
    'Body with title: "Old title"',
    '',
  ].join('\n');

  it('changes only the value bytes, keeping quotes, comments, order and unknown keys', () => {
    const out = setFrontMatterField(source, 'title', 'New: title');
    expect(changed(source, out)).toEqual({ removed: 'Old', added: 'New:' });
    expect(out).toContain('title: "New: title"   # shown on the index');
    expect(changed(source, setFrontMatterField(source, 'subtitle', "it's"))).toEqual({ removed: 'single', added: "it''s" });
    expect(changed(source, setFrontMatterField(source, 'draft', true))).toEqual({ removed: 'fals', added: 'tru' });
    expect(setFrontMatterField(source, 'date', '2024-07-01')).toContain('\ndate: 2024-07-01\ntags:');
  });

  it('keeps a block list a block list, adds a missing key last, removes a key with its lines', () => {
    expect(setFrontMatterField(source, 'tags', ['a', 'b c'])).toContain('tags:\n  - a\n  - b c\ncustom:');
    expect(setFrontMatterField(source, 'series', 'Travel')).toContain('draft: false\nseries: Travel\n---\n');
    const removed = setFrontMatterField(source, 'tags', null);
    expect(removed).toBe(source.replace('tags:\n  - one\n  - two\n', ''));
    expect(setFrontMatterField('---\ntitle: x\ntags:\n---\n', 'tags', ['a'])).toBe('---\ntitle: x\ntags: [a]\n---\n');
  });

  it('keeps CRLF line endings (a BOM is outside the text the API edits)', () => {
    const crlf = '---\r\ntitle: A\r\ndraft: true\r\n---\r\nBody\r\n';
    expect(setFrontMatterField(crlf, 'draft', false)).toBe('---\r\ntitle: A\r\ndraft: false\r\n---\r\nBody\r\n');
    expect(setFrontMatterField(crlf, 'author', 'Me')).toBe('---\r\ntitle: A\r\ndraft: true\r\nauthor: Me\r\n---\r\nBody\r\n');
  });

  it('adds a block to a post without front matter, and refuses malformed or executable ones', () => {
    expect(setFrontMatterField('# Hi\n', 'title', 'Hi')).toBe('---\ntitle: Hi\n---\n# Hi\n');
    expect(() => setFrontMatterField('---\ntitle: [oops\n---\n', 'title', 'x')).toThrow(/could not be read/);
    expect(() => setFrontMatterField('---js\n{ title: 1 }\n---\n', 'title', 'x')).toThrow(/code/);
    expect(() => setFrontMatterField('---\ntitle: x\n', 'title', 'y')).toThrow(/never closed/);
  });
});

describe('setFrontMatterField: TOML', () => {
  const source = "+++\n# Hugo front matter\ntitle = 'Old'  # comment stays\ndate = 2024-02-01T10:00:00-07:00\ntags = [\n  'red',\n  'blue',\n]\ndraft = true\n\n[params]\ntitle = 'not this one'\n+++\nBody\n";

  it('replaces only a one-line value’s bytes, in its quoting style, keeping the comment', () => {
    expect(changed(source, setFrontMatterField(source, 'title', 'New'))).toEqual({ removed: 'Old', added: 'New' });
    expect(setFrontMatterField(source, 'title', "It's")).toContain('title = "It\'s"  # comment stays');
    expect(changed(source, setFrontMatterField(source, 'date', '2024-02-02T10:00:00-07:00'))).toEqual({ removed: '1', added: '2' });
    const flow = "+++\ntags = ['red', 'blue'] # colours\n+++\n";
    expect(setFrontMatterField(flow, 'tags', ['red', 'blue', 'green'])).toBe("+++\ntags = ['red', 'blue', 'green'] # colours\n+++\n");
    expect(setFrontMatterField('+++\nweight = 3\n+++\n', 'weight', 10)).toBe('+++\nweight = 10\n+++\n');
  });

  it('replaces only the key’s own lines, keeps dates bare and tables alone', () => {
    const out = setFrontMatterField(source, 'draft', false);
    expect(changed(source, out)).toEqual({ removed: 'tru', added: 'fals' });
    expect(setFrontMatterField(source, 'date', '2024-03-01T08:00:00Z')).toContain('\ndate = 2024-03-01T08:00:00Z\n');
    const tags = setFrontMatterField(source, 'tags', ['green']);
    expect(tags).toContain("\ntags = [ \"green\" ]\ndraft = true\n");
    expect(tags).toContain("[params]\ntitle = 'not this one'");
    expect(setFrontMatterField(source, 'series', 'x')).toContain('draft = true\n\nseries = "x"\n[params]');
    expect(setFrontMatterField(source, 'tags', null)).not.toContain('red');
  });
});

describe('setFrontMatterField: JSON', () => {
  it('edits with jsonc-parser, keeping indentation and other keys', () => {
    const source = '{\n    "title": "Old",\n    "date": "2024-01-20"\n}\n\nBody\n';
    expect(setFrontMatterField(source, 'title', 'New')).toBe('{\n    "title": "New",\n    "date": "2024-01-20"\n}\n\nBody\n');
    expect(setFrontMatterField(source, 'draft', true)).toBe('{\n    "title": "Old",\n    "date": "2024-01-20",\n    "draft": true\n}\n\nBody\n');
  });
});
