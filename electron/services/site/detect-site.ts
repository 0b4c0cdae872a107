import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { astroProfile, eleventyProfile, hexoProfile, hugoProfile, jekyllProfile, plainProfile, type SiteProfile } from './site-profile';

const isDir = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};
const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};
/** A config file's text (first 64 KiB), or '' when unreadable: detection never fails on it. */
const readConfig = (path: string): string => {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(64 * 1024);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } catch {
    return '';
  } finally {
    if (fd !== null) closeSync(fd);
  }
};
const firstFile = (root: string, names: readonly string[]): string | null => names.map((name) => join(root, name)).find(isFile) ?? null;

/** `./content/` → `content`; '' for the site root. Refuses anything leaving the site. */
function relativeFolder(value: string | undefined): string | null {
  if (value === undefined) return null;
  const cleaned = value.trim().replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (cleaned === '.' || cleaned === '') return '';
  if (cleaned.startsWith('/') || cleaned.split('/').includes('..')) return null;
  return cleaned;
}

const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config/_default/hugo.toml', 'config/_default/hugo.yaml', 'config/_default/config.toml'];
const OLD_HUGO_CONFIGS = ['config.toml', 'config.yaml', 'config.yml', 'config.json'];
const ASTRO_CONFIGS = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts', 'astro.config.cjs'];
const ELEVENTY_CONFIGS = ['eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', 'eleventy.config.ts', '.eleventy.js', '.eleventy.cjs', '.eleventy.mjs'];

/**
 * Which generator built this site, from the files each one requires (their docs' layouts):
 * Hugo `hugo.*` (or the older `config.*` beside `content/`), Hexo `_config.yml` + `source/_posts/`,
 * Jekyll `_config.yml` + `_posts/`, Astro `astro.config.*` + `src/content/`, Eleventy its config;
 * else a plain folder of Markdown. Configs are only read for a folder setting (Hugo's `contentDir`,
 * Eleventy's `dir.input`) with a pattern, never run: they may be code.
 */
export function detectSite(root: string): SiteProfile {
  const hugoConfig = firstFile(root, HUGO_CONFIGS) ?? (isDir(join(root, 'content')) ? firstFile(root, OLD_HUGO_CONFIGS) : null);
  if (hugoConfig !== null) {
    const setting = /^\s*"?contentDir"?\s*[=:]\s*["']?([^"'\n,]+)["']?/m.exec(readConfig(hugoConfig))?.[1];
    const contentDir = relativeFolder(setting) ?? 'content';
    return hugoProfile(contentDir === '' ? 'content' : contentDir);
  }
  const hasJekyllConfig = isFile(join(root, '_config.yml')) || isFile(join(root, '_config.yaml')) || isFile(join(root, '_config.toml'));
  if (hasJekyllConfig && (isDir(join(root, 'source/_posts')) || isDir(join(root, 'scaffolds')))) return hexoProfile();
  if (hasJekyllConfig && (isDir(join(root, '_posts')) || isDir(join(root, '_drafts')))) return jekyllProfile();
  if (firstFile(root, ASTRO_CONFIGS) !== null && isDir(join(root, 'src/content'))) return astroProfile('src/content');
  const eleventyConfig = firstFile(root, ELEVENTY_CONFIGS);
  if (eleventyConfig !== null) {
    const text = readConfig(eleventyConfig);
    const input = relativeFolder(/\binput\s*:\s*["'`]([^"'`]+)["'`]/.exec(text)?.[1]);
    const output = relativeFolder(/\boutput\s*:\s*["'`]([^"'`]+)["'`]/.exec(text)?.[1]);
    const usable = input !== null && isDir(join(root, input));
    return eleventyProfile(usable ? input : '', output ?? '_site', input !== null && !usable ? `Eleventy's input folder “${input}” was not found; listing the whole site.` : null);
  }
  return plainProfile();
}
