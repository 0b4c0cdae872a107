import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownSupport } from '../renderer/editor/extensions/markdown-language';
import { markdownPairing, markerInput } from '../renderer/editor/extensions/markdown-pairing';
import { currentHeadingIndex, extractOutline } from '../renderer/editor/outline/outline';
import { countDocument, countSelection, countText } from '../renderer/editor/status/word-count';
import { makePost1M, makePost100K } from './corpus';
import { count, kb, measureEach, report, type ResultRow, scale } from './harness';

/**
 * What the writing desk adds to every keystroke in a long post: the status bar's word count (kept
 * per leaf of the text tree, so a keystroke recounts only what it touched), the outline (a line
 * scan, run 250 ms after the last edit) and the current-section lookup (a binary search, on every
 * cursor move), and the marker-pairing check on a typed `*`. The "whole text" row is what counting
 * without the leaf cache would cost on every keystroke, for comparison.
 */
const rows: ResultRow[] = [];
const notes: string[] = [];

afterAll(() => report('Writing desk: per-keystroke costs of the status bar and outline', rows, notes));

describe('writing desk', () => {
  for (const post of [
    { label: '100 KB', make: makePost100K, runs: scale(40, 10) },
    { label: '1 MB', make: makePost1M, runs: scale(20, 5) },
  ]) {
    it(`counts and outlines the ${post.label} post`, async () => {
      const text = post.make();
      const state = EditorState.create({ doc: text, extensions: [markdownSupport(), markdownPairing()] });
      // Documents one keystroke apart, made beforehand, so only counting is timed.
      const edits: EditorState['doc'][] = [state.doc];
      for (let i = 1; i <= 3 * post.runs + 10; i++) edits.push(edits[i - 1]!.replace((text.length >> 1) + (i % 50), (text.length >> 1) + (i % 50), EditorState.create({ doc: 'x' }).doc));
      let typed = 0;
      countDocument(state.doc);
      const keystroke = () => countDocument(edits[++typed]!);
      const outline = extractOutline(state.doc);
      const selectAll = state.update({ selection: { anchor: 0, head: state.doc.length } }).state;
      const selectHalf = state.update({ selection: { anchor: 1234, head: state.doc.length >> 1 } }).state;
      const results = await measureEach(
        {
          'count after a keystroke (leaf cache)': keystroke,
          'count the whole text (no cache)': () => countText(state.doc.toString()),
          'count a fresh document (opening it)': () => countDocument(EditorState.create({ doc: text }).doc),
          'outline (line scan)': () => extractOutline(state.doc),
          'current section lookup': () => currentHeadingIndex(outline, (typed * 7919) % state.doc.length),
          'select all: selection count': () => countSelection(selectAll),
          'select half: selection count': () => countSelection(selectHalf),
        },
        { warmup: 2, runs: post.runs },
      );
      // The incremental count is the same as counting the whole text.
      const last = edits[typed]!;
      expect(countDocument(last)).toEqual(countDocument(EditorState.create({ doc: last.toString() }).doc));
      const headings = extractOutline(state.doc).length;
      expect(headings).toBeGreaterThan(5);
      for (const [name, outcome] of Object.entries(results)) {
        rows.push({ section: `writing desk ${post.label}`, name, stats: outcome.stats, note: name.startsWith('outline') ? `${count(headings)} headings` : undefined });
      }
      // Pairing consults the syntax tree at the cursor: once parsed, a lookup.
      ensureSyntaxTree(state, state.doc.length, 5000);
      const pairing = await measureEach({ 'marker pairing check on *': () => markerInput(state, '*') }, { warmup: 5, runs: post.runs });
      rows.push({ section: `writing desk ${post.label}`, name: 'marker pairing check on *', stats: pairing['marker pairing check on *'].stats });
      notes.push(`${post.label} post: ${kb(Buffer.byteLength(text))}, ${count(state.doc.lines)} lines, ${count(countDocument(state.doc).words)} words.`);
    });
  }
});
