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
    // Highlighted (hljs classes kept by the sanitizer), the code still escaped.
    expect(html).toContain('<code class="language-js"><span class="hljs-variable language_">console</span>.<span class="hljs-title function_">log</span>(<span class="hljs-string">"&lt;hi&gt;"</span>);');
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
