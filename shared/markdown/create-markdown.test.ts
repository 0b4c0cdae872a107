// @vitest-environment jsdom
// DOMPurify needs a DOM: jsdom sanitizes correctly (happy-dom does not; see TOOLCHAIN.md).
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from './create-markdown';
import { SANITIZE_CONFIG } from './sanitize-policy';

const purify = createDOMPurify(window);
const md = createMarkdown({ sanitize: (html) => purify.sanitize(html, { ...SANITIZE_CONFIG }) });

describe('createMarkdown', () => {
  it('renders GFM tables with alignment', () => {
    const html = md.render('| Left | Right |\n| :--- | ----: |\n| a | 1 |\n');
    expect(html).toContain('<table>');
    expect(html).toContain('<th style="text-align:left">Left</th>');
    expect(html).toContain('<td style="text-align:right">1</td>');
  });

  it('renders fenced code with its language and escapes it', () => {
    expect(md.render('```ts\nconst a = 1 < 2;\n```\n')).toBe('<pre><code class="language-ts">const a = 1 &lt; 2;\n</code></pre>\n');
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
});
