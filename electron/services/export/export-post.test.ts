import { describe, expect, it } from 'vitest';
import { renderPostDocument } from './export-post';

const POST = `---
title: "Tom & Jerry's <Guide>"
date: 2024-05-01
---

# Intro

| a | b |
|---|---|
| 1 | 2 |

\`\`\`js
console.log("<hi>");
\`\`\`

<script>alert(1)</script>
<img src="x.png" onerror="alert(2)">
<a href="javascript:alert(3)">bad</a>
<iframe src="https://evil.example"></iframe>
`;

describe('renderPostDocument', () => {
  it('makes one standalone page: title, date, body, inlined CSS, no script, no external resource', async () => {
    const { fileName, html } = await renderPostDocument('posts/guide.md', POST, 'Postwright 1.0');
    expect(fileName).toBe('tom-and-jerrys-guide.html');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Tom &amp; Jerry&#39;s &lt;Guide&gt;</title>');
    expect(html).toContain('<h1 class="post-title">Tom &amp; Jerry&#39;s &lt;Guide&gt;</h1>');
    expect(html).toContain('<time datetime="2024-05-01">2024-05-01</time>');
    expect(html).toContain('<th>a</th>');
    // Highlighted, the code still escaped. Trusted Markdown output keeps `&quot;` where DOMPurify writes `"`.
    expect(html).toMatch(/<code class="language-js"><span class="hljs-variable language_">console<\/span>\.<span class="hljs-title function_">log<\/span>\(<span class="hljs-string">(?:"|&quot;)&lt;hi&gt;(?:"|&quot;)<\/span>\);/);
    expect(html).toMatch(/<style>[\s\S]*\.post-body table[\s\S]*<\/style>/);
    expect(html).not.toMatch(/<script|onerror|javascript:|<iframe|<link /i);
    expect(html).toContain('<img src="x.png">');
    // The page's own CSP forbids scripts too (default-src 'none' and no script-src).
    expect(html).toContain(`content="default-src 'none';`);
    expect(html).not.toContain('script-src');
  });

  it('falls back to the file name for a post without a title', async () => {
    expect((await renderPostDocument('notes/2024-01-01-my-day.md', 'Just text', 'x')).fileName).toBe('my-day.html');
  });
});

describe('renderPostDocument without raw HTML (no DOM sanitizer)', () => {
  it('exports plain Markdown with links and images checked against the same rules', async () => {
    const { html } = await renderPostDocument('a.md', '# T\n\n[x](https://example.com) ![i](img/a.png)\n', 'x');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer">x</a>');
    expect(html).toContain('<img src="img/a.png" alt="i">');
  });

  it('removes remote images under the block policy', async () => {
    const { html } = await renderPostDocument('a.md', '![i](https://tracker.example/p.png)\n', 'x', 'block');
    expect(html).not.toContain('tracker.example');
  });
});

describe('renderPostDocument with the post on disk', () => {
  it('embeds images beside the post as data URIs, never one outside the folder, and adds postwright.css', async () => {
    const { mkdir, writeFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tempFolder } = await import('../testing/temp-folder');
    const root = await tempFolder();
    const folder = join(root, 'blog');
    await mkdir(join(folder, 'img'), { recursive: true });
    await writeFile(join(folder, 'img', 'a.png'), Buffer.from([1, 2, 3]));
    await writeFile(join(root, 'secret.png'), Buffer.from([9, 9, 9]));
    await writeFile(join(folder, 'postwright.css'), '.post-title { color: rebeccapurple; }');
    const text = '---\ntitle: T\nauthor: Sam\ntags: [a, b]\n---\n![a](img/a.png) ![s](../secret.png)\n';
    const { html } = await renderPostDocument('post.md', text, 'x', 'https', { folder, postPath: join(folder, 'post.md') });
    expect(html).toContain('src="data:image/png;base64,AQID"');
    expect(html).toContain('src="../secret.png"');
    expect(html).not.toContain('CQkJ');
    expect(html).toContain('rebeccapurple');
    expect(html).toContain('<p class="post-author">Sam</p>');
    expect(html).toContain('<ul class="post-tags"><li>a</li><li>b</li></ul>');
  });
});
