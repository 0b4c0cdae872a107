import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CliPaths {
  /** The built renderer the `serve` host serves. */
  readonly renderer: string;
  /** The shipped sample posts. */
  readonly sampleBlog: string;
  readonly version: string;
}

/**
 * Where the CLI's assets are, found from the bundle's own folder (out/main), never from the
 * current directory or a fixed project root: a clone (`<root>/out/main`, assets in
 * `<root>/assets`) and an installed app (`<resources>/app.asar/out/main`, the sample blog an
 * extra resource in `<resources>/sample-blog`) both work, whatever the working directory.
 */
export function cliPaths(bundleDir: string, exists: (path: string) => boolean = existsSync): CliPaths {
  const outDir = resolve(bundleDir, '..');
  const appDir = resolve(outDir, '..');
  const sampleBlog = [join(appDir, 'assets', 'sample-blog'), join(appDir, '..', 'sample-blog')].find(exists) ?? join(appDir, 'assets', 'sample-blog');
  let version = '0.0.0';
  try {
    version = (JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    // a stripped install without package.json still runs; the version only labels output
  }
  return { renderer: join(outDir, 'renderer'), sampleBlog, version };
}
