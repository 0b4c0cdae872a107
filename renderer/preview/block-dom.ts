import { withSourceLine, type BlockChange, type RenderedBlock } from '../../shared/markdown/block-renderer';
import type { HtmlSanitizer } from '../../shared/markdown/sanitize-policy';

/**
 * Blocks are grouped in chunks of about this many (`.preview-chunk` elements). A long post skips
 * layout and paint of chunks out of view (`content-visibility: auto`, app.css); the browser checks
 * each such element's visibility on every frame, which for the ~4,000 blocks of a 1 MB post cost
 * ~3 ms per frame, and for its ~60 chunks next to nothing.
 */
export const CHUNK_BLOCKS = 64;
/** Nodes per chunk (a block is its element and the newline after it) before it is split. */
const CHUNK_NODES = CHUNK_BLOCKS * 2;

export const CHUNK_CLASS = 'preview-chunk';

/**
 * The preview body's DOM, kept block by block: a change from the block renderer sanitizes only
 * the new blocks' HTML and replaces only their nodes. Unchanged blocks keep their elements (no
 * re-layout, no image reload, a rendered diagram stays). The result is the same DOM as setting
 * the sanitized whole body as innerHTML, with the blocks grouped in chunk elements (CHUNK_BLOCKS).
 */
export class BlockDom {
  /** Top-level nodes of each block, in order. */
  private nodes: ChildNode[][] = [];
  private starts: number[] = [];
  private map: { line: number; element: Element | null }[] | null = null;
  /** Comments a post cannot forge (it cannot guess the nonce) that split one sanitized batch into blocks. */
  private readonly separator = `pw-block-${crypto.getRandomValues(new Uint32Array(2)).join('-')}`;

  constructor(
    readonly body: HTMLElement,
    private readonly lineOffset: () => number,
    /** Adjusts new blocks before they are shown (image addresses: preview-images.ts). */
    private readonly prepare: (fragment: DocumentFragment) => void = () => {},
  ) {}

  /** Forgets every block (another post is shown). */
  clear(): void {
    this.body.replaceChildren();
    this.nodes = [];
    this.starts = [];
    this.map = null;
  }

  /**
   * First element of each block with the body line it starts on: the scroll-sync line map. Kept
   * until the blocks change: scroll sync reads it in every keystroke's frame.
   */
  lineMap(): readonly { line: number; element: Element | null }[] {
    return (this.map ??= this.nodes.map((nodes, i) => ({ line: this.starts[i]!, element: nodes.find((n): n is Element => n instanceof Element) ?? null })));
  }

  apply(change: BlockChange, sanitize: HtmlSanitizer): void {
    const offset = this.lineOffset();
    const fresh = this.build(change.inserted, sanitize, offset);
    this.map = null;
    const removed = this.nodes.slice(change.from, change.from + change.removed);
    const anchor = this.nodes[change.from + change.removed]?.[0] ?? null;
    const emptied = new Set<ParentNode>();
    for (const nodes of removed) {
      for (const node of nodes) {
        if (node.parentNode) emptied.add(node.parentNode);
        node.remove();
      }
    }
    this.insert(fresh, anchor);
    for (const chunk of emptied) if (chunk !== this.body && chunk.childNodes.length === 0) (chunk as Element).remove();
    this.nodes.splice(change.from, change.removed, ...fresh);
    this.starts.splice(change.from, change.removed, ...change.inserted.map((block) => block.start));
    if (change.lineDelta !== 0) {
      // Blocks after the edit moved by that many lines: their line stamps follow.
      for (let i = change.from + change.inserted.length; i < this.nodes.length; i++) {
        this.starts[i] = this.starts[i]! + change.lineDelta;
        const first = this.nodes[i]!.find((n): n is Element => n instanceof Element);
        if (first?.hasAttribute('data-source-line')) first.setAttribute('data-source-line', String(this.starts[i]! + offset));
      }
    }
  }

  /**
   * Puts new blocks before `anchor` (a block's first node; null: at the end). A few join the chunk
   * they land in (the last one, at the end, while it has room); more go in chunks of their own,
   * splitting the chunk they land in two. A chunk grown past four times its size is halved.
   */
  private insert(fresh: readonly ChildNode[][], anchor: ChildNode | null): void {
    if (fresh.length === 0) return;
    const last = this.body.lastElementChild as HTMLElement | null;
    const target = anchor ? (anchor.parentNode as HTMLElement) : last !== null && last.childNodes.length + fresh.length * 2 <= CHUNK_NODES ? last : null;
    if (target !== null && fresh.length <= CHUNK_BLOCKS / 4) {
      const fragment = document.createDocumentFragment();
      for (const nodes of fresh) fragment.append(...nodes);
      target.insertBefore(fragment, anchor);
      this.estimate(target);
      if (target.childNodes.length > CHUNK_NODES * 4) this.splitBefore(target.childNodes[Math.floor(target.childNodes.length / 2)]!);
      return;
    }
    const before = anchor === null ? null : anchor.previousSibling === null ? (anchor.parentNode as HTMLElement) : this.splitBefore(anchor);
    for (let i = 0; i < fresh.length; i += CHUNK_BLOCKS) {
      const chunk = this.newChunk();
      for (const nodes of fresh.slice(i, i + CHUNK_BLOCKS)) chunk.append(...nodes);
      this.body.insertBefore(chunk, before);
      this.estimate(chunk);
    }
  }

  /** Moves `node` and the nodes after it in its chunk into a new chunk right after; returns that. */
  private splitBefore(node: ChildNode): HTMLElement {
    const chunk = node.parentNode as HTMLElement;
    const tail = this.newChunk();
    const moved: ChildNode[] = [];
    for (let at: ChildNode | null = node; at !== null; at = at.nextSibling) moved.push(at);
    tail.append(...moved);
    chunk.after(tail);
    this.estimate(chunk);
    this.estimate(tail);
    return tail;
  }

  private newChunk(): HTMLElement {
    const chunk = document.createElement('div');
    chunk.className = CHUNK_CLASS;
    return chunk;
  }

  /**
   * The height a chunk never laid out is taken to have (its `contain-intrinsic-size`, once it has
   * been shown the browser remembers the real one): a line per 70 characters of text and one more
   * per block, 2em each (line height and margins), so a far scroll position of a long post is near
   * where it will be.
   */
  private estimate(chunk: HTMLElement): void {
    const lines = Math.ceil((chunk.textContent?.length ?? 0) / 70) + chunk.childElementCount;
    const size = `auto ${Math.max(2, lines * 2)}em`;
    // Only a real change is written: a style change makes the browser look at the chunk again.
    if (chunk.style.containIntrinsicSize !== size) chunk.style.containIntrinsicSize = size;
  }

  /** The line offset changed (the front matter grew or shrank): restamp every block. */
  restamp(): void {
    const offset = this.lineOffset();
    this.nodes.forEach((nodes, i) => {
      const first = nodes.find((n): n is Element => n instanceof Element);
      if (first?.hasAttribute('data-source-line')) first.setAttribute('data-source-line', String(this.starts[i]! + offset));
    });
  }

  /**
   * Sanitizes the new blocks in one DOMPurify call (one call per block costs ~0.1 ms each, too much
   * for the thousands of a 1 MB post), split back into blocks at separator comments. When raw HTML
   * left a separator nested (an element open across blocks), each block is sanitized on its own.
   */
  private build(blocks: readonly RenderedBlock[], sanitize: HtmlSanitizer, offset: number): ChildNode[][] {
    if (blocks.length === 0) return [];
    const html = blocks.map((block) => withSourceLine(block.html, block.start + offset));
    const template = document.createElement('template');
    template.innerHTML = sanitize(html.join(`<!--${this.separator}-->`));
    this.prepare(template.content);
    const groups: ChildNode[][] = [[]];
    for (const node of Array.from(template.content.childNodes)) {
      if (node.nodeType === Node.COMMENT_NODE && (node as Comment).data === this.separator) groups.push([]);
      else groups[groups.length - 1]!.push(node);
    }
    if (groups.length === blocks.length) return groups;
    return html.map((one) => {
      const single = document.createElement('template');
      single.innerHTML = sanitize(one);
      this.prepare(single.content);
      return Array.from(single.content.childNodes);
    });
  }
}
