import { Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { currentHeadingIndex, extractOutline } from './outline';

const outline = (text: string) => extractOutline(Text.of(text.split('\n'))).map(({ level, text: title }) => `${level} ${title}`);

describe('extractOutline', () => {
  it('lists ATX headings with their level, without markers or closing hashes', () =>
    expect(outline('# One\n\ntext\n\n## Two ##\n### *Three* [link](http://x)\n####### not')).toEqual(['1 One', '2 Two', '3 Three link']));
  it('lists setext headings, multi-line ones joined', () =>
    expect(outline('Title\n=====\n\nSub\ntitle\n---\n\ntext')).toEqual(['1 Title', '2 Sub title']));
  it('does not take a rule or a list item above --- for a setext heading', () =>
    expect(outline('text\n\n---\n\n- item\n---\n\n***')).toEqual([]));
  it('skips front matter', () => expect(outline('---\ntitle: x\n# comment\n---\n\n# Body')).toEqual(['1 Body']));
  it('skips fenced code, backticks and tildes, until the matching fence', () =>
    expect(outline('```sh\n# not a heading\n~~~\n# still code\n```\n# After\n~~~~\n## no\n~~~~\n## Yes')).toEqual(['1 After', '2 Yes']));
  it('skips HTML comments', () => expect(outline('<!--\n# hidden\n-->\n# Shown')).toEqual(['1 Shown']));
  it('drops a {#id} attribute and skips empty headings', () => expect(outline('# Title {#custom}\n#\n## ')).toEqual(['1 Title']));
  it('gives each heading the start of its first line', () => {
    const headings = extractOutline(Text.of(['intro', '', 'Setext', '===', '# ATX']));
    expect(headings.map((h) => h.from)).toEqual([7, 18]);
  });
});

describe('currentHeadingIndex', () => {
  const headings = [10, 50, 90].map((from, i) => ({ level: 1, text: `h${i}`, from }));
  it('is -1 before the first heading', () => expect(currentHeadingIndex(headings, 5)).toBe(-1));
  it('is the last heading at or before the position', () => {
    expect(currentHeadingIndex(headings, 10)).toBe(0);
    expect(currentHeadingIndex(headings, 89)).toBe(1);
    expect(currentHeadingIndex(headings, 1000)).toBe(2);
  });
  it('is -1 for no headings', () => expect(currentHeadingIndex([], 5)).toBe(-1));
  it('takes bare start positions too', () => expect(currentHeadingIndex([10, 50, 90], 60)).toBe(1));
});
