import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { isPostFileName } from '../../shared/posts/post-file';

/** What a path from the user or the OS asks to show: a folder, or a post and the folder it is in. */
export interface OpenTarget {
  readonly folder: string;
  /** The post's id in `folder` (its file name), or null for the folder alone. */
  readonly post: string | null;
}

/** The target of a path the user or the OS gave: a Markdown file opens its folder and itself. */
export function openTarget(path: string, cwd: string): OpenTarget {
  const absolute = resolve(cwd, path);
  return isPostFileName(absolute) ? { folder: dirname(absolute), post: basename(absolute) } : { folder: absolute, post: null };
}

/** The folder to open for a path the user or the OS gave: a Markdown file opens its folder. */
export function folderForPath(path: string, cwd: string): string {
  return openTarget(path, cwd).folder;
}

/**
 * What the command line names (`postwright ~/blog`, or a file the OS passes for a file
 * association, at launch or in a second launch's argv), or undefined.
 *
 * argv is Electron's: [executable, ...switches, (app path when run as `electron <app>`), ...args].
 * Switches (`--inspect=0` from Playwright, `-psn_…` from old macOS, Chromium's own in a second
 * launch's argv) are skipped.
 */
export function launchTarget(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): OpenTarget | undefined {
  const positional = argv.slice(1).filter((arg) => arg !== '' && !arg.startsWith('-'));
  const value = options.defaultApp ? positional[1] : positional[0];
  return value === undefined ? undefined : openTarget(value, options.cwd);
}

/** The folder named on the command line, or undefined (see launchTarget). */
export function folderArgument(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): string | undefined {
  return launchTarget(argv, options)?.folder;
}

/**
 * A post inside a folder the writer already works in (the open one, a recent one) opens in that
 * folder, the post named by its path there: double-clicking `blog/content/posts/hello.md` shows
 * the blog, not its posts subfolder. The deepest such folder wins. Paths are compared as given,
 * so pass real paths. Folder targets and posts outside every known folder are left alone.
 */
export function withinKnownFolder(target: OpenTarget, knownFolders: readonly string[]): OpenTarget {
  if (target.post === null) return target;
  const file = resolve(target.folder, target.post);
  let best: string | null = null;
  for (const folder of knownFolders) {
    const inside = relative(folder, file);
    // Outside: climbs out, or another drive on Windows (relative() then returns an absolute path).
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) continue;
    if (best === null || folder.length > best.length) best = folder;
  }
  return best === null ? target : { folder: best, post: relative(best, file).split(sep).join('/') };
}
