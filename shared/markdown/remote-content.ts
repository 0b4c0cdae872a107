/**
 * Which addresses a post may make the preview or an export load by itself (images, video
 * posters, media). Links the reader clicks are not loads and are governed elsewhere.
 *
 * As VS Code's Markdown preview does: https by default, never plain http (it is readable and
 * forgeable on the way, and `http://127.0.0.1:9/…?reboot=1` reaches the writer's own machine),
 * or nothing remote at all when the folder's setting says so. Relative paths (images beside the
 * post) and inline `data:` images are local and always allowed.
 */
export type RemoteContentPolicy = 'https' | 'block';

/** Attributes whose URL the browser fetches on its own when the element is shown. */
export const LOADING_URL_ATTRIBUTES = ['src', 'poster', 'background', 'data', 'srcset'] as const;

export function isAllowedLoad(url: string, policy: RemoteContentPolicy): boolean {
  // Browsers ignore leading/trailing spaces and strip tabs and newlines inside URLs.
  const value = url.trim().replace(/[\t\n\r]/g, '');
  if (value === '') return true;
  if (/^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i.test(value)) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // Relative, unless protocol-relative (`//host/x` is remote, over whatever the page uses).
    return !value.startsWith('//') && !value.startsWith('\\\\') && !value.startsWith('/\\') && !value.startsWith('\\/');
  }
  return scheme === 'https' && policy === 'https';
}
