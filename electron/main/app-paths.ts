import { join, resolve } from 'node:path';
import { APP_PAGE_URL } from './protocol-files';

/**
 * Where the built pieces live, relative to this bundle (out/main/index.js). Derived from the
 * bundle's own folder rather than app.getAppPath(): launched as `electron out/main/index.js`
 * (as the e2e spec does) the app path is out/main, not the project root.
 */
export interface AppPaths {
  /** The sandboxed preload: one CommonJS file. */
  readonly preload: string;
  /**
   * What the window loads: the built renderer folder, served as app://postwright (never file://),
   * or the dev server.
   */
  readonly renderer: { readonly kind: 'protocol'; readonly dir: string } | { readonly kind: 'url' };
  /** The renderer's URL, for deciding what is "our page" (navigation, IPC senders). */
  readonly rendererUrl: string;
  /** The shipped sample posts, copied into userData on first launch. */
  readonly sampleBlogSource: string;
  /** The window icon (Linux; inside app.asar when packaged, see electron-builder.yml `files`). */
  readonly windowIcon: string;
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
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    renderer: devUrl !== undefined ? { kind: 'url' } : { kind: 'protocol', dir: join(outDir, 'renderer') },
    rendererUrl: devUrl ?? APP_PAGE_URL,
    windowIcon: join(outDir, '..', 'assets', 'icons', 'png', '512x512.png'),
    sampleBlogSource: isPackaged
      ? join(resourcesPath, 'sample-blog')
      : resolve(outDir, '..', 'assets', 'sample-blog'),
  };
}
