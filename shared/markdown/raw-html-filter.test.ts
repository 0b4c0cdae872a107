// @vitest-environment jsdom
// Differential: the fast path's own reading of raw HTML (raw-html-filter.ts) against DOMPurify
// with the one policy, on hostile and ordinary raw HTML. Same DOM, or it must give up.
import createDOMPurify from 'dompurify';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMarkdown, createMarkdownIt } from './create-markdown';
import { filterRawHtml, type OpenTag } from './raw-html-filter';
import type { RemoteContentPolicy } from './remote-content';
import { topLevelRuns } from './sanitize-parts';
import { createHtmlSanitizer, type PurifierLike } from './sanitize-policy';

const sanitizers = new Map<RemoteContentPolicy, (html: string) => string>();
function domPurify(policy: RemoteContentPolicy): (html: string) => string {
  let sanitize = sanitizers.get(policy);
  if (!sanitize) sanitizers.set(policy, (sanitize = createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike, { remoteContent: policy })));
  return sanitize;
}

/** The DOM an HTML fragment parses to, written out with attributes sorted: equal DOMs, equal strings. */
function canonical(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
  const walk = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return JSON.stringify(node.textContent);
    if (node.nodeType === Node.COMMENT_NODE) return `<!--${node.textContent}-->`;
    const element = node as Element;
    const attributes = [...element.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).sort().join('');
    return `<${element.localName}${attributes}>${[...element.childNodes].map(walk).join('')}</${element.localName}>`;
  };
  // Whitespace between top-level blocks renders as nothing; how much of it survives a removed
  // element differs between sanitizing a run and sanitizing the whole body.
  return [...template.content.childNodes].filter((node) => node.nodeType !== Node.TEXT_NODE || node.textContent!.trim() !== '').map(walk).join('');
}

const mdIt = createMarkdownIt();

/**
 * Both pipelines on one body: the export's (fast path, DOMPurify only on the runs where it gives
 * up) and DOMPurify on every run (sanitize-parts.ts splits the body into runs either way).
 */
function both(markdown: string, policy: RemoteContentPolicy = 'https') {
  let sanitized = 0;
  const sanitize = domPurify(policy);
  const fast = createMarkdown({ sanitize: (html) => (sanitized++, sanitize(html)), remoteContent: policy }).render(markdown);
  const tokens = mdIt.parse(markdown, {});
  const whole = topLevelRuns(tokens).map(([start, end]) => sanitize(mdIt.renderer.render(tokens.slice(start, end), mdIt.options, {}))).join('');
  return { fast, whole, usedDomPurify: sanitized > 0 };
}

describe('filterRawHtml', () => {
  const filter = (html: string, policy: RemoteContentPolicy = 'https') => {
    const stack: OpenTag[] = [];
    const out = filterRawHtml(html, 0, stack, policy);
    return out === null || stack.length > 0 ? null : out;
  };

  it('drops handlers and keeps what the policy keeps', () => {
    expect(filter('<p>Pasted <img src="x.png" alt="pasted" onerror="alert(1)"></p>')).toBe('<p>Pasted <img src="x.png" alt="pasted"></p>');
    expect(filter("<a href='https://example.com' title='t' onclick='x()'>a</a>")).toBe('<a href="https://example.com" title="t">a</a>');
    expect(filter('<span style="color: red; position: fixed">a</span>')).toBe('<span style="color: red">a</span>');
    expect(filter('<span style="position: fixed">a</span>')).toBe('<span>a</span>');
    expect(filter('<details open>\n<summary>More</summary>')).toBeNull(); // left open: the run decides
    expect(filter('<kbd>Ctrl</kbd> &amp; <kbd>C</kbd>')).toBe('<kbd>Ctrl</kbd> &amp; <kbd>C</kbd>');
  });

  it('gives up on what it cannot be sure of', () => {
    for (const html of [
      '<img src=x onerror=alert(1)>', // unquoted
      '<a href="javascript:alert(1)">x</a>',
      '<a href="java&#115;cript:alert(1)">x</a>', // an entity could hide a scheme
      '<a href="jav\tascript:alert(1)">x</a>',
      '<img src="http://192.168.0.1/x.png">', // plain http: the remote-content policy decides
      '<img src="//evil.example/x.png">',
      '<img src="data:image/svg+xml,x">',
      '<span id="location">x</span>',
      '<span name="config">x</span>',
      '<img src="a.png" src="b.png">',
      '<img srcset="a.png 2x">',
      '<a href="x" target="_blank">x</a>',
      '<span data-x="1">x</span>',
      '<span title=" padded ">x</span>',
      '<span/>',
      '<svg><script>alert(1)</script></svg>',
      '<textarea></textarea><img src=x onerror=alert(1)>',
      '<style>p{}</style>',
      '<table><tr><td>x</td></tr></table>',
      'a < b <kbd>x</kbd>',
      '<!-- a --><kbd>x</kbd>',
      '</kbd>',
    ]) {
      expect(filter(html), html).toBeNull();
    }
    expect(filter('<img src="https://example.com/a.png">', 'block')).toBeNull();
  });
});

describe('fast path and DOMPurify give the same DOM', () => {
  it('on the raw HTML posts hold, hostile or not, without calling DOMPurify', () => {
    for (const markdown of [
      '<p>Pasted from elsewhere: <img src="x.png" alt="pasted" onerror="alert(1)"></p>\n',
      'Some text <img src="x.png" alt="a b" onerror="alert(1)" onload="x()"> more.\n',
      'Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, <span style="color: #c00; position: fixed; top: 0">red</span>.\n',
      '<details open>\n<summary>More</summary>\n\nBody *text* [link](https://example.com)\n\n</details>\n',
      '<div class="note" title="Note" onmouseover="steal()">\n\n*Inside*\n\n</div>\n',
      '<a href="https://example.com/x?a=1" onclick="x()">raw link</a> and <a href="#setup">anchor</a>\n',
      '<p dir="rtl" lang="ar">نص</p>\n',
      '<img src="images/a.png" width="300" height="200" alt="" onerror="alert(1)">\n',
      'Intro\n\n<!--more-->\n\nRest\n',
    ]) {
      const { fast, whole, usedDomPurify } = both(markdown);
      expect(usedDomPurify, markdown).toBe(false);
      expect(canonical(fast), markdown).toBe(canonical(whole));
    }
  });

  // Pieces of raw HTML, hostile ones among them, put together at random: inline in paragraphs
  // and as blocks, nested, with every quoting the grammar has and some it does not.
  const tagName = fc.constantFrom('p', 'div', 'span', 'kbd', 'a', 'img', 'b', 'details', 'summary', 'br', 'script', 'iframe', 'svg', 'style', 'textarea', 'td', 'form', 'SPAN', 'Img');
  const attributeName = fc.constantFrom('onerror', 'onclick', 'ONLOAD', 'style', 'href', 'src', 'title', 'class', 'alt', 'id', 'name', 'lang', 'dir', 'width', 'open', 'target', 'data-x', 'srcset', 'formaction', 'xlink:href', 'is');
  const attributeValue = fc.constantFrom(
    'alert(1)', 'x.png', 'https://example.com/a.png', 'http://127.0.0.1:9/x', '//evil.example/x', 'javascript:alert(1)',
    'JaVaScRiPt:alert(1)', 'java&#115;cript:alert(1)', 'data:image/png;base64,AAAA', 'data:text/html,x', 'color: red',
    'position: fixed; inset: 0', 'background: url(https://evil.example/x)', 'color: red; position: fixed', 'location',
    'config', 'Note', '', ' spaced ', 'a"b', "a'b", 'a>b', 'rtl', '100', 'x:y', '#setup', 'mailto:a@b.example', 'tel:1',
  );
  const quoting = fc.constantFrom('"', "'", '', 'none');
  const attribute = fc.tuple(attributeName, attributeValue, quoting, fc.constantFrom(' ', '\n', '  ')).map(([name, value, quote, space]) =>
    quote === 'none' ? `${space}${name}` : `${space}${name}=${quote}${value}${quote}`,
  );
  const openTag = fc.tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', ' >', '/>')).map(([name, attributes, end]) => [name, `<${name}${attributes.join('')}${end}`] as const);
  const text = fc.constantFrom('text', 'a &amp; b', 'x < y', '*em*', '[l](https://example.com)', '', ' ', 'café');
  const rawHtml = fc.tuple(openTag, text, fc.boolean()).map(([[name, open], inner, close]) => `${open}${inner}${close ? `</${name}>` : ''}`);
  const block = fc.oneof(
    rawHtml.map((html) => `${html}\n`),
    fc.tuple(text, rawHtml, text).map(([a, html, b]) => `Some ${a} ${html} ${b}.\n`),
    fc.tuple(rawHtml, rawHtml).map(([a, b]) => `${a}\n\nMarkdown *inside* [x](https://example.com)\n\n${b}\n`),
    fc.constantFrom('## Setup\n', 'Plain paragraph.\n', '- item <kbd>K</kbd>\n- two\n', '```js\nlet a = "<b>";\n```\n', '</div>\n', '</details>\n', '<!-- c -->\n', '> quote <b>b</b>\n'),
  );
  const body = fc.array(block, { minLength: 1, maxLength: 5 }).map((blocks) => blocks.join('\n'));

  it('on random mixes of hostile raw HTML (property)', () => {
    fc.assert(
      fc.property(body, fc.constantFrom<RemoteContentPolicy>('https', 'block'), (markdown, policy) => {
        const { fast, whole } = both(markdown, policy);
        expect(canonical(fast)).toBe(canonical(whole));
      }),
      { numRuns: 400, seed: 20261204 },
    );
  });
});
