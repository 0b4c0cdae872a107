import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { copyFile, readFile, realpath, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildSiteModel, parseSitePost, type ParsedSitePost, type SitePost } from '../../../../shared/export/site/site-model';
import { indexPage, postPage, tagPage, tagsIndexPage, type SiteContext } from '../../../../shared/export/site/site-pages';
import { absoluteUrl, postLinkResolver, sitePaths, urlOf, type UrlStyle } from '../../../../shared/export/site/site-paths';
import { sitemapXml } from '../../../../shared/export/site/sitemap';
import { THEMES } from '../../../../shared/export/themes';
import type { RemoteContentPolicy } from '../../../../shared/markdown/remote-content';
import { decodePost, MAX_POST_BYTES } from '../../library/decode-post';
import { walkPosts, type ListedFile } from '../../library/list-posts';
import { detectSite } from '../../site/detect-site';
import { NO_SITE_DATA, readSiteData } from '../../site/site-data-files';
import type { SiteProfile } from '../../site/site-profile';
import { renderExportBody } from '../export-markdown';
import { isInside, OutputFolder, refuseOutput } from './output-folder';
import { readSiteSettings } from './read-site-settings';
import { buildFeeds, type FeedPost } from './site-feeds';
import { MANIFEST_FILE, readManifest, type ManifestPost, type SiteManifest } from './site-manifest';

export interface ExportSiteOptions {
  readonly folder: string;
  readonly out: string;
  readonly drafts?: boolean;
  readonly clean?: boolean;
  readonly style?: UrlStyle;
  readonly remoteContent?: RemoteContentPolicy;
  readonly generator: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: { done: number; total: number; phase: 'posts' | 'pages' }) => void;
}

/** Something wrong with one input, reported with where it is; the export goes on without it. */
export interface ExportProblem {
  /** Which folder `file` is relative to. */
  readonly in: 'posts' | 'output';
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
}

export interface ExportSiteResult {
  readonly out: string;
  readonly posts: number;
  readonly tags: number;
  /** Output files (relative) written this time: unchanged ones are left untouched. */
  readonly written: readonly string[];
  /** Every output file Postwright keeps (written now or unchanged since last time). */
  readonly files: number;
  readonly deleted: readonly string[];
  readonly imagesCopied: number;
  readonly problems: readonly ExportProblem[];
  readonly settingsSource: string;
  readonly settingsCreated: boolean;
}

/** Refusals that stop the whole export before anything is written (a message for the writer). */
export class ExportRefused extends Error {}

/** Longest stretch of rendering without letting the host's event loop run. */
const YIELD_EVERY_MS = 25;

/**
 * Rendering is synchronous CPU work between awaits that resolve at once, so a long export would
 * hold the host's event loop: progress events would sit unsent, a Cancel request unread, and the
 * desktop app's main process (menus, IPC) stuck. This lets the loop run every YIELD_EVERY_MS.
 */
function eventLoopBreather(): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < YIELD_EVERY_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    last = performance.now();
  };
}

/**
 * Bodies of the feed's posts as rendered by an earlier export in this process (the app exports
 * the same blog again and again). The feeds hold the newest posts' whole HTML, so without this an
 * export after a one-post edit would read and render ~20 unchanged posts again. Keyed by posts
 * folder, output folder and post; valid while the post file (mtime, size), the settings and the links are.
 */
const feedBodies = new Map<string, { key: string; html: string; images: string[] }>();
const FEED_BODIES_KEPT = 200;

function keepFeedBody(id: string, entry: { key: string; html: string; images: string[] }): void {
  feedBodies.delete(id);
  feedBodies.set(id, entry);
  if (feedBodies.size > FEED_BODIES_KEPT) feedBodies.delete(feedBodies.keys().next().value!);
}

/** Bumped when templates change, so an old export is fully re-rendered. */
const TEMPLATE_VERSION = '1';

const sha1 = (text: string | Buffer) => createHash('sha1').update(text).digest('hex');

/**
 * Exports a posts folder as a static blog (pages, index, tag pages, feeds, sitemap, images).
 * Incremental: posts whose file is unchanged (mtime and size in the manifest) are not read or
 * rendered again unless the site's settings or its links changed, and a file whose content is
 * the same as last time is not rewritten. Only files the manifest lists are ever deleted.
 */
export async function exportSite(options: ExportSiteOptions): Promise<ExportSiteResult> {
  const style = options.style ?? 'pretty';
  const policy = options.remoteContent ?? 'https';
  let folder: string;
  try {
    folder = await realpath(options.folder);
    if (!(await stat(folder)).isDirectory()) throw new ExportRefused(`“${options.folder}” is a file, not a posts folder.`);
  } catch (error) {
    if (error instanceof ExportRefused) throw error;
    throw new ExportRefused(`The posts folder “${options.folder}” does not exist or cannot be read.`);
  }
  const outPath = await realpath(options.out).catch(() => options.out);
  const refusal = refuseOutput(folder, outPath);
  if (refusal) throw new ExportRefused(refusal);
  const output = await OutputFolder.open(outPath);
  const refusalReal = refuseOutput(folder, output.root);
  if (refusalReal) throw new ExportRefused(refusalReal);

  const problems: ExportProblem[] = [];
  const { settings, source: settingsSource, created: settingsCreated } = await readSiteSettings(folder);
  const userCss = await readFile(join(folder, settings.css), 'utf8').catch(() => '');
  const css = `${THEMES[settings.theme]}${userCss ? `\n/* ${settings.css} */\n${userCss}` : ''}`;
  const ctx: SiteContext = { settings, style, css, generator: options.generator, remoteImages: policy === 'https' };
  // The site's generator decides which files are posts and how their fields read (Astro's
  // `pubDate`, Jekyll's dated file names and `_drafts/`), as the app's post list reads them.
  const profile = detectSite(folder);
  // The post list's own walk, so the same files are posts here as in the app (the generator's
  // post folders; skipped, hidden and output folders; READMEs; links leading outside). It also
  // finds Eleventy's data files, which give whole folders tags and draft state as the list reads
  // them: a folder marked `draft: true` stays out of the site as it shows as drafts in the app.
  const dataFiles: string[] | undefined = profile.dataFiles === null ? undefined : [];
  const walked = walkPosts(folder, profile, undefined, dataFiles);
  const siteData = dataFiles === undefined ? NO_SITE_DATA : readSiteData(folder, dataFiles, walked.map((file) => file.id));
  const configKey = sha1(JSON.stringify([TEMPLATE_VERSION, options.generator, profile.generator, settings, style, options.drafts === true, policy, css, siteData.stamp]));

  // What an earlier export wrote: Postwright's to replace or delete, and (unless --clean) to reuse.
  const before = await readManifest(output.root);
  const ours = before?.files ?? {};
  // --clean renders and writes every file again and drops what is no longer written, as deleting
  // everything first would, without an unlink, an rmdir and a new mkdir for each file.
  const previous = options.clean ? null : before;
  const deleted: string[] = [];
  const fresh = previous === null || previous.configKey !== configKey;
  // Parsed fields kept from last time hold only if they were read the same way (same generator).
  const parsedBefore = fresh ? {} : previous!.posts;

  // 1. Read what changed; take the rest from the manifest.
  // jsdom (0.5–1 s to load) is not loaded ahead: the fast path reads the raw HTML blogs usually
  // hold (raw-html-filter.ts), so most sites never need it; the first post that does loads it.
  const scanned = statPosts(walked.filter((file) => !isInside(output.root, file.path)));
  const parsed: ParsedSitePost[] = [];
  const bodies = new Map<string, string>();
  const sourceInfo = new Map<string, { mtimeMs: number; size: number }>();
  let done = 0;
  // Read and parsed in file order with synchronous reads (a breather every YIELD_EVERY_MS): a
  // post the page cache holds reads in microseconds, and a promise per file through the thread
  // pool cost more than the read (the team's toolchain notes measured 2–4× for the post list).
  const breathe = eventLoopBreather();
  for (const file of scanned) {
    await breathe();
    options.signal?.throwIfAborted();
    const { id } = file;
    sourceInfo.set(id, { mtimeMs: file.modifiedMs, size: file.size });
    const cached = parsedBefore[id];
    if (cached && cached.mtimeMs === file.modifiedMs && cached.size === file.size) {
      parsed.push({ ...cached.parsed, body: '' });
    } else {
      const text = readPostText(file.path, id, file.size, problems);
      if (text !== null) {
        const post = parseSitePost({ id, text, modifiedMs: file.modifiedMs }, profile.generator, siteData.folderData);
        if (post.warning) problems.push({ in: 'posts', file: id, line: post.warningLine ?? 1, message: post.warning });
        parsed.push(post);
        bodies.set(id, post.body);
      }
    }
    options.onProgress?.({ done: ++done, total: scanned.length, phase: 'posts' });
  }
  const model = buildSiteModel(parsed, { drafts: options.drafts === true });
  const linkKey = sha1(JSON.stringify(model.posts.map((post) => [post.id, post.slug])));
  const rerenderAll = fresh || previous?.linkKey !== linkKey;

  // 2. Render pages that may have changed; write only files whose bytes differ.
  const files: Record<string, string> = {};
  const written: string[] = [];
  const pending: Promise<void>[] = [];
  /**
   * Writes a file unless the same bytes are already there; the write itself goes on in the
   * background while rendering continues (output-folder.ts says why). A file Postwright did not
   * write is never replaced.
   */
  const writeOutput = (file: string, text: string) => {
    // Encoded once, for the hash and the write (each would encode the string again).
    const content = Buffer.from(text);
    const hash = sha1(content);
    files[file] = hash;
    try {
      if (previous?.files[file] === hash && output.exists(file)) return;
      const target = output.prepare(file);
      if (ours[file] === undefined && !target.inNewFolder && output.exists(file)) {
        delete files[file];
        problems.push({ in: 'output', file, line: null, message: `“${file}” is already in the output folder and Postwright did not write it: left as it is.` });
        return;
      }
      pending.push(
        output.writeAtomic(target.path, content).then(
          () => void written.push(file),
          (error: Error) => failed(file, error),
        ),
      );
    } catch (error) {
      failed(file, error as Error);
    }
  };
  const failed = (file: string, error: Error) => {
    delete files[file];
    problems.push({ in: 'output', file, line: null, message: error.message });
  };

  const postsManifest: Record<string, ManifestPost> = {};
  const feedCount = Math.min(settings.feedItems, model.posts.length);
  const feedPosts: FeedPost[] = [];
  const allImages = new Set<string>();
  done = 0;
  /**
   * Cancelled while pages are being written: the files already written must stay Postwright's,
   * or the next export would take them for the writer's own and refuse to replace them. So the
   * writes in flight finish and a manifest records them under a config key no run matches (the
   * next export renders every page again, replacing them).
   */
  const stopIfAborted = async () => {
    if (!options.signal?.aborted) return;
    await Promise.all(pending);
    const partial: SiteManifest = { version: 1, configKey: 'cancelled', linkKey: '', files: { ...ours, ...files }, posts: {}, images: before?.images ?? {} };
    await writeFile(join(output.root, MANIFEST_FILE), JSON.stringify(partial));
    options.signal.throwIfAborted();
  };
  for (const [index, post] of model.posts.entries()) {
    await breathe();
    await stopIfAborted();
    const cached = previous?.posts[post.id];
    const changed = rerenderAll || bodies.has(post.id) || !cached;
    const inFeed = index < feedCount;
    const pageFile = sitePaths.post(post, style);
    let images: string[] = cached?.images ?? [];
    const source = sourceInfo.get(post.id)!;
    const feedKey = `${folder}\0${output.root}\0${post.id}`;
    const bodyKey = `${configKey}\0${linkKey}\0${source.mtimeMs}\0${source.size}`;
    const kept = !changed && inFeed ? feedBodies.get(feedKey) : undefined;
    if (kept && kept.key === bodyKey) {
      images = kept.images;
      feedPosts.push({ post, html: kept.html });
    } else if (changed || inFeed) {
      const body = bodies.get(post.id) ?? (await rereadBody(folder, post.id, profile));
      const used = new Set<string>();
      const html = await renderExportBody(body ?? '', policy, postLinkResolver(model, post, style, used));
      images = [...used];
      if (changed) writeOutput(pageFile, postPage(ctx, post, html));
      if (inFeed) {
        feedPosts.push({ post, html });
        if (body !== null) keepFeedBody(feedKey, { key: bodyKey, html, images });
      }
    }
    if (!changed) files[pageFile] = previous!.files[pageFile] ?? '';
    for (const image of images) allImages.add(image);
    const { body: _body, ...rest } = post as SitePost;
    const { slug: _slug, ...parsedOnly } = rest;
    postsManifest[post.id] = { ...source, parsed: parsedOnly, images };
    options.onProgress?.({ done: ++done, total: model.posts.length, phase: 'pages' });
  }
  // Drafts left out still keep their parsed fields, so the next run need not read them again.
  for (const post of parsed) {
    if (postsManifest[post.id] || !post.draft) continue;
    const { body: _body, ...parsedOnly } = post;
    postsManifest[post.id] = { ...sourceInfo.get(post.id)!, parsed: parsedOnly, images: [] };
  }

  writeOutput(sitePaths.index, indexPage(ctx, model));
  writeOutput(sitePaths.tagsIndex(style), tagsIndexPage(ctx, model));
  for (const tag of model.tags) writeOutput(sitePaths.tag(tag.slug, style), tagPage(ctx, tag));
  const feeds = buildFeeds(settings, style, feedPosts, options.generator);
  writeOutput(sitePaths.rss, feeds.rss);
  writeOutput(sitePaths.atom, feeds.atom);
  const pageUrls = [
    { loc: absoluteUrl(settings.baseUrl, ''), lastmod: null },
    ...model.posts.map((post) => ({ loc: absoluteUrl(settings.baseUrl, urlOf(sitePaths.post(post, style), style)), lastmod: post.date ? post.date.slice(0, 10) : null })),
    ...model.tags.map((tag) => ({ loc: absoluteUrl(settings.baseUrl, urlOf(sitePaths.tag(tag.slug, style), style)), lastmod: null })),
  ];
  writeOutput(sitePaths.sitemap, sitemapXml(pageUrls));
  await Promise.all(pending);
  written.sort();

  // 3. Images used by published posts, copied when their source changed.
  const imageManifest: SiteManifest['images'] = {};
  let imagesCopied = 0;
  // Checked with synchronous calls, a breather every YIELD_EVERY_MS: a stat of a file the page
  // cache holds takes microseconds, and the promise round trip through the thread pool cost more
  // than the call itself (~700 images in the bench blog, on every incremental export).
  const imageList = [...allImages];
  const sources: ({ source: string; info: Stats } | { error: Error })[] = [];
  for (const image of imageList) {
    await breathe();
    try {
      const path = join(folder, ...image.split('/'));
      // A stat first: a missing image (common in a draft-heavy blog) then costs one call, not
      // the realpath's one per folder level. The realpath still decides where it really is.
      if (!statSync(path, { throwIfNoEntry: false })) throw new Error('it does not exist');
      const source = realpathSync.native(path);
      if (!isInside(folder, source)) throw new Error('it is outside the posts folder');
      const info = statSync(source);
      if (!info.isFile()) throw new Error('it is not a file');
      sources.push({ source, info });
    } catch (error) {
      sources.push({ error: error as Error });
    }
  }
  for (const [index, image] of imageList.entries()) {
    const file = sitePaths.media(image);
    const checked = sources[index]!;
    try {
      if ('error' in checked) throw checked.error;
      const { source, info } = checked;
      imageManifest[image] = { mtimeMs: info.mtimeMs, size: info.size };
      const copied = previous?.images[image];
      files[file] = `${info.size}:${info.mtimeMs}`;
      if (copied && copied.mtimeMs === info.mtimeMs && copied.size === info.size && output.exists(file)) continue;
      const target = output.prepare(file);
      if (ours[file] === undefined && !target.inNewFolder && output.exists(file)) {
        delete files[file];
        problems.push({ in: 'output', file, line: null, message: `“${file}” is already in the output folder and Postwright did not write it: left as it is.` });
        continue;
      }
      await copyFile(source, `${target.path}.postwright.tmp`);
      await rename(`${target.path}.postwright.tmp`, target.path);
      imagesCopied++;
    } catch (error) {
      problems.push({ in: 'posts', file: image, line: null, message: `Image not copied: ${(error as Error).message.replace(/^ENOENT.*/, 'it does not exist')}.` });
    }
  }

  // 4. What Postwright wrote before and no longer writes: remove it (and only it).
  if (before) {
    for (const file of Object.keys(ours)) {
      if (files[file] === undefined && (await removeOurs(output, file))) deleted.push(file);
    }
  }
  const manifest: SiteManifest = { version: 1, configKey, linkKey, files, posts: postsManifest, images: imageManifest };
  await writeFile(join(output.root, MANIFEST_FILE), JSON.stringify(manifest));
  return {
    out: output.root,
    posts: model.posts.length,
    tags: model.tags.length,
    written,
    files: Object.keys(files).length,
    deleted,
    imagesCopied,
    problems,
    settingsSource,
    settingsCreated,
  };
}

function readPostText(path: string, id: string, size: number, problems: ExportProblem[]): string | null {
  if (size > MAX_POST_BYTES) {
    problems.push({ in: 'posts', file: id, line: null, message: 'The post is larger than 10 MB and was left out.' });
    return null;
  }
  try {
    return decodePost(readFileSync(path), id).text;
  } catch (error) {
    problems.push({ in: 'posts', file: id, line: null, message: `${(error as Error).message.replace(/ and reopen the folder\.$/, '.')} It was left out.` });
    return null;
  }
}

async function rereadBody(folder: string, id: string, profile: SiteProfile): Promise<string | null> {
  try {
    return parseSitePost({ id, text: decodePost(await readFile(join(folder, ...id.split('/'))), id).text, modifiedMs: 0 }, profile.generator).body;
  } catch {
    return null;
  }
}

/** Size and modification time of each walked post; one that vanished or is not a file is left out. */
function statPosts(files: readonly ListedFile[]): (ListedFile & { readonly size: number; readonly modifiedMs: number })[] {
  const found: (ListedFile & { readonly size: number; readonly modifiedMs: number })[] = [];
  for (const file of files) {
    const info = statSync(file.path, { throwIfNoEntry: false });
    if (info?.isFile()) found.push({ ...file, size: info.size, modifiedMs: info.mtimeMs });
  }
  return found;
}

/** Deletes a file Postwright wrote, then any folder that became empty (never a non-empty one). */
async function removeOurs(output: OutputFolder, file: string): Promise<boolean> {
  const target = join(output.root, ...file.split('/'));
  if (!isInside(output.root, target)) return false;
  try {
    await unlink(target);
  } catch {
    return false;
  }
  for (let dir = dirname(target); dir !== output.root && isInside(output.root, dir); dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      break;
    }
  }
  return true;
}
