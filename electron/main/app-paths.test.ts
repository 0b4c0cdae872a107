import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from './app-paths';

const root = resolve('/repo');
const bundleDir = join(root, 'out', 'main');

describe('appPaths', () => {
  it('finds the built preload and renderer next to the main bundle', () => {
    const paths = appPaths({ bundleDir, isPackaged: false, resourcesPath: '/x', devServerUrl: undefined });
    expect(paths.preload).toBe(join(root, 'out', 'preload', 'index.cjs'));
    expect(paths.renderer).toEqual({ kind: 'protocol', dir: join(root, 'out', 'renderer') });
    expect(paths.rendererUrl).toBe('app://postwright/index.html');
    expect(paths.sampleBlogSource).toBe(join(root, 'assets', 'sample-blog'));
    expect(paths.windowIcon).toBe(join(root, 'assets', 'icons', 'png', '512x512.png'));
  });

  it('uses the dev server in development', () => {
    const paths = appPaths({ bundleDir, isPackaged: false, resourcesPath: '/x', devServerUrl: 'http://localhost:5173' });
    expect(paths.renderer).toEqual({ kind: 'url' });
    expect(paths.rendererUrl).toBe('http://localhost:5173');
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app and reads resources from resourcesPath', () => {
    const resources = resolve('/opt/Postwright/resources');
    const paths = appPaths({
      bundleDir: join(resources, 'app.asar', 'out', 'main'),
      isPackaged: true,
      resourcesPath: resources,
      devServerUrl: 'https://evil.example',
    });
    expect(paths.renderer).toEqual({ kind: 'protocol', dir: join(resources, 'app.asar', 'out', 'renderer') });
    expect(paths.rendererUrl).toBe('app://postwright/index.html');
    expect(paths.sampleBlogSource).toBe(join(resources, 'sample-blog'));
    // The icon ships inside the asar (electron-builder.yml `files`), the sample blog beside it.
    expect(paths.windowIcon).toBe(join(resources, 'app.asar', 'assets', 'icons', 'png', '512x512.png'));
  });
});
