/**
 * Links in the preview never navigate the app. `#section` scrolls the preview to that heading;
 * anything else opens outside (Electron's main denies window.open and hands web and mail links
 * to the system; a browser opens a new tab).
 */
export function handlePreviewLinkClick(event: MouseEvent, root: HTMLElement): void {
  if (!(event.target instanceof Element)) return;
  const link = event.target.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement) || !root.contains(link)) return;
  event.preventDefault();
  const href = link.getAttribute('href') ?? '';
  if (href.startsWith('#')) {
    scrollToAnchor(root, href.slice(1));
    return;
  }
  window.open(link.href, '_blank', 'noopener,noreferrer');
}

function scrollToAnchor(root: HTMLElement, fragment: string): void {
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // A malformed escape: look the fragment up as written.
  }
  const target = id === '' ? root.firstElementChild : root.querySelector(`[id="${CSS.escape(id)}"]`);
  target?.scrollIntoView({ block: 'start' });
}
