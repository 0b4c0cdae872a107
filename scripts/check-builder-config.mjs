#!/usr/bin/env node
// Checks electron-builder.yml offline, in seconds, instead of at the end of a packaging run:
//  1. electron-builder's own schema validation (app-builder-lib's validateConfiguration, the call
//     `electron-builder` makes before any download), so unknown keys and wrong types fail here;
//  2. what the schema cannot see: deb needs a homepage and a maintainer email, every icon named
//     must exist (and the main PNG be big enough for .icns), extraResources sources must exist,
//     entitlements and the afterPack hook must exist, and the release targets must stay
//     nsis, portable, dmg, zip, AppImage and deb.
// Usage: node scripts/check-builder-config.mjs [path/to/electron-builder.yml]
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Targets a release must build; names as electron-builder spells them. */
export const REQUIRED_TARGETS = ['nsis', 'portable', 'dmg', 'zip', 'AppImage', 'deb'];

/** The smallest icon PNG from which electron-builder makes a sharp .icns (it wants 512 or more). */
const MIN_ICON_SIZE = 512;

/**
 * app-builder-lib is electron-builder's dependency, not ours: resolve it from electron-builder so
 * the check uses exactly the version that packages, hoisted or not.
 */
function loadValidator() {
  const fromProject = createRequire(resolve(projectRoot, 'package.json'));
  const fromBuilder = createRequire(fromProject.resolve('electron-builder/package.json'));
  const appBuilderLib = fromBuilder.resolve('app-builder-lib/package.json');
  const fromLib = createRequire(appBuilderLib);
  const { validateConfiguration } = fromLib('./out/util/config/config.js');
  const { DebugLogger } = fromLib('builder-util');
  const { version } = fromLib('./package.json');
  return { validateConfiguration, DebugLogger, version };
}

/** Reads and parses the YAML config. */
export function loadBuilderConfig(file = resolve(projectRoot, 'electron-builder.yml')) {
  return parse(readFileSync(file, 'utf8'));
}

/** Reads package.json, which electron-builder merges in as the app's metadata. */
export function loadPackageJson(dir = projectRoot) {
  return JSON.parse(readFileSync(resolve(dir, 'package.json'), 'utf8'));
}

/**
 * Every problem with `config`, as sentences; an empty list means it passes.
 * @param {unknown} config the parsed electron-builder.yml
 * @param {{ projectDir?: string, packageJson?: Record<string, unknown> }} [options]
 */
export async function checkBuilderConfig(config, options = {}) {
  const projectDir = options.projectDir ?? projectRoot;
  const packageJson = options.packageJson ?? loadPackageJson(projectDir);
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    return ['the configuration is not a YAML mapping'];
  }

  const problems = [];
  const { validateConfiguration, DebugLogger } = loadValidator();
  try {
    // The validator coerces types in place: give it a copy.
    await validateConfiguration(structuredClone(config), new DebugLogger(false));
  } catch (error) {
    problems.push(withoutHowToFix(error instanceof Error ? error.message : String(error)));
  }

  const targets = targetNames(config);
  const missingTargets = REQUIRED_TARGETS.filter((name) => !targets.has(name.toLowerCase()));
  if (missingTargets.length > 0) problems.push(`targets must include ${missingTargets.join(', ')} (found: ${[...targets].join(', ') || 'none'})`);

  if (targets.has('deb')) problems.push(...debProblems(config, packageJson));
  problems.push(...iconProblems(config, projectDir));
  problems.push(...extraResourceProblems(config, projectDir));
  problems.push(...namedFileProblems(config, projectDir));
  return problems;
}

/** electron-builder appends a generic "How to fix" to every schema error; keep just the errors. */
function withoutHowToFix(message) {
  return message
    .replace(/\n\s*How to fix:(?:\n\s+(?:\d\.|\*).*)+/g, '')
    .replace(/\n\s*\n/g, '\n')
    .trim();
}

/** Lower-cased names of every target under win, mac and linux (a string, a list, or {target}). */
function targetNames(config) {
  const names = new Set();
  for (const platform of ['win', 'mac', 'linux']) {
    const target = config[platform]?.target;
    for (const entry of target == null ? [] : Array.isArray(target) ? target : [target]) {
      const name = typeof entry === 'string' ? entry : entry?.target;
      if (typeof name === 'string') names.add(name.toLowerCase());
    }
  }
  return names;
}

/** The email in an npm `author`: `{ email }` or `"Name <email> (url)"`. */
function authorEmail(author) {
  if (typeof author === 'string') return /<([^>]+@[^>]+)>/.exec(author)?.[1] ?? null;
  if (author !== null && typeof author === 'object' && typeof author.email === 'string' && author.email.includes('@')) {
    return author.email;
  }
  return null;
}

/** What electron-builder's FpmTarget demands only when it builds the deb. */
function debProblems(config, packageJson) {
  const problems = [];
  const metadata = { ...packageJson, ...(config.extraMetadata ?? {}) };
  if (typeof metadata.homepage !== 'string' || metadata.homepage === '') {
    problems.push('deb needs a homepage: set "homepage" in package.json');
  }
  const maintainer = config.deb?.maintainer ?? config.linux?.maintainer;
  if (maintainer == null && authorEmail(metadata.author) === null) {
    problems.push('deb needs a maintainer email: set package.json "author" with an email, or linux.maintainer');
  } else if (maintainer != null && !/<[^>]+@[^>]+>/.test(String(maintainer))) {
    problems.push(`deb maintainer "${maintainer}" must be "Name <email>"`);
  }
  return problems;
}

/** Every string under a key ending in "icon" (icon, installerIcon, dmg.icon, fileAssociations[].icon…). */
function namedIcons(value, path = '') {
  if (Array.isArray(value)) return value.flatMap((item, index) => namedIcons(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const childPath = path ? `${path}.${key}` : key;
    return /icon$/i.test(key) && typeof child === 'string' ? [{ path: childPath, file: child }] : namedIcons(child, childPath);
  });
}

function iconProblems(config, projectDir) {
  const buildResources = resolve(projectDir, config.directories?.buildResources ?? 'build');
  // electron-builder looks a relative icon up in buildResources first, then in the project.
  const locate = (file) => [resolve(buildResources, file), resolve(projectDir, file)].find((path) => existsSync(path));
  const icons = namedIcons(config);
  if (icons.length === 0 && locate('icon.png') === undefined) {
    return [`no icon: set "icon" or add icon.png to ${config.directories?.buildResources ?? 'build'}/`];
  }
  const problems = [];
  for (const { path, file } of icons) {
    const found = locate(file);
    if (found === undefined) {
      problems.push(`${path}: ${file} does not exist (looked in buildResources and the project)`);
    } else if (extname(found).toLowerCase() === '.png') {
      const size = pngSize(found);
      if (size === null) problems.push(`${path}: ${file} is not a PNG`);
      else if (Math.min(size.width, size.height) < MIN_ICON_SIZE) {
        problems.push(`${path}: ${file} is ${size.width}×${size.height}; use at least ${MIN_ICON_SIZE}×${MIN_ICON_SIZE} (1024 is best)`);
      }
    }
  }
  return problems;
}

/** Width and height from a PNG's IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
  const bytes = readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') {
    return null;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** electron-builder skips a missing extraResources source with a warning; a release would lack it. */
function extraResourceProblems(config, projectDir) {
  const entries = config.extraResources == null ? [] : Array.isArray(config.extraResources) ? config.extraResources : [config.extraResources];
  return entries
    .map((entry) => (typeof entry === 'string' ? entry : entry?.from))
    .filter((from) => typeof from === 'string' && !/[*?{]/.test(from) && !existsSync(resolve(projectDir, from)))
    .map((from) => `extraResources: ${from} does not exist`);
}

/** Files the config names that electron-builder reads only late (signing, the afterPack hook). */
function namedFileProblems(config, projectDir) {
  const named = [
    ['mac.entitlements', config.mac?.entitlements],
    ['mac.entitlementsInherit', config.mac?.entitlementsInherit],
    ['afterPack', config.afterPack],
    ['nsis.include', config.nsis?.include],
  ];
  return named
    .filter(([, file]) => typeof file === 'string' && !existsSync(resolve(projectDir, file)))
    .map(([key, file]) => `${key}: ${file} does not exist`);
}

async function main() {
  const file = resolve(process.argv[2] ?? resolve(projectRoot, 'electron-builder.yml'));
  const name = file.startsWith(projectRoot) ? file.slice(projectRoot.length + 1) : file;
  let problems;
  try {
    problems = await checkBuilderConfig(loadBuilderConfig(file));
  } catch (error) {
    problems = [`could not check: ${error instanceof Error ? error.message : String(error)}`];
  }
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p.replaceAll('\n', '\n    ')}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const { version } = loadValidator();
  console.log(`${name} OK (electron-builder ${version} schema; targets ${REQUIRED_TARGETS.join(', ')}; deb metadata; icons)`);
}

if (process.argv[1] !== undefined && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  await main();
}
