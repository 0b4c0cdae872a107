import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Where the built pieces live, relative to this bundle (out/main/index.js). Derived from the
 * bundle's own folder rather than app.getAppPath(): launched as `electron out/main/index.js`
 * (as the e2e spec does) the app path is out/main, not the project root.
 */
export interface AppPaths {
  /** The sandboxed preload: one CommonJS file. */
  readonly preload: string;
  /** What the window loads: the built index.html, or the dev server. */
  readonly renderer: { readonly kind: 'file'; readonly path: string } | { readonly kind: 'url' };
  /** The renderer's URL, for deciding what is "our page" (navigation, IPC senders). */
  readonly rendererUrl: string;
  /** The shipped sample posts, copied into userData on first launch. */
  readonly sampleBlogSource: string;
}

export interface AppPathsInput {
  /** The folder of the main bundle (import.meta.dirname). */
  readonly bundleDir: string;
  readonly isPackaged: boolean;
  /** process.resourcesPath: extraResources land here in a packaged app. */
  readonly resourcesPath: string;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  readonly devServerUrl: string | undefined;
}

export function appPaths({ bundleDir, isPackaged, resourcesPath, devServerUrl }: AppPathsInput): AppPaths {
  const outDir = resolve(bundleDir, '..');
  // A packaged app never takes its page from the environment: anyone could set that variable.
  const devUrl = !isPackaged && devServerUrl ? devServerUrl : undefined;
  const rendererFile = join(outDir, 'renderer', 'index.html');
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    renderer: devUrl !== undefined ? { kind: 'url' } : { kind: 'file', path: rendererFile },
    rendererUrl: devUrl ?? pathToFileURL(rendererFile).href,
    sampleBlogSource: isPackaged
      ? join(resourcesPath, 'sample-blog')
      : resolve(outDir, '..', 'assets', 'sample-blog'),
  };
}
