// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlockRenderer, withSourceLine } from '../../shared/markdown/block-renderer';
import { createMarkdown } from '../../shared/markdown/create-markdown';
import { BlockDom, CHUNK_BLOCKS, CHUNK_CLASS } from './block-dom';

const markdown = createMarkdown({ sanitize: (html) => html });
/** The sanitizer is not what this tests: the page's DOMPurify runs in the browser e2e specs. */
const passThrough = (html: string) => html;

/** Block pieces that stay whole blocks on their own (no raw HTML left open across blocks). */
const PIECES = [
  '# Intro\n', '## Setup {#setup}\n', 'Setext heading\n---\n', 'Plain paragraph with *emphasis* and `code`.\n', 'a lazy\ncontinuation line\n',
  '- item one\n- item two\n', '1. first\n2. second\n', '    indented code\n', '```ts\nconst a = 1;\n```\n', '> quote\n> more\n',
  '| a | b |\n| - | - |\n| 1 | 2 |\n', '---\n', '![pic](a.png)\n', '- [ ] task\n', '\n', '\n\n', 'x', '-', '>',
];
const piece = fc.constantFrom(...PIECES);
/** An edit: a keystroke-sized one, or a paste of many blocks. */
const editArb = fc.record({
  at: fc.nat(),
  length: fc.oneof(fc.nat({ max: 40 }), fc.nat({ max: 4000 })),
  insert: fc.oneof(piece, fc.constant(''), fc.array(piece, { minLength: 20, maxLength: 200 }).map((parts) => parts.join('\n'))),
});

function applyEdit(text: string, edit: { at: number; length: number; insert: string }): string {
  const at = text.length === 0 ? 0 : edit.at % (text.length + 1);
  return text.slice(0, at) + edit.insert + text.slice(Math.min(text.length, at + edit.length));
}

/** The body as if it had no chunks: what setting the whole render as innerHTML gives. */
function unchunked(body: HTMLElement): string {
  const copy = body.cloneNode(true) as HTMLElement;
  for (const chunk of Array.from(copy.querySelectorAll(`.${CHUNK_CLASS}`))) chunk.replaceWith(...Array.from(chunk.childNodes));
  return copy.innerHTML;
}

function expected(renderer: BlockRenderer): string {
  const template = document.createElement('template');
  template.innerHTML = renderer.current.map((block) => withSourceLine(block.html, block.start)).join('');
  return template.innerHTML;
}

function checkChunks(body: HTMLElement): void {
  for (const child of Array.from(body.childNodes)) {
    expect((child as Element).classList?.contains(CHUNK_CLASS)).toBe(true); // blocks live only in chunks
    expect(child.childNodes.length).toBeGreaterThan(0); // no empty chunk is left behind
    expect(child.childNodes.length).toBeLessThanOrEqual(CHUNK_BLOCKS * 2 * 4 + CHUNK_BLOCKS / 2);
  }
}

describe('BlockDom', () => {
  it('after any edits its blocks, taken out of their chunks, are the whole render, and chunks stay bounded', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), (parts, edits) => {
        const body = document.createElement('div');
        const renderer = new BlockRenderer(markdown.engine);
        const dom = new BlockDom(body, () => 0);
        let text = parts.join('\n');
        dom.apply(renderer.update(text), passThrough);
        expect(unchunked(body)).toBe(expected(renderer));
        checkChunks(body);
        for (const edit of edits) {
          text = applyEdit(text, edit);
          dom.apply(renderer.update(text), passThrough);
          expect(unchunked(body)).toBe(expected(renderer));
          checkChunks(body);
          const map = dom.lineMap();
          expect(map.every((entry) => entry.element === null || body.contains(entry.element))).toBe(true);
        }
      }),
      { numRuns: 120, seed: 20261204 },
    );
  });

  it('a long post is split into chunks of CHUNK_BLOCKS blocks, and typing at its end grows only the last', () => {
    const body = document.createElement('div');
    const renderer = new BlockRenderer(markdown.engine);
    const dom = new BlockDom(body, () => 0);
    let text = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i}.\n`).join('\n');
    dom.apply(renderer.update(text), passThrough);
    expect(body.children).toHaveLength(Math.ceil(1000 / CHUNK_BLOCKS));
    const first = body.firstElementChild;
    const size = (first as HTMLElement).style.containIntrinsicSize;
    expect(size).toMatch(/^auto \d+em$/); // an estimate for a chunk never laid out
    text += '\nA new paragraph';
    dom.apply(renderer.update(text), passThrough);
    text += ' grows';
    dom.apply(renderer.update(text), passThrough);
    expect(body.children).toHaveLength(Math.ceil(1001 / CHUNK_BLOCKS));
    expect(body.firstElementChild).toBe(first); // untouched chunks keep their elements
    expect(body.lastElementChild!.textContent).toContain('A new paragraph grows');
  });
});
