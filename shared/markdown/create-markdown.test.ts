// @vitest-environment jsdom
// DOMPurify needs a DOM: jsdom sanitizes correctly (happy-dom does not; see TOOLCHAIN.md).
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from './create-markdown';
import { createHtmlSanitizer, type PurifierLike } from './sanitize-policy';

const purify = createDOMPurify(window) as unknown as PurifierLike;
const md = createMarkdown({ sanitize: createHtmlSanitizer(purify), remoteContent: 'https' });

describe('createMarkdown', () => {
  it('renders GFM tables with alignment', () => {
    const html = md.render('| Left | Right |\n| :--- | ----: |\n| a | 1 |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<th style="text-align:left">Left</th>');
    expect(html).toContain('<td style="text-align:right">1</td>');
  });

  it('renders fenced code with its language, highlighted, and escapes it', () => {
    expect(md.render('```ts\nconst a = 1 < 2;\n```\n')).toBe(
      '<pre><code class="language-ts"><span class="hljs-keyword">const</span> a = <span class="hljs-number">1</span> &lt; <span class="hljs-number">2</span>;\n</code></pre>\n',
    );
    // An unknown language stays plain, escaped text.
    expect(md.render('```nosuchlang\n<b>\n```\n')).toBe('<pre><code class="language-nosuchlang">&lt;b&gt;\n</code></pre>\n');
  });

  it('keeps harmless raw HTML and strips scripts, handlers and dangerous URLs', () => {
    const html = md.render(
      [
        '<details><summary>More</summary>Hidden</details>',
        '',
        '<script>alert(1)</script>',
        '<img src="a.png" onerror="alert(2)" alt="A">',
        '<a href="javascript:alert(3)">js</a> <a href="data:text/html,x">data</a>',
        '<iframe src="https://example.com"></iframe><style>body{display:none}</style>',
        '<form action="https://x"><input name="q"></form>',
        '',
        '[md link](javascript:alert(4)) <svg><script>alert(5)</script></svg>',
      ].join('\n'),
    );
    expect(html).toContain('<details><summary>More</summary>Hidden</details>');
    expect(html).toContain('<img src="a.png" alt="A">');
    expect(html).not.toMatch(/<script|onerror|href="javascript:|href="data:|<iframe|<style|<form|<input/i);
    expect(html).toContain('<a>js</a>');
    // markdown-it refuses the javascript: link and leaves it as plain text
    expect(html).toContain('<p>[md link](javascript:alert(4)) </p>');
  });

  it('gives headings unique ids and marks external links', () => {
    const html = md.render('# Hello World\n\n## Hello World\n\n[x](https://example.com) [y](#hello-world)\n');
    expect(html).toContain('<h1 id="hello-world">Hello World</h1>');
    expect(html).toContain('<h2 id="hello-world-1">Hello World</h2>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">x</a>');
    expect(html).toContain('<a href="#hello-world">y</a>');
  });

  it('linkifies bare URLs and strikes through', () => {
    expect(md.render('see https://example.com and ~~old~~')).toContain('<s>old</s>');
    expect(md.render('see https://example.com')).toContain('href="https://example.com"');
  });

  it('keeps inline styles that stay in place and drops those that could cover the app or load', () => {
    const html = md.render(
      [
        '<div style="position:fixed;inset:0;z-index:2147483647;background:white">Your session expired. <a href="https://evil.example">Sign in again</a></div>',
        '<span style="color: red; font-weight: bold">kept</span>',
        '<p style="background-image:url(http://tracker.example/x.png); color: blue">mixed</p>',
        '<p style="top:0;left:0;transform:scale(9)">moved</p>',
        '<p style="width: expression(alert(1)); color: \\75 rl(x)">sneaky</p>',
      ].join('\n'),
    );
    expect(html).toContain('<div>Your session expired.');
    expect(html).not.toMatch(/position|inset|z-index|url\(|transform|expression|\\75/i);
    expect(html).toContain('<span style="color: red; font-weight: bold">kept</span>');
    expect(html).toContain('<p style="color: blue">mixed</p>');
    expect(html).toContain('<p>moved</p>');
  });

  it('lets a post load images over https and from beside it, never over http or from another scheme', () => {
    const html = md.render(
      [
        '![a](https://example.com/a.png) ![b](http://example.com/b.png) ![c](images/c.png) ![d](//example.com/d.png)',
        '',
        '<img src="http://127.0.0.1:9/?reboot=1"><video poster="http://example.com/p.png" src="http://example.com/v.mp4"></video>',
        '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline"><img src="file:///etc/passwd" alt="file">',
        '<table background="http://example.com/t.png"><tr><td>x</td></tr></table>',
      ].join('\n'),
    );
    expect(html).toContain('src="https://example.com/a.png"');
    expect(html).toContain('src="images/c.png"');
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(html).not.toMatch(/http:\/\/|src="\/\/|file:|background=/);
  });

  it('loads nothing remote when the folder blocks remote content', () => {
    const blocked = createMarkdown({ sanitize: createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike, { remoteContent: 'block' }), remoteContent: 'block' });
    const html = blocked.render('![a](https://example.com/a.png) ![c](images/c.png)');
    expect(html).not.toContain('https://example.com/a.png');
    expect(html).toContain('src="images/c.png"');
  });
});
