import { history } from '@codemirror/commands';
import { EditorState } from '@codemirror/state';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../shared/posts/front-matter';
import { frontMatterHead } from '../renderer/frontmatter/front-matter-head';
import { frontMatterTransaction } from '../renderer/frontmatter/front-matter-transaction';
import { generatePosts, makePost } from './corpus';
import { kb, measure, measureEach, report, type ResultRow, scale } from './harness';

/**
 * The front matter panel's costs in the editor: what each keystroke pays so the panel follows the
 * text (frontMatterHead: a walk over the block's lines and a compare; the panel re-parses only
 * when that text changed), against parsing the post's front matter on every keystroke; and one
 * panel edit (the lossless `yaml` edit plus the minimal-diff transaction).
 */

const rows: ResultRow[] = [];

afterAll(() => report('Front matter panel: per keystroke and per panel edit', rows, ['Body keystrokes never re-parse or re-render the panel: the head text compares equal.']));

const stateOf = (text: string) => EditorState.create({ doc: text, extensions: [history()] });

/** A keystroke at the end of the body: the new state the panel's listener sees. */
const typeAtEnd = (state: EditorState) => state.update({ changes: { from: state.doc.length, insert: 'x' } }).state;

describe('front matter panel', () => {
  const typical = [...generatePosts(200)].sort((a, b) => a.text.length - b.text.length)[100]!.text;
  const large = makePost(1024 * 1024);

  for (const [label, text] of [
    ['typical', typical],
    ['1 MB', large],
  ] as const) {
    it(`follows typing in the body of a ${label} post`, async () => {
      let state = stateOf(text);
      const head = frontMatterHead(state);
      const runs = scale(400, 80);
      const { head: headOnly, parseAll } = await measureEach(
        {
          head: () => {
            state = typeAtEnd(state);
            return frontMatterHead(state) === head;
          },
          parseAll: () => {
            state = typeAtEnd(state);
            return parseFrontMatter(state.sliceDoc()).data;
          },
        },
        { warmup: 20, runs },
      );
      expect(headOnly.last).toBe(true);
      rows.push(
        { section: 'keystroke', name: `${label} post (${kb(text.length)}): keystroke + head compare`, stats: headOnly.stats, note: 'a body keystroke with the panel following it' },
        { section: 'keystroke', name: `${label} post: keystroke + parse the text`, stats: parseAll.stats, note: 'the same keystroke if the panel re-read the post' },
      );
    });
  }

  for (const [label, text] of [
    ['typical', typical],
    ['1 MB', large],
  ] as const) {
    it(`applies one panel edit (title) to a ${label} post as a minimal transaction`, async () => {
      const state = stateOf(text);
      let n = 0;
      const { stats, last } = await measure(() => frontMatterTransaction(state, [['title', `Edited title ${n++}`]]), { warmup: 10, runs: scale(200, 40) });
      expect(last?.changes).toBeDefined();
      rows.push({ section: 'panel edit', name: `title of a ${kb(text.length)} post`, stats, note: 'setFrontMatterField (yaml Document API) + common prefix/suffix' });
    });
  }
});
