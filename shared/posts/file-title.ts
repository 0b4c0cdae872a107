import { POST_FILE_EXTENSION } from './post-file';

/**
 * A title from a file name, for posts with neither a front matter title nor a heading:
 * `2024-05-01-my-first-post.md` → `My first post` (Jekyll's date prefix dropped). Imports no
 * parser, so the renderer uses it at startup without loading the front matter parsers.
 */
export function titleFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(POST_FILE_EXTENSION, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
  const words = base.replace(/[-_]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : base;
}
