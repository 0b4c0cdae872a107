/** The page title, which Electron shows as the window title: a bullet marks unsaved changes. */
export function windowTitle(postTitle: string | null, dirty: boolean): string {
  if (postTitle === null) return 'Postwright';
  return `${dirty ? '• ' : ''}${postTitle} — Postwright`;
}
