import type MarkdownIt from 'markdown-it';
import { commonPrefixLength, commonSuffixLength } from './common-ends';

/**
 * One top-level block of a post's body (a paragraph, a list, a table, a fence…) or a run of them
 * that raw HTML ties together (`<details>` … `</details>` around Markdown), rendered to HTML.
 * `start`/`end` are the body's source lines it covers, end exclusive.
 */
export interface RenderedBlock {
  readonly start: number;
  readonly end: number;
  /** The block's HTML without its `data-source-line` (that moves when lines are added above). */
  readonly html: string;
  /** The heading slugs it defines, in order (later duplicates are numbered after them). */
  readonly slugs: readonly string[];
}

/** What changed in the block list: `removed` old blocks at `from` were replaced by `inserted`. */
export interface BlockChange {
  readonly from: number;
  readonly removed: number;
  readonly inserted: readonly RenderedBlock[];
  /** Lines added (negative: removed) before the blocks after the change. */
  readonly lineDelta: number;
  /** Whether the whole body was parsed again (no earlier body, or a whole-document feature). */
  readonly whole: boolean;
}

/** What the heading-anchors plugin reads and writes in markdown-it's env to number slugs. */
export interface HeadingSlugEnv {
  /** Slugs already used before this parse (as counts), so a region parse numbers like a whole one. */
  slugCounts?: Map<string, number>;
}

type Token = ReturnType<MarkdownIt['parse']>[number];

interface Env extends HeadingSlugEnv {
  references?: Record<string, unknown>;
  footnotes?: unknown;
}

/**
 * A line that may define a link reference or a footnote (`[id]: …`, `[^1]: …`): typed into the
 * edited region, it can change links anywhere, so that edit is parsed whole.
 */
const DEFINITION_LINE = /^ {0,3}\[[^\]\n]+\]:/m;

/** How far (in blocks on each side) a region parse may grow before a whole parse is cheaper. */
const MAX_GROWTH = 4;

/**
 * Renders a body block by block and, on each edit, re-parses only the blocks the edit touched and
 * one neighbour on each side: at 100 KB the whole re-parse alone costs a frame and a half, the
 * region a fraction of a millisecond. The region parse is accepted only when both neighbours come
 * out exactly as before (same lines, same HTML): then nothing outside the region can have changed,
 * since a top-level block's extent depends only on its own lines and the line after it. Otherwise
 * the region grows, and after a few tries (or when link reference definitions or footnotes are
 * anywhere in the post: they reach across the document) the body is parsed whole. Blocks joined
 * equal a whole render byte for byte (block-renderer.property.test.ts).
 */
export class BlockRenderer {
  private body = '';
  private lineStarts: number[] = [0];
  private blocks: RenderedBlock[] = [];
  /** Whether the body needs whole parses (reference definitions or footnotes in it). */
  private wholeOnly = true;

  constructor(private readonly md: MarkdownIt) {}

  get current(): readonly RenderedBlock[] {
    return this.blocks;
  }

  /** Joined HTML, each block's first element stamped with its absolute source line. */
  html(lineOffset = 0): string {
    return this.blocks.map((block) => withSourceLine(block.html, block.start + lineOffset)).join('');
  }

  update(body: string): BlockChange {
    if (body === this.body && this.blocks.length > 0) return { from: 0, removed: 0, inserted: [], lineDelta: 0, whole: false };
    const previous = this.body;
    const oldStarts = this.lineStarts;
    const oldBlocks = this.blocks;
    this.body = body;
    this.lineStarts = lineStartsOf(body);
    const lineDelta = this.lineStarts.length - oldStarts.length;

    if (!this.wholeOnly && oldBlocks.length > 0) {
      const change = this.updateRegion(previous, oldStarts, oldBlocks, lineDelta);
      if (change) return change;
    }
    return this.updateWhole(oldBlocks, lineDelta);
  }

  private updateWhole(oldBlocks: RenderedBlock[], lineDelta: number): BlockChange {
    const env: Env = {};
    const tokens = this.md.parse(this.body, env);
    this.wholeOnly = hasWholeDocumentFeatures(env);
    const blocks = this.renderBlocks(tokens, env, 0);
    this.blocks = blocks;
    // Keep what did not change at both ends, so the page patches only the middle.
    let head = 0;
    while (head < oldBlocks.length && head < blocks.length && sameBlock(oldBlocks[head]!, blocks[head]!, 0)) head++;
    let tail = 0;
    while (
      tail < oldBlocks.length - head &&
      tail < blocks.length - head &&
      sameBlock(oldBlocks[oldBlocks.length - 1 - tail]!, blocks[blocks.length - 1 - tail]!, lineDelta)
    )
      tail++;
    return { from: head, removed: oldBlocks.length - head - tail, inserted: blocks.slice(head, blocks.length - tail), lineDelta, whole: true };
  }

  /** Re-parses only the edited region; null when that cannot be shown to equal a whole parse. */
  private updateRegion(previous: string, oldStarts: number[], oldBlocks: RenderedBlock[], lineDelta: number): BlockChange | null {
    const body = this.body;
    // The edit, as the changed run of characters between a common prefix and a common suffix.
    const prefix = commonPrefixLength(previous, body);
    const suffix = commonSuffixLength(previous, body, Math.min(previous.length, body.length) - prefix);
    const firstLine = lineAt(oldStarts, prefix);
    const lastOldLine = lineAt(oldStarts, previous.length - suffix);
    const edited = body.slice(this.lineStarts[firstLine] ?? body.length, lineEndOffset(this.lineStarts, body, lastOldLine + lineDelta));
    if (DEFINITION_LINE.test(edited)) return null;

    // Blocks the edit touches (a block ends at its `end` line; blank lines between blocks belong to none).
    let first = 0;
    while (first < oldBlocks.length && oldBlocks[first]!.end <= firstLine) first++;
    let last = first - 1;
    while (last + 1 < oldBlocks.length && oldBlocks[last + 1]!.start <= lastOldLine) last++;

    for (let growth = 1; growth <= MAX_GROWTH; growth++) {
      const from = Math.max(0, Math.min(first, last + 1) - growth);
      const to = Math.min(oldBlocks.length - 1, Math.max(last, first - 1) + growth); // inclusive
      const startLine = from === 0 ? 0 : oldBlocks[from]!.start;
      const endOldLine = to === oldBlocks.length - 1 ? oldStarts.length : oldBlocks[to]!.end;
      const endLine = endOldLine + lineDelta;
      if (endLine < startLine) continue;
      const before = oldBlocks.slice(0, from);
      const env: Env = { slugCounts: countSlugs(before) };
      const source = body.slice(this.lineStarts[startLine] ?? body.length, this.lineStarts[endLine] ?? body.length);
      const tokens = this.md.parse(source, env);
      if (hasWholeDocumentFeatures(env)) return null;
      const region = this.renderBlocks(tokens, env, startLine);
      // Both neighbours must come out as they were; at the document's ends there is no neighbour.
      if (from > 0 && (region.length === 0 || !sameBlock(oldBlocks[from]!, region[0]!, 0))) continue;
      if (to < oldBlocks.length - 1 && (region.length === 0 || !sameBlock(oldBlocks[to]!, region[region.length - 1]!, lineDelta))) continue;

      const after = oldBlocks.slice(to + 1);
      if (!this.slugsStillNumberTheSame(oldBlocks.slice(from, to + 1), region, after)) return null;
      const shifted = lineDelta === 0 ? after : after.map((block) => shift(block, lineDelta));
      this.blocks = [...before, ...region, ...shifted];
      // The neighbours (and often more) came out as they were: the page keeps their nodes.
      const old = oldBlocks.slice(from, to + 1);
      let head = 0;
      while (head < old.length && head < region.length && sameBlock(old[head]!, region[head]!, 0)) head++;
      let tail = 0;
      while (tail < old.length - head && tail < region.length - head && sameBlock(old[old.length - 1 - tail]!, region[region.length - 1 - tail]!, lineDelta)) tail++;
      return { from: from + head, removed: old.length - head - tail, inserted: region.slice(head, region.length - tail), lineDelta, whole: false };
    }
    return null;
  }

  /**
   * Later headings are numbered after earlier ones with the same slug (`intro`, `intro-1`): when
   * the region's slugs changed and a later block uses one of them, only a whole parse numbers it right.
   */
  private slugsStillNumberTheSame(old: RenderedBlock[], region: RenderedBlock[], after: RenderedBlock[]): boolean {
    const oldSlugs = old.flatMap((block) => block.slugs).join('\n');
    const newSlugs = region.flatMap((block) => block.slugs).join('\n');
    if (oldSlugs === newSlugs) return true;
    const changed = new Set([...old, ...region].flatMap((block) => block.slugs));
    return !after.some((block) => block.slugs.some((slug) => changed.has(slug)));
  }

  private renderBlocks(tokens: Token[], env: Env, lineOffset: number): RenderedBlock[] {
    const blocks: RenderedBlock[] = [];
    let i = 0;
    while (i < tokens.length) {
      // A run of top-level blocks that raw HTML leaves open (`<details>` … `</details>`) is one block.
      const groupStart = i;
      let depth = 0;
      do {
        const open = tokens[i]!;
        let close = i;
        if (open.nesting === 1) {
          while (close < tokens.length && !(tokens[close]!.level === open.level && tokens[close]!.nesting === -1)) close++;
        }
        if (open.type === 'html_block') depth = Math.max(0, depth + htmlDepthChange(open.content));
        i = close + 1;
      } while (depth > 0 && i < tokens.length);
      const group = tokens.slice(groupStart, i);
      const map = group.find((token) => token.map)?.map;
      const lastMap = [...group].reverse().find((token) => token.map)?.map;
      const start = (map?.[0] ?? 0) + lineOffset;
      const end = (lastMap?.[1] ?? map?.[1] ?? 0) + lineOffset;
      const slugs: string[] = [];
      for (const token of group) {
        const base = (token.meta as { slugBase?: string } | null)?.slugBase;
        if (token.type === 'heading_open' && base !== undefined) slugs.push(base);
      }
      blocks.push({ start, end, html: this.md.renderer.render(group, this.md.options, env), slugs });
    }
    return blocks;
  }
}

function hasWholeDocumentFeatures(env: Env): boolean {
  return (env.references !== undefined && Object.keys(env.references).length > 0) || env.footnotes !== undefined;
}

function countSlugs(blocks: RenderedBlock[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const block of blocks) for (const slug of block.slugs) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return counts;
}

function sameBlock(old: RenderedBlock, fresh: RenderedBlock, lineDelta: number): boolean {
  return old.start + lineDelta === fresh.start && old.end + lineDelta === fresh.end && old.html === fresh.html;
}

function shift(block: RenderedBlock, lineDelta: number): RenderedBlock {
  return lineDelta === 0 ? block : { ...block, start: block.start + lineDelta, end: block.end + lineDelta };
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The line holding character `offset` (binary search over line starts). */
function lineAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function lineEndOffset(starts: number[], text: string, line: number): number {
  return starts[line + 1] ?? text.length;
}

/** Elements that never have a closing tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Opened minus closed elements in a raw HTML block (comments and void elements aside). */
function htmlDepthChange(html: string): number {
  let depth = 0;
  const withoutComments = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  for (const match of withoutComments.matchAll(/<(\/?)([a-zA-Z][\w-]*)[^>]*?(\/?)>/g)) {
    if (VOID.has(match[2]!.toLowerCase()) || match[3] === '/') continue;
    depth += match[1] === '/' ? -1 : 1;
  }
  return depth;
}

/** Stamps the block's first element with the source line it starts on (the preview's line map). */
export function withSourceLine(html: string, line: number): string {
  const match = /^<([a-z][a-z0-9]*)(?=[\s>])/.exec(html);
  if (!match) return html;
  return `${match[0]} data-source-line="${line}"${html.slice(match[0].length)}`;
}
