import { withSourceLine, type BlockChange, type RenderedBlock } from '../../shared/markdown/block-renderer';
import type { HtmlSanitizer } from '../../shared/markdown/sanitize-policy';

/**
 * The preview body's DOM, kept block by block: a change from the block renderer sanitizes only
 * the new blocks' HTML and replaces only their nodes. Unchanged blocks keep their elements (no
 * re-layout, no image reload, a rendered diagram stays). The result is the same DOM as setting
 * the sanitized whole body as innerHTML.
 */
export class BlockDom {
  /** Top-level nodes of each block, in order. */
  private nodes: ChildNode[][] = [];
  private starts: number[] = [];
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
  }

  /** First element of each block with the body line it starts on: the scroll-sync line map. */
  lineMap(): { line: number; element: Element | null }[] {
    return this.nodes.map((nodes, i) => ({ line: this.starts[i]!, element: nodes.find((n): n is Element => n instanceof Element) ?? null }));
  }

  apply(change: BlockChange, sanitize: HtmlSanitizer): void {
    const offset = this.lineOffset();
    const fresh = this.build(change.inserted, sanitize, offset);
    const removed = this.nodes.slice(change.from, change.from + change.removed);
    const anchor = this.nodes[change.from + change.removed]?.[0] ?? null;
    for (const nodes of removed) for (const node of nodes) node.remove();
    const fragment = document.createDocumentFragment();
    for (const nodes of fresh) fragment.append(...nodes);
    this.body.insertBefore(fragment, anchor);
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
