import type MermaidApi from 'mermaid';
import { isDarkTheme } from '../settings/effective-theme';

/**
 * Draws the preview's Mermaid diagrams (`pre.mermaid-source`, from plugins/mermaid-diagrams.ts).
 * Mermaid is ~1 MB of script: it loads in its own chunk when the first diagram scrolls into view,
 * never for a post without one. A diagram is drawn when it is on screen and its source has rested
 * for a moment, so typing elsewhere never redraws it (the block renderer keeps its node) and typing
 * inside it redraws once, after the pause. `securityLevel: 'strict'`: Mermaid sanitizes labels and
 * allows no click handlers or HTML in them.
 */
type Mermaid = typeof MermaidApi;

let loading: Promise<Mermaid> | null = null;
let nextId = 1;

function loadMermaid(): Promise<Mermaid> {
  loading ??= import('mermaid').then(({ default: mermaid }) => mermaid);
  // Each drawing takes the theme shown now (the writer may have switched since the last one).
  return loading.then((mermaid) => {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: isDarkTheme() ? 'dark' : 'default', fontFamily: 'system-ui, sans-serif' });
    return mermaid;
  });
}

/** Wait after the last change to a diagram's source before drawing it. */
const SETTLE_MS = 400;

export interface MermaidDiagrams {
  /** Looks for diagrams not seen yet (after each render). */
  scan(): void;
  dispose(): void;
}

export function createMermaidDiagrams(root: HTMLElement): MermaidDiagrams {
  const seen = new WeakSet<Element>();
  const timers = new Map<Element, ReturnType<typeof setTimeout>>();

  const draw = async (pre: HTMLElement) => {
    if (!pre.isConnected || pre.classList.contains('mermaid-drawn')) return;
    const source = pre.textContent ?? '';
    try {
      const mermaid = await loadMermaid();
      const { svg } = await mermaid.render(`pw-mermaid-${nextId++}`, source);
      if (!pre.isConnected) return;
      const figure = document.createElement('div');
      figure.className = 'mermaid-diagram';
      figure.setAttribute('role', 'img');
      figure.setAttribute('aria-label', 'Mermaid diagram');
      figure.innerHTML = svg;
      // Kept inside the block's own node, so the block renderer replaces it with its block.
      pre.replaceChildren(figure);
      pre.classList.add('mermaid-drawn');
    } catch (error) {
      if (!pre.isConnected) return;
      pre.classList.add('mermaid-error');
      pre.title = `This diagram could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const pre = entry.target as HTMLElement;
        clearTimeout(timers.get(pre));
        if (!entry.isIntersecting) continue;
        timers.set(
          pre,
          setTimeout(() => {
            timers.delete(pre);
            observer.unobserve(pre);
            void draw(pre);
          }, SETTLE_MS),
        );
      }
    },
    { root: root.closest('.preview-scroll'), rootMargin: '200px 0px' },
  );

  return {
    scan() {
      for (const pre of root.querySelectorAll<HTMLElement>('pre.mermaid-source:not(.mermaid-drawn)')) {
        if (seen.has(pre)) continue;
        seen.add(pre);
        observer.observe(pre);
      }
    },
    dispose() {
      observer.disconnect();
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}
