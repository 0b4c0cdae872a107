// @vitest-environment jsdom
// Each content plugin through the whole factory and the real sanitizer policy (DOMPurify on jsdom).
import createDOMPurify from 'dompurify';
import { describe, expect, it } from 'vitest';
import { withSourceLine } from '../block-renderer';
import { createMarkdown } from '../create-markdown';
import { createHtmlSanitizer, type PurifierLike } from '../sanitize-policy';

const sanitize = createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike);
const md = createMarkdown({ sanitize });

describe('content plugins, through the sanitizer', () => {
  it('renders GFM task lists as labelled boxes, not form controls', () => {
    const html = md.render('- [ ] write\n- [x] edit\n- plain\n');
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toContain('<li class="task-list-item"><span class="task-checkbox" role="img" aria-label="not done"></span> write</li>');
    expect(html).toContain('<span class="task-checkbox checked" role="img" aria-label="done"></span> edit');
    expect(html).toContain('<li>plain</li>');
    expect(html).not.toContain('<input');
  });

  it('renders footnotes with a numbered section at the end', () => {
    const html = md.render('Text[^note].\n\n[^note]: The note.\n');
    expect(html).toMatch(/<sup class="footnote-ref"><a href="#fn1" id="fnref1">\[1\]<\/a><\/sup>/);
    expect(html).toContain('<section class="footnotes">');
    expect(html).toContain('The note.');
  });

  it('renders GitHub alerts as titled boxes', () => {
    const html = md.render('> [!WARNING]\n> Mind the gap.\n');
    expect(html).toContain('<div class="markdown-alert markdown-alert-warning">');
    expect(html).toContain('<p class="markdown-alert-title">Warning</p>');
    expect(html).toContain('Mind the gap.');
  });

  it('takes {#id} on headings only, and only as an id', () => {
    const html = md.render('## Setup {#install-step}\n\nText {#not-an-id}\n\n## Other {onclick=alert(1)}\n');
    expect(html).toContain('<h2 id="install-step">Setup</h2>');
    expect(html).toContain('<p>Text {#not-an-id}</p>');
    expect(html).toMatch(/<h2 id="[a-z0-9-]+">Other {onclick=alert\(1\)}<\/h2>/); // text, not an attribute
  });

  it('shows Hugo and Jekyll shortcodes as labelled boxes', () => {
    const html = md.render('{{< youtube id="abc" >}}\n\nSee {{% ref "post.md" %}} and {% include note.html %}.\n');
    expect(html).toContain('<div class="shortcode shortcode-block" title="{{&lt; youtube id=&quot;abc&quot; &gt;}}"><span class="shortcode-label">Hugo shortcode · youtube</span><code>{{&lt; youtube id="abc" &gt;}}</code></div>');
    expect(html).toContain('<span class="shortcode-label">Hugo shortcode · ref</span>');
    expect(html).toContain('<span class="shortcode-label">Liquid tag · include</span>');
    expect(html).not.toContain('{{&lt; youtube id="abc" &gt;}}</p>');
  });

  it('reads a Hugo ref or relref shortcode as the destination of a link', () => {
    const html = md.render(
      'See [the trip]({{< ref "posts/trip/index.md" >}}), [part two]({{% relref "/posts/second#setup" %}}), ' +
        '[named]({{< ref path="other.md" lang="en" >}}) and ![map]({{< relref "map.png" >}}).\n\n[later]: {{< ref "later.md" >}}\n\n[Later][later]\n',
    );
    expect(html).toContain('<a href="posts/trip/index.md">the trip</a>');
    expect(html).toContain('<a href="/posts/second#setup">part two</a>');
    expect(html).toContain('<a href="other.md">named</a>');
    expect(html).toContain('<img src="map.png" alt="map">');
    expect(html).toContain('<a href="later.md">Later</a>');
    // Anything else in braces is still no destination: the text stays, the shortcode shows as a box.
    const other = md.render('[x]({{< youtube abc >}}) and [y]({{< ref "unclosed" ))\n');
    expect(other).not.toContain('href');
    expect(other).toContain('Hugo shortcode · youtube');
  });

  it('keeps MathML from KaTeX, with trust off', () => {
    const html = md.render('Euler: $e^{i\\pi} + 1 = 0$\n\n$$\n\\frac{a}{b}\n$$\n\n$\\href{javascript:alert(1)}{x}$\n');
    expect(html).toContain('<math');
    expect(html).toContain('<mfrac>');
    // The TeX source is not printed after the formula (KaTeX's annotation is taken out).
    expect(html).not.toContain('\\frac{a}{b}');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML" display="block">');
    expect(html).toContain('<mi>e</mi>');
    // \\href is refused (shown as an error in red), so nothing links anywhere.
    expect(html).toContain('<mtext>\\href</mtext>');
    expect(html).not.toMatch(/href=|<a /);
  });

  it('keeps highlight classes and the source-line stamp, and drops other data attributes', () => {
    const html = sanitize(withSourceLine('<pre><code class="language-js"><span class="hljs-keyword">let</span></code></pre>', 12) + '<p data-x="1">y</p>');
    expect(html).toBe('<pre data-source-line="12"><code class="language-js"><span class="hljs-keyword">let</span></code></pre><p>y</p>');
  });

  it('prefixes ids and names in the preview, so a post cannot shadow the page’s globals', () => {
    const preview = createHtmlSanitizer(createDOMPurify(window) as unknown as PurifierLike, { prefixIds: true });
    expect(preview('<h2 id="config">C</h2><a name="location">x</a>')).toBe('<h2 id="user-content-config">C</h2><a name="user-content-location">x</a>');
  });

  it('leaves a mermaid fence as its source for the preview to draw', () => {
    expect(md.render('```mermaid\ngraph TD; A-->B\n```\n')).toBe('<pre class="mermaid-source"><code class="language-mermaid">graph TD; A--&gt;B\n</code></pre>\n');
  });
});
