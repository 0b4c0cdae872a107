import { tabbable } from 'tabbable';

/**
 * Keeps Tab and Shift+Tab cycling inside a modal. A native modal <dialog> makes the page behind it
 * inert, but Tab past its last control still leaves it (to the browser's own UI, or to nothing in
 * Electron), and a keyboard user then has to find the way back. `tabbable` (the list focus-trap
 * libraries use) decides what is in the Tab order: hidden, disabled and inert elements are not.
 * Returns whether it moved focus (the caller then stops the key).
 */
export function wrapTabFocus(event: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, container: HTMLElement): boolean {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return false;
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
