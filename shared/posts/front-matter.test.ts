import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter';

describe('parseFrontMatter', () => {
  it('reads YAML and keeps the body and its offset exact', () => {
    const source = '---\ntitle: Hello\ndate: 2024-01-02\ntags: [a, b]\n---\n\nBody\n';
    const fm = parseFrontMatter(source);
    expect(fm).toMatchObject({ format: 'yaml', data: { title: 'Hello', date: '2024-01-02', tags: ['a', 'b'] }, error: null });
    expect(fm.body).toBe('\nBody\n');
    expect(source.slice(fm.bodyOffset)).toBe(fm.body);
  });

  it('reads CRLF YAML, TOML (Hugo) and JSON front matter', () => {
    expect(parseFrontMatter('---\r\ntitle: Win\r\n---\r\nx').data).toEqual({ title: 'Win' });
    expect(parseFrontMatter('---\r\ntitle: Win\r\n---\r\nx').body).toBe('x');
    const toml = parseFrontMatter('+++\ntitle = "Hugo post"\ndraft = true\n+++\nBody');
    expect(toml).toMatchObject({ format: 'toml', data: { title: 'Hugo post', draft: true }, body: 'Body' });
    const json = parseFrontMatter('{\n  "title": "JSON post"\n}\nBody');
    expect(json).toMatchObject({ format: 'json', data: { title: 'JSON post' }, body: 'Body' });
  });

  it('reports malformed and unclosed front matter without losing the text', () => {
    const bad = parseFrontMatter('---\ntitle: [oops\n---\nBody');
    expect(bad.error).toMatch(/^The YAML front matter could not be read/);
    expect(bad.data).toEqual({});
    expect(bad.body).toBe('Body');
    const unclosed = parseFrontMatter('---\ntitle: x\nBody');
    expect(unclosed.error).toMatch(/never closed/);
    expect(unclosed.body).toBe('---\ntitle: x\nBody');
    expect(parseFrontMatter('---\n- a list\n---\n').error).toMatch(/not a set of keys/);
  });

  it('treats a post without front matter, or a thematic break later on, as body only', () => {
    expect(parseFrontMatter('# Title\n\n---\n\nMore')).toMatchObject({ format: null, body: '# Title\n\n---\n\nMore', bodyOffset: 0 });
    expect(parseFrontMatter('---\n---\nEmpty block')).toMatchObject({ format: 'yaml', data: {}, body: 'Empty block', error: null });
  });

  it('reads the front matter afresh on every keystroke: a block typed into (same length or not) is never answered from the last one', () => {
    const body = '\nBody text\n';
    expect(parseFrontMatter(`---\ntitle: Alpha\n---${body}`).data.title).toBe('Alpha');
    expect(parseFrontMatter(`---\ntitle: Alpha\n---${body}more`).data.title).toBe('Alpha'); // body typed: same block
    expect(parseFrontMatter(`---\ntitle: Alphb\n---${body}`).data.title).toBe('Alphb'); // same length, one letter changed
    expect(parseFrontMatter(`+++\ntitle = "Alphb"\n+++${body}`).data.title).toBe('Alphb');
    expect(parseFrontMatter(`---\ntitle: [Alphb\n---${body}`).error).toMatch(/could not be read/);
    expect(parseFrontMatter(`---\ntitle: Alpha\n---${body}`)).toMatchObject({ data: { title: 'Alpha' }, error: null, body: 'Body text\n' });
  });
});

