import { tabbable } from 'tabbable';

interface TabKey {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly defaultPrevented: boolean;
}

/**
 * Keeps Tab and Shift+Tab cycling inside a modal. A native modal <dialog> makes the page behind it
 * inert, but Tab past its last control still leaves it (to the browser's own UI, or to nothing in
 * Electron), and a keyboard user then has to find the way back. `tabbable` (the list focus-trap
 * libraries use) decides what is in the Tab order: hidden, disabled and inert elements are not.
 * Returns whether it moved focus (the caller then stops the key).
 */
export function wrapTabFocus(event: TabKey, container: HTMLElement): boolean {
  // A control that used Tab itself (the folder field completes with it) has the last word.
  if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
  const stops = tabbable(container);
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (!first || !last) return false;
  const active = container.ownerDocument.activeElement;
  const inside = active instanceof Node && container.contains(active);
  if (event.shiftKey && (active === first || !inside)) {
    last.focus();
    return true;
  }
  if (!event.shiftKey && (active === last || !inside)) {
    first.focus();
    return true;
  }
  return false;
}
