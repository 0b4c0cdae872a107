import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createMarkdownIt } from '../create-markdown';
import { linkifyPrecheck } from './linkify-precheck';

const plain = new MarkdownIt({ linkify: true }).linkify;
const checked = new MarkdownIt({ linkify: true });
linkifyPrecheck(checked);

// Pieces links are made of, and pieces of prose around them.
const PIECES = [
  'http:', 'HTTPS:', 'https://', 'ftp:', '//', 'mailto:', 'MailTo:', '@', 'localhost', 'LOCALHOST', 'www.', 'WWW.', '.', '..', 'com', 'org',
  'io', 'md', 'рф', 'xn--p1ai', 'xn--', '1', '192', '.168.', '0', ' ', '\n', 'a', 'Z', 'example', 'user', '-', '_', '>', '<', '｜', ':', '/',
  '"', '(', ')', 'é', '中文', 'é.fr', '…', '\u00a0', '\u3000', ',', ';', '!', '?', '#', '%20', 'e.g.', 'v1.2', '*', '`', '[', ']',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));

describe('linkifyPrecheck', () => {
  it('answers as linkify-it does, for pretest and test', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.string({ unit: 'binary', maxLength: 12 })), (sample) => {
        expect(checked.linkify.pretest(sample)).toBe(plain.pretest(sample));
        expect(checked.linkify.test(sample)).toBe(plain.test(sample));
      }),
      { numRuns: 20_000 },
    );
  });

  it('renders the same HTML as markdown-it without it', () => {
    const without = new MarkdownIt({ linkify: true });
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (lines) => {
        const source = lines.join('\n\n');
        expect(checked.render(source)).toBe(without.render(source));
      }),
      { numRuns: 3_000 },
    );
  });

  it('covers every schema linkify-it is set up with (add a new one to MAY_HOLD_LINK)', () => {
    const compiled = Object.keys((createMarkdownIt().linkify as unknown as { __compiled__: Record<string, unknown> }).__compiled__).filter(Boolean);
    expect(compiled.sort()).toEqual(['//', 'ftp:', 'http:', 'https:', 'mailto:']);
  });

  it('still finds links in prose: bare URLs, www hosts, domains, e-mail', () => {
    const html = createMarkdownIt().render('See https://example.com/a, www.example.org, example.io or sam@example.net.');
    expect(html.match(/<a /g)).toHaveLength(4);
  });
});
