/**
 * Folders that never hold posts: dependencies, version control, and the output folders of the
 * static site generators (Jekyll `_site`, Hugo `public` and `resources/_gen`, Astro/Vite `dist`,
 * Eleventy `_site`, Hexo `public`), which are full of copies. Hidden folders are skipped too.
 */
const SKIPPED_FOLDERS = new Set(['node_modules', '_site', 'public', 'dist', 'out', 'build', '_gen', 'vendor', 'bower_components']);

/** A folder that never holds posts: hidden, a dependency or a generator's output. */
export const isSkippedFolderName = (name: string): boolean => name.startsWith('.') || SKIPPED_FOLDERS.has(name);
