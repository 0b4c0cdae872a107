import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../markdown/create-markdown';
import { renderArticle } from './render-article';

// Sanitizing has its own tests (create-markdown.test.ts); here the article around the body.
const md = createMarkdown({ sanitize: (html) => html });

describe('renderArticle', () => {
  it('heads the article with the front matter title and date', () => {
    const article = renderArticle(md, '---\ntitle: Fish & Chips\ndate: 2024-05-01T10:00:00Z\n---\nBody\n', 'a.md');
    expect(article.html).toBe(
      '<article class="post">\n<header class="post-header">\n<h1 class="post-title">Fish &amp; Chips</h1>\n' +
        '<p class="post-date"><time datetime="2024-05-01">2024-05-01</time></p></header>\n' +
        '<div class="post-body">\n<p>Body</p>\n</div>\n</article>\n',
    );
    expect(article.title).toBe('Fish & Chips');
  });

  it('does not show a title taken from the body heading twice', () => {
    const article = renderArticle(md, '# From the Heading\n\nText\n', 'a.md');
    expect(article.title).toBe('From the Heading');
    expect(article.html.match(/From the Heading/g)).toHaveLength(1);
    expect(article.html).not.toContain('<header');
  });

  it('shows a title made from the file name, which the body does not have', () => {
    const article = renderArticle(md, 'Just text.\n', 'posts/2024-01-01-a-quiet-day.md');
    expect(article.html).toContain('<h1 class="post-title">A quiet day</h1>');
  });

  it('reports malformed front matter and still renders the whole text after it', () => {
    const article = renderArticle(md, '---\ntitle: [oops\n---\nStill here\n', 'a.md');
    expect(article.warning).toMatch(/^The YAML front matter could not be read: .*[^:]$/);
    expect(article.html).toContain('<p>Still here</p>');
  });
});
