import { describe, expect, it } from 'vitest';
import { asarProblems } from './check-package.mjs';

/** The asar file-list rules of `npm run check:package`, on lists made up here. */
const good = [
  '/package.json',
  '/out/main/index.js',
  '/out/main/cli.js',
  '/out/main/chunks/create-app-services.js',
  '/out/preload/index.cjs',
  '/out/renderer/index.html',
  '/out/renderer/assets/index-abc123.js',
  '/out/renderer/assets/index-abc123.css',
  '/assets/icons/png/512x512.png',
  '/node_modules/yaml/package.json',
  '/node_modules/yaml/dist/index.js',
  '/node_modules/@scope/runtime/index.js',
];
const packages = { dependencies: new Set(['yaml', '@scope/runtime']), devDependencies: ['react', 'vitest'] };

describe('asarProblems', () => {
  it('accepts the build, the icon, package.json and the runtime dependencies', () => {
    expect(asarProblems(good, packages)).toEqual([]);
  });

  it('refuses source maps, tests, TypeScript sources, source folders and the sample blog', () => {
    const problems = asarProblems(
      [
        ...good,
        '/out/main/index.js.map',
        '/out/main/thing.test.js',
        '/electron/main/index.ts',
        '/renderer/app.tsx',
        '/assets/sample-blog/hello.md',
      ],
      packages,
    );
    expect(problems).toEqual([
      '/out/main/index.js.map is a source map',
      '/out/main/thing.test.js is a test',
      '/electron/main/index.ts is a TypeScript source',
      '/renderer/app.tsx is a TypeScript source',
      '/assets/sample-blog/hello.md is the sample blog (it ships in resources/, outside the asar)',
      'unexpected top-level entry /electron',
      'unexpected top-level entry /renderer',
    ]);
  });

  it('refuses devDependencies and packages nothing at run time needs, and notices a missing runtime one', () => {
    const problems = asarProblems([...good.filter((f) => !f.includes('@scope')), '/node_modules/react/index.js', '/node_modules/left-pad/index.js'], packages);
    expect(problems).toEqual([
      'devDependency react is in the asar',
      'left-pad is in the asar but no runtime dependency needs it',
      'runtime dependency @scope/runtime is missing from the asar',
    ]);
  });

  it('needs every file the build wrote (a new entry such as a worker or a CLI chunk ships or fails here)', () => {
    const built = ['/out/main/index.js', '/out/main/cli.js', '/out/main/site-render-worker.js'];
    expect(asarProblems(good, { ...packages, built })).toEqual(['built file /out/main/site-render-worker.js is not in the asar']);
    expect(asarProblems([...good, '/out/main/site-render-worker.js'], { ...packages, built })).toEqual([]);
  });

  it('needs the main bundle, the CLI, one CommonJS preload and the renderer', () => {
    const problems = asarProblems(
      [...good.filter((f) => !/\/(cli\.js|index\.cjs|index\.html)$/.test(f)), '/out/preload/index.mjs', '/out/preload/chunk.mjs'],
      packages,
    );
    expect(problems).toEqual([
      'missing /out/main/cli.js',
      'missing /out/preload/index.cjs',
      'missing /out/renderer/index.html',
      'the preload must be one CommonJS file, found /out/preload/index.mjs, /out/preload/chunk.mjs',
    ]);
  });
});
