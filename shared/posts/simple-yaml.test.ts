import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { readSimpleYaml } from './simple-yaml';

/** What js-yaml says: the value, or that it throws. */
function jsYaml(raw: string): { value: unknown } | { error: true } {
  try {
    return { value: load(raw, { schema: CORE_SCHEMA }) };
  } catch {
    return { error: true };
  }
}

/** readSimpleYaml either declines or agrees with js-yaml exactly (types, -0, key order). */
function expectAgrees(raw: string): boolean {
  const fast = readSimpleYaml(raw);
  if (fast === undefined) return false;
  const slow = jsYaml(raw);
  expect(slow, raw).toHaveProperty('value');
  const value = (slow as { value: unknown }).value;
  expect(fast, raw).toStrictEqual(value);
  expect(Object.keys(fast), raw).toEqual(Object.keys(value as object));
  return true;
}

const READ = [
  'title: Year quick robust careful\ndate: 2024-09-23T21:55:00+02:00\ntags: [eleventy, git, sqlite]\nauthor: Kim Lee\n',
  'title: "Writing: On by error commit"\ndate: 2024-03-05\ntags: [css, accessibility]\ncategories: [databases]\n',
  "title: 'a \\ backslash'\n",
  'title: Café naïve — 日本語 😀\n',
  'date: 2024-06-01 10:00:00 +0200\ndraft: true\npublished: False\nweight: 10\nneg: -3\nzero: 0\nnothing: ~\nalso: null\nempty:\n',
  'tags:\n  - one\n  - "two words"\n  - 3\n  - true\n',
  'tags:\n- a\n- b\ntitle: After\n',
  '# a comment line\ntitle: x\n\n\ntags: []\n',
  'title: Foo [draft] {x}, and more!\nlayout: post\n',
  'title: "  spaced  "\nsub: \'\'\nlist: ["a", \'b\', c d]\n',
  'last-modified: 2024-01-01\nsnake_key: v   \n',
  'constructor: x\ntoString: y\n',
  'big: 123456789012345\nneg: -12\n',
];

const DECLINED = [
  '', // empty: js-yaml says undefined
  '# only a comment\n',
  'title: Foo # trailing comment\n',
  'title: a: b\n', // invalid YAML
  'title: x\ntitle: y\n', // duplicate key: js-yaml's own message
  '__proto__: x\n',
  'title: "esc\\"aped"\n',
  "title: 'it''s'\n",
  'title: |\n  block\n',
  'title: >\n  folded\n',
  'title: &a x\nother: *a\n',
  'title: !!str 5\n',
  'title: x\r\ndate: y\r\n',
  'nested:\n  a: b\n',
  'title: first line\n  continued\n',
  'tags: [a, [b]]\n',
  'tags: [a, b,]\n',
  'tags: ["a, b"]\n',
  'tags: [a] # c\n',
  'tags:\n  - a\n # c\n  - b\n',
  'tags:\n  - a\n    - b\n',
  'tags:\n  -\n',
  'tags:\n  - a: b\n',
  '  title: indented\n',
  'title:\tx\n',
  'weight: 010\n',
  'ratio: 1.5\n',
  'n: 0x1F\n',
  'inf: .inf\n',
  'plus: +1\n',
  'negzero: -0\n', // js-yaml says 0, not -0
  'title: He said "hi"\n',
  'title: `code`\n',
  'ctl: a\u0001b\n',
  'lone: \uD800x\n',
  'bom: \uFEFFx\n',
  '- a\n- b\n',
  'just a scalar\n',
  '"quoted": key\n',
  'title: "unclosed\n',
];

describe('readSimpleYaml', () => {
  it.each(READ)('reads %j exactly as js-yaml does', (raw) => {
    expect(expectAgrees(raw)).toBe(true);
  });

  it.each(DECLINED)('leaves %j to js-yaml', (raw) => {
    expect(readSimpleYaml(raw)).toBeUndefined();
  });

  it('agrees with js-yaml on thousands of generated front matters, or declines', () => {
    // Pieces of real front matter, recombined: every result the fast reader gives must be js-yaml's.
    const keys = ['title', 'date', 'tags', 'draft', 'author', 'weight', 'x-y', 'title'];
    const values = [
      'Plain words', '"Quoted: colon"', "'single'", '2024-05-01', '2024-05-01T10:00:00Z', '2024-05-01 10:00:00 +0200',
      'true', 'False', '~', 'null', '12', '-7', '012', '1.5', '.nan', '[a, b]', '[]', '["x", 2, true]', '[a b, c]', 'a # c',
      'a: b', '', '|', '"x\\ty"', 'yes', 'No', 'on', 'Ünïcödé', '日本', '😀 emoji', 'x ', '[ a , b ]', "''", '""', '- a',
    ];
    const tails = ['', '\n  - item', '\n- item\n- 2', '\n  - a\n  - b', '\n  nested: 1', '\n    - deep', '\n# comment', '\n\n'];
    let seed = 12345;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let agreed = 0;
    for (let i = 0; i < 3000; i++) {
      const lines: string[] = [];
      const count = 1 + next(5);
      for (let j = 0; j < count; j++) {
        const value = values[next(values.length)]!;
        lines.push(`${keys[next(keys.length)]}:${value === '' ? '' : ' '}${value}${value === '' ? tails[next(tails.length)] : ''}`);
      }
      if (expectAgrees(`${lines.join('\n')}\n`)) agreed++;
    }
    // Most generated blocks are of the simple kind: the fast path really ran, not only declined.
    expect(agreed).toBeGreaterThan(300);
  });
});
