/**
 * Whether the page is dark now: the writer's choice on <html> (`data-theme`), else the OS's.
 * For what cannot read the CSS tokens itself (Mermaid picks a theme when it draws).
 */
export function isDarkTheme(root: HTMLElement = document.documentElement): boolean {
  const chosen = root.dataset.theme;
  if (chosen === 'dark' || chosen === 'light') return chosen === 'dark';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
