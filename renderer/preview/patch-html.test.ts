// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { patchHtml } from './patch-html';

const article = (body: string) => `<article class="post">\n<header><h1>T</h1></header>\n<div class="post-body">\n${body}</div>\n</article>\n`;

describe('patchHtml', () => {
  it('gives the same HTML as innerHTML', () => {
    const target = document.createElement('div');
    const versions = [
      article('<p>one</p>\n<p>two</p>\n'),
      article('<p>one</p>\n<p>two!</p>\n<ul><li>x</li></ul>\n'),
      article('<h2 id="a">A</h2>\n<p>two!</p>\n'),
      article(''),
      '<p>no article</p>',
      article('<p>one</p>\n<p>one</p>\n<p>one</p>\n'),
      article('<p>one</p>\n<p>one</p>\n'),
    ];
    for (const html of versions) {
      patchHtml(target, html);
      const expected = document.createElement('div');
      expected.innerHTML = html;
      expect(target.innerHTML).toBe(expected.innerHTML);
    }
  });

  it('keeps unchanged blocks (no re-layout, no image reload)', () => {
    const target = document.createElement('div');
    patchHtml(target, article('<p><img src="a.png" alt=""></p>\n<p>typing</p>\n<p>end</p>\n'));
    const image = target.querySelector('img');
    const end = target.querySelectorAll('p')[2];
    patchHtml(target, article('<p><img src="a.png" alt=""></p>\n<p>typing more</p>\n<p>end</p>\n'));
    expect(target.querySelector('img')).toBe(image);
    expect(target.querySelectorAll('p')[2]).toBe(end);
    expect(target.querySelectorAll('p')[1]!.textContent).toBe('typing more');
  });
});
