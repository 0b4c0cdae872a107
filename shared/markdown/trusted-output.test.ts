// @vitest-environment jsdom
// The fast path (no DOM sanitizer) must never let through what the sanitizer would remove.
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { createMarkdown, createMarkdownIt } from './create-markdown';
import type { RemoteContentPolicy } from './remote-content';
import { createHtmlSanitizer, type PurifierLike } from './sanitize-policy';
import { needsSanitizer } from './trusted-output';

const mdIt = createMarkdownIt();
const needs = (markdown: string, policy: RemoteContentPolicy = 'https') => needsSanitizer(mdIt.parse(markdown, {}), policy);

function pipelines(policy: RemoteContentPolicy) {
  const sanitize = createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike, { remoteContent: policy });
  let sanitized = 0;
  const counting = (html: string) => {
    sanitized++;
    return sanitize(html);
  };
  return { md: createMarkdown({ sanitize: counting, remoteContent: policy }), sanitized: () => sanitized };
}

describe('needsSanitizer', () => {
  it('lets plain Markdown skip the sanitizer', () => {
    expect(needs('# Title\n\nText *em* `code` [link](https://x.example/a) [rel](other.md) ![a](a.png)\n\n| a |\n|---|\n| 1 |\n\n```js\n<script>\n```\n')).toBe(false);
  });

  it('sends raw HTML with an attribute the fast path cannot read for sure, or an unknown tag, to the sanitizer', () => {
    for (const html of [
      '<img src=x onerror=alert(1)>',
      'text <span onclick=x()>a</span>',
      '<span id="location">a</span>',
      '<a href="x" target="_blank">a</a>',
      '<a href="java&#115;cript:alert(1)">a</a>',
      '<img src=" x.png">',
      '<script>alert(1)</script>',
      '<div style=position:fixed>x</div>',
      '<a href="javascript:alert(1)">x</a>',
      'a <b class=x>b</b>',
      '<svg><script>alert(1)</script></svg>',
      '<kbd>unclosed',
      'a </kbd> b',
      '<details>\n<summary>S<img src=x onerror=alert(1)></summary>\n\nx\n\n</details>',
      '<!-- a --!> <img src=x onerror=alert(1)> -->',
      '<!--> <img src=x onerror=alert(1)> -->',
      '<style>body{display:none}</style>',
      '<iframe src="https://evil.example"></iframe>',
    ]) {
      expect(needs(html), html).toBe(true);
    }
  });

  it('drops quoted handlers and unsafe styles itself, as DOMPurify would', () => {
    expect(needs('text <span onclick="x()">a</span>')).toBe(false);
    expect(needs('<div style="position:fixed">x</div>')).toBe(false);
    expect(needs('<p>Pasted <img src="x.png" alt="a" onerror="alert(1)"></p>')).toBe(false);
  });

  it('lets attribute-free harmless tags and comments through, balanced', () => {
    expect(needs('Press <kbd>Ctrl</kbd>+<kbd>C</kbd>. H<sub>2</sub>O\n')).toBe(false);
    expect(needs('<details>\n<summary>More</summary>\n\nBody *text*\n\n</details>\n')).toBe(false);
    expect(needs('Intro\n\n<!--more-->\n\nRest\n')).toBe(false);
  });

  it('sends links the sanitizer would strip to it (other schemes)', () => {
    expect(needs('[f](ftp://example.com/x)')).toBe(true);
    expect(needs('[t](tel:123)')).toBe(true);
    expect(needs('<ftp://example.com/x>')).toBe(true);
    expect(needs('[m](mailto:a@b.example)')).toBe(false);
  });

  it('vouches only for token types it knows: math, footnotes, alerts and task lists go to the sanitizer', () => {
    expect(needs('Inline $x^2$ math')).toBe(true);
    expect(needs('$$\nx\n$$\n')).toBe(true);
    expect(needs('```math\nx^2\n```\n')).toBe(true);
    expect(needs('Text[^1]\n\n[^1]: The note.\n')).toBe(true);
    expect(needs('> [!NOTE]\n> Careful.\n')).toBe(true);
    expect(needs('- [ ] todo\n')).toBe(true);
    expect(needs('```js\nconst a = "<b>";\n```\n')).toBe(false);
  });

  it('holds images to the remote-content policy', () => {
    expect(needs('![a](https://example.com/a.png)', 'https')).toBe(false);
    expect(needs('![a](https://example.com/a.png)', 'block')).toBe(true);
    expect(needs('![a](http://example.com/a.png)', 'https')).toBe(true);
    expect(needs('![a](//example.com/a.png)', 'https')).toBe(true);
    expect(needs('![a](data:image/png;base64,AAAA)', 'https')).toBe(false);
  });
});

describe('createMarkdown with the fast path', () => {
  const hostile = [
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](java\tscript:alert(1))',
    '[x](&#106;avascript:alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD4=)',
    '![x](data:image/svg+xml;base64,PHN2Zz4=)',
    '![x](data:text/html,<script>alert(1)</script>)',
    '![x" onerror="alert(1)](a.png)',
    '[x](a.png "t\\" onmouseover=\\"alert(1)")',
    '![a](a.png "x\\" onerror=\\"alert(1)")',
    '```js" onmouseover="alert(1)\ncode\n```',
    '# Heading <img src=x onerror=alert(1)>',
    'x <img src=x onerror=alert(1)> y',
    '<https://example.com/"onmouseover="alert(1)>',
    'https://example.com/"><script>alert(1)</script>',
  ];

  it('never emits a script, a handler or a dangerous URL, fast path or not', () => {
    const { md } = pipelines('https');
    for (const source of hostile) {
      const container = document.createElement('div');
      container.innerHTML = md.render(source);
      for (const element of container.querySelectorAll('*')) {
        expect(element.tagName.toLowerCase(), source).not.toMatch(/^(script|iframe|object|embed|style|svg)$/);
        for (const attribute of element.attributes) {
          expect(attribute.name, source).not.toMatch(/^on/i);
          if (['href', 'src'].includes(attribute.name)) expect(attribute.value.replace(/\s/g, ''), source).not.toMatch(/^(javascript|vbscript|data:text|data:image\/svg)/i);
        }
      }
    }
  });

  it('renders a safe post exactly as the sanitizer would keep it, without calling it', () => {
    const { md, sanitized } = pipelines('https');
    const source = '# A\n\nText [l](https://example.com) ![i](i.png)\n\n- one\n- two\n\n> quote\n\n```ts\nlet a = 1 < 2;\n```\n';
    const html = md.render(source);
    expect(sanitized()).toBe(0);
    const sanitize = createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike, { remoteContent: 'https' });
    expect(html).toBe(sanitize(html));
  });

  it('sanitizes a post with raw HTML, and removes remote images under block', () => {
    const https = pipelines('https');
    // Unquoted values are beyond the fast path's reader (raw-html-filter.ts): DOMPurify decides.
    expect(https.md.render('<img src=a.png onerror=alert(1)>')).toBe('<img src="a.png">');
    expect(https.sanitized()).toBe(1);
    // Quoted, the fast path drops the handler itself, as DOMPurify does.
    expect(https.md.render('<img src="a.png" onerror="alert(1)">')).toBe('<img src="a.png">');
    expect(https.sanitized()).toBe(1);
    const block = pipelines('block');
    expect(block.md.render('![a](https://example.com/a.png)')).not.toContain('example.com');
    expect(block.sanitized()).toBe(1);
  });
});

describe('sanitizing only the runs that need it', () => {
  it('sends only the hostile block through the sanitizer and keeps the rest as markdown-it wrote it', () => {
    const calls: string[] = [];
    const sanitize = createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike, { remoteContent: 'https' });
    const md = createMarkdown({ sanitize: (html) => (calls.push(html), sanitize(html)), remoteContent: 'https' });
    // An `id` needs DOMPurify's clobbering check (is it a property of document?): not the fast path's.
    const html = md.render('# Title\n\nSafe "text".\n\n<p>Pasted <img src="x.png" id="pasted" onerror="alert(1)"></p>\n\nAfter.\n');
    expect(calls).toEqual(['<p>Pasted <img src="x.png" id="pasted" onerror="alert(1)"></p>\n']);
    expect(html).toBe('<h1 id="title">Title</h1>\n<p>Safe &quot;text&quot;.</p>\n<p>Pasted <img src="x.png" id="pasted"></p>\n<p>After.</p>\n');
  });

  it('keeps a raw wrapper and the Markdown inside it in one run, so the structure survives', () => {
    const calls: string[] = [];
    const sanitize = createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike, { remoteContent: 'https' });
    const md = createMarkdown({ sanitize: (html) => (calls.push(html), sanitize(html)), remoteContent: 'https' });
    // data- attributes are not the policy's: DOMPurify removes this one.
    const html = md.render('<div class="note" data-kind="x">\n\n*Inside*\n\n</div>\n\nOutside\n');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toContain('<em>Inside</em>');
    expect(html).toBe('<div class="note">\n<p><em>Inside</em></p>\n</div>\n<p>Outside</p>\n');
  });

  it('cannot be made to leave a run open: an unclosed raw tag swallows the rest into the sanitizer', () => {
    const { md } = pipelines('https');
    const html = md.render('<div>\n\n[x](https://ok.example)\n\n<img src=x onerror=alert(1)>\n');
    expect(html).not.toContain('onerror');
    const container = document.createElement('div');
    container.innerHTML = md.render('<textarea>\n\n</textarea><img src=x onerror=alert(1)>\n\nx');
    expect(container.querySelector('[onerror], textarea')).toBeNull();
  });
});
