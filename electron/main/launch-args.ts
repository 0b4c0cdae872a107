import { dirname, resolve } from 'node:path';
import { isPostFileName } from '../../shared/posts/post-file';

/** The folder to open for a path the user or the OS gave: a Markdown file opens its folder. */
export function folderForPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  return isPostFileName(absolute) ? dirname(absolute) : absolute;
}

/**
 * The folder named on the command line (`postwright ~/blog`, or a file the OS passes for a file
 * association), or undefined.
 *
 * argv is Electron's: [executable, ...switches, (app path when run as `electron <app>`), ...args].
 * Switches (`--inspect=0` from Playwright, `-psn_…` from old macOS) are skipped.
 */
export function folderArgument(argv: readonly string[], options: { defaultApp: boolean; cwd: string }): string | undefined {
  const positional = argv.slice(1).filter((arg) => arg !== '' && !arg.startsWith('-'));
  const value = options.defaultApp ? positional[1] : positional[0];
  return value === undefined ? undefined : folderForPath(value, options.cwd);
}
