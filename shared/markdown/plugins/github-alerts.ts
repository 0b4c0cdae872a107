import type MarkdownIt from 'markdown-it';
import alerts from 'markdown-it-github-alerts';

/**
 * GitHub alerts: `> [!NOTE]`, `[!TIP]`, `[!IMPORTANT]`, `[!WARNING]`, `[!CAUTION]` as a titled box
 * (`<div class="markdown-alert markdown-alert-note">`). No inline SVG icons: the sanitizer keeps
 * HTML only, and the article CSS marks each kind by colour.
 */
export function githubAlerts(md: MarkdownIt): void {
  md.use(alerts, { icons: { note: '', tip: '', important: '', warning: '', caution: '' } });
}
