#!/usr/bin/env node
// Packages the app offline, the way a release does up to the installer step, and checks the result:
//   electron-builder --linux dir, with electron-builder.yml and its afterPack hook, against a
//   stand-in "unpacked Electron" folder (electronDist) instead of the real download.
// The stand-in holds the files electron-builder moves around (LICENSE, LICENSES.chromium.html, version)
// and, as its `electron` executable, a small data file carrying Electron's fuse wire: enough for
// @electron/fuses to flip, nothing that could run. Then it asserts:
//   - app.asar holds the main bundle and the CLI, the preload as one CommonJS file, the renderer,
//     the window icon and package.json, plus the runtime `dependencies`; no tests, TypeScript
//     sources, source maps or devDependencies;
//   - the fuses in the packaged binary are the ones scripts/after-pack.mjs sets;
// and prints the asar's file count and size. Needs `npm run build` first.
// Usage: node scripts/check-package.mjs [--keep]   (--keep leaves the temp folder for a look)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { listPackage, statFile } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, Platform, build } from 'electron-builder';
import { POSTWRIGHT_FUSES } from './after-pack.mjs';
import { loadBuilderConfig, loadPackageJson } from './check-builder-config.mjs';

const projectRoot = resolve(import.meta.dirname, '..');

/** Electron's fuse sentinel (@electron/fuses looks for it), then wire version 1 and its length. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's wire as it ships (eight fuses, '1' on / '0' off): RunAsNode, NODE_OPTIONS, --inspect and
 * file:// privileges on; cookie encryption, asar integrity, asar-only and the V8 snapshot off. Every
 * fuse after-pack.mjs sets differs from this, so reading ours back proves the hook ran.
 */
export const ELECTRON_DEFAULT_WIRE = '10110001';

/**
 * A stand-in for the `electron` executable: filler, the sentinel, version 1, the wire length and
 * the wire. It only has to carry the bytes @electron/fuses reads and writes.
 */
export function standInElectronBinary(wire = ELECTRON_DEFAULT_WIRE) {
  return Buffer.concat([
    Buffer.from('Postwright packaging check: a stand-in, not an Electron binary.\n'),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([0x01, wire.length]),
    Buffer.from(wire, 'latin1'),
    Buffer.alloc(64),
  ]);
}

/** The unpacked-Electron folder electron-builder copies for `--linux dir`. */
async function writeStandInElectronDist(dir, electronVersion) {
  await mkdir(join(dir, 'resources'), { recursive: true });
  await writeFile(join(dir, 'electron'), standInElectronBinary(), { mode: 0o755 });
  await writeFile(join(dir, 'LICENSE'), 'Stand-in for Electron’s LICENSE.\n');
  await writeFile(join(dir, 'LICENSES.chromium.html'), '<p>Stand-in for Chromium’s licenses.</p>\n');
  await writeFile(join(dir, 'version'), `${electronVersion}\n`);
}

/** Names of installed packages (and what they pull in) that the asar may hold: `dependencies`. */
function runtimePackageNames(packageJson, without = null) {
  const seen = new Set();
  const visit = (name, fromDir) => {
    if (seen.has(name)) return;
    const dir = [fromDir, projectRoot]
      .map((base) => join(base, 'node_modules', name))
      .find((candidate) => existsSync(join(candidate, 'package.json')));
    if (dir === undefined) return; // optional and not installed
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const dependency of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) visit(dependency, dir);
  };
  for (const name of Object.keys(packageJson.dependencies ?? {})) if (name !== without) visit(name, projectRoot);
  return seen;
}

/** The package a node_modules path belongs to (`/node_modules/@scope/name/…` → `@scope/name`). */
function packageOf(file) {
  const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/|$)(?!.*\/node_modules\/)/.exec(file);
  return match?.[1] ?? null;
}

/**
 * Every problem with the asar's file list; empty when it is right.
 * @param {string[]} files paths as @electron/asar lists them ("/out/main/index.js")
 * @param {{ dependencies: Set<string>, devDependencies: string[], built?: string[] }} packages
 *   `built`: every file the build wrote under out/ (maps excepted), each of which must ship: an
 *   entry added to electron.vite.config.ts (a CLI command, a worker) is then checked without
 *   naming it here.
 */
export function asarProblems(files, { dependencies, devDependencies, built = [] }) {
  const problems = [];
  const has = (file) => files.includes(file);
  for (const file of built) if (!has(file)) problems.push(`built file ${file} is not in the asar`);
  for (const required of [
    '/package.json',
    '/out/main/index.js',
    '/out/main/cli.js',
    '/out/preload/index.cjs',
    '/out/renderer/index.html',
    '/assets/icons/png/512x512.png',
  ]) {
    if (!has(required)) problems.push(`missing ${required}`);
  }
  if (!files.some((file) => /^\/out\/renderer\/assets\/.+\.js$/.test(file))) problems.push('missing the renderer bundle (/out/renderer/assets/*.js)');
  const preloads = files.filter((file) => file.startsWith('/out/preload/') && /\.[cm]?js$/.test(file));
  if (preloads.length !== 1) problems.push(`the preload must be one CommonJS file, found ${preloads.join(', ') || 'none'}`);

  const ownFiles = files.filter((file) => !file.includes('/node_modules/'));
  const rules = [
    [/\.map$/, 'a source map'],
    [/\.(test|spec)\.[cm]?[jt]sx?$/, 'a test'],
    [/\.tsx?$/, 'a TypeScript source'],
    [/^\/(electron|renderer|shared|e2e|scripts|bench|docs|\.ci|\.github)\//, 'a source folder'],
    [/^\/assets\/sample-blog\//, 'the sample blog (it ships in resources/, outside the asar)'],
  ];
  for (const file of ownFiles) {
    const rule = rules.find(([pattern]) => pattern.test(file));
    if (rule !== undefined) problems.push(`${file} is ${rule[1]}`);
  }
  const topLevel = new Set(ownFiles.map((file) => file.split('/')[1]));
  for (const entry of topLevel) {
    if (!['out', 'assets', 'package.json', 'node_modules'].includes(entry)) problems.push(`unexpected top-level entry /${entry}`);
  }

  const shippedPackages = new Set(files.map(packageOf).filter((name) => name !== null));
  for (const name of shippedPackages) {
    if (devDependencies.includes(name) && !dependencies.has(name)) problems.push(`devDependency ${name} is in the asar`);
    else if (!dependencies.has(name)) problems.push(`${name} is in the asar but no runtime dependency needs it`);
  }
  for (const name of dependencies) {
    if (!shippedPackages.has(name)) problems.push(`runtime dependency ${name} is missing from the asar`);
  }
  return problems;
}

export async function checkPackage({ keep = false } = {}) {
  const started = performance.now();
  const packageJson = loadPackageJson();
  const electronVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8')).version;
  for (const built of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    if (!existsSync(join(projectRoot, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  const work = await mkdtemp(join(tmpdir(), 'postwright-package-'));
  try {
    const electronDist = join(work, 'electron-dist');
    await writeStandInElectronDist(electronDist, electronVersion);
    const config = loadBuilderConfig();
    await build({
      projectDir: projectRoot,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      publish: 'never',
      config: {
        ...config,
        electronDist,
        electronVersion,
        directories: { ...config.directories, output: join(work, 'release') },
        // Nothing here to rebuild (no native modules), and a rebuild would look for headers online.
        npmRebuild: false,
      },
    });

    const appOutDir = join(work, 'release', 'linux-unpacked');
    const asarPath = join(appOutDir, 'resources', 'app.asar');
    const problems = [];
    if (!existsSync(asarPath)) throw new Error(`no app.asar at ${asarPath}`);
    const entries = listPackage(asarPath, { isPack: false });
    const files = entries.filter((entry) => !isDirectoryEntry(entries, entry));
    problems.push(
      ...asarProblems(files, {
        dependencies: runtimePackageNames(packageJson),
        devDependencies: Object.keys(packageJson.devDependencies ?? {}),
        built: builtFiles(),
      }),
    );

    const sampleBlog = join(appOutDir, 'resources', 'sample-blog');
    if (!existsSync(join(sampleBlog))) problems.push('resources/sample-blog is missing (extraResources)');

    const executable = join(appOutDir, config.linux?.executableName ?? 'postwright');
    const wire = await getCurrentFuseWire(executable);
    for (const [index, enabled] of Object.entries(POSTWRIGHT_FUSES)) {
      const expected = enabled ? 49 : 48; // '1' / '0'
      if (wire[index] !== expected) {
        const state = (byte) => (byte === 49 ? 'on' : byte === 48 ? 'off' : `byte ${byte}`);
        problems.push(`fuse ${FuseV1Options[index]} is ${state(wire[index])}, expected ${state(expected)} (did the afterPack hook run?)`);
      }
    }

    const resourcesDir = join(appOutDir, 'resources');
    const report = {
      files: files.length,
      // What an installer carries besides Electron itself: the asar compressed as installers do
      // (gzip, close to NSIS's and AppImage's), and the rest of resources/ (the sample blog, app-update.yml).
      asarGzipBytes: gzipSync(readFileSync(asarPath), { level: 6 }).length,
      otherResourcesBytes: folderBytes(resourcesDir) - statSync(asarPath).size,
      nodeModulesFiles: files.filter((file) => file.startsWith('/node_modules/')).length,
      bytes: statSync(asarPath).size,
      seconds: (performance.now() - started) / 1000,
      byDependency: costByDependency(asarPath, files, packageJson),
    };
    return { problems, report };
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }
}

/**
 * What each runtime dependency adds to the asar: the files of the packages that only it pulls in.
 * (Answers "what would dropping jsdom save?" with a number.)
 */
function costByDependency(asarPath, files, packageJson) {
  const all = runtimePackageNames(packageJson);
  const sizeOf = (file) => statFile(asarPath, file.slice(1)).size ?? 0;
  return Object.keys(packageJson.dependencies ?? {})
    .map((name) => {
      const remaining = runtimePackageNames(packageJson, name);
      const exclusive = new Set([...all].filter((pkg) => !remaining.has(pkg)));
      const own = files.filter((file) => exclusive.has(packageOf(file)));
      return { name, packages: exclusive.size, files: own.length, bytes: own.reduce((sum, file) => sum + sizeOf(file), 0) };
    })
    .sort((a, b) => b.bytes - a.bytes);
}

/** The files electron-vite built under out/, as the asar names them ("/out/main/cli.js"); maps excluded by the config. */
function builtFiles() {
  return walk(join(projectRoot, 'out'))
    .filter((file) => !file.endsWith('.map'))
    .map((file) => `/${relative(projectRoot, file).split(sep).join('/')}`);
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function folderBytes(dir) {
  return walk(dir).reduce((sum, file) => sum + statSync(file).size, 0);
}

/** @electron/asar lists folders too; a folder is an entry that another entry sits inside. */
function isDirectoryEntry(entries, entry) {
  return entries.some((other) => other.startsWith(`${entry}/`));
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  const { problems, report } = await checkPackage({ keep: process.argv.includes('--keep') });
  if (problems.length > 0) {
    console.error(`app.asar: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `app.asar OK: ${report.files} files (${report.nodeModulesFiles} in node_modules), ${(report.bytes / 1024 / 1024).toFixed(2)} MB; ` +
        `fuses as set by scripts/after-pack.mjs; packaged in ${report.seconds.toFixed(1)} s`,
    );
  }
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(
    `Installer payload besides Electron: app.asar ${mb(report.bytes)} (${mb(report.asarGzipBytes)} gzipped), ` +
      `other resources (sample blog, update config) ${(report.otherResourcesBytes / 1024).toFixed(0)} KB`,
  );
  console.log('What each runtime dependency adds (with the packages only it pulls in):');
  for (const { name, packages, files, bytes } of report.byDependency) {
    console.log(`  ${name.padEnd(26)} ${String(packages).padStart(3)} packages ${String(files).padStart(5)} files ${(bytes / 1024 / 1024).toFixed(2).padStart(6)} MB`);
  }
}
