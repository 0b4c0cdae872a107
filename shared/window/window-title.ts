/**
 * The window title, written by the page (document.title) and read by the desktop shell, which
 * turns the edited mark into the OS's own (macOS `setDocumentEdited`). One module for both sides,
 * so the mark the shell looks for is the one the page writes.
 */
export const EDITED_MARK = '• ';

export interface WindowTitleParts {
  /** The open post's title, or null when none is shown. */
  readonly post: string | null;
  /** The open folder's name, or null before one is open. */
  readonly folder: string | null;
  /** The shown post has unsaved changes. */
  readonly dirty: boolean;
  /** How its saving stands in words ("Saved", "Saving…", "Save failed"), shown after the post. */
  readonly status?: string | null;
}

/** `• Post — folder — Postwright`: the post first (what a taskbar cuts last), the app name last. */
export function windowTitle({ post, folder, dirty, status = null }: WindowTitleParts): string {
  // A post titled "• Notes" would read as edited: its own leading bullets are dropped from the title.
  const title = post === null ? null : post.replace(/^(?:•\s*)+/u, '');
  const shown = title !== null && status ? `${title} (${status})` : title;
  const parts = [shown, folder, 'Postwright'].filter((part): part is string => part !== null && part !== '');
  return `${post !== null && dirty ? EDITED_MARK : ''}${parts.join(' — ')}`;
}

/** True when a title carries the edited mark (the shell's side of windowTitle). */
export const isEditedTitle = (title: string): boolean => title.startsWith(EDITED_MARK);
