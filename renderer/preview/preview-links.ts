import { resolveLinkTarget } from './link-target';

export interface PreviewLinkContext {
  /** The post shown, folder-relative. */
  readonly currentPost: () => string | null;
  /** Every post in the folder, folder-relative. */
  readonly posts: () => readonly string[];
  readonly openPost: (id: string) => void;
  /** Says where a link that goes nowhere points (a status line). */
  readonly showTarget: (message: string) => void;
}

/**
 * Links in the preview never navigate the app (link-target.ts decides what a click does). Web and
 * mail links open outside: Electron's main denies window.open and hands them to the system through
 * its openExternal allow-list; a browser (serve) opens a new tab.
 */
export function handlePreviewLinkClick(event: MouseEvent, root: HTMLElement, context: PreviewLinkContext): void {
  if (!(event.target instanceof Element)) return;
  const link = event.target.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement) || !root.contains(link)) return;
  event.preventDefault();
  const current = context.currentPost();
  const target = resolveLinkTarget(link.getAttribute('href') ?? '', current ?? '', context.posts());
  switch (target.kind) {
    case 'anchor':
      scrollToAnchor(root, target.id);
      return;
    case 'post':
      if (target.id !== current) context.openPost(target.id);
      return;
    case 'external':
      window.open(target.url, '_blank', 'noopener,noreferrer');
      return;
    case 'none':
      context.showTarget(`This link points to “${target.href}”, which is not a post in this folder or a web address.`);
  }
}

/** The preview prefixes ids (`user-content-`, see sanitize-policy.ts); a post's links use its own. */
function scrollToAnchor(root: HTMLElement, id: string): void {
  const target =
    id === '' ? root.firstElementChild : (root.querySelector(`[id="${CSS.escape(`user-content-${id}`)}"]`) ?? root.querySelector(`[id="${CSS.escape(id)}"]`));
  target?.scrollIntoView({ block: 'start' });
}
