import type { SiteInfo } from '../../../shared/api/types';
import { SITE_LABELS, type SiteGenerator } from '../../../shared/site/site-kinds';
import { NO_SITE_DATA, isEleventyDataFileName, type SiteData } from './site-data-files';

/**
 * One generator's layout: where posts live, what inside those folders is not a post, where new
 * posts go and how they are named, and where static files are served from. Built by detectSite()
 * from the folder's config; everything is relative to the site root with `/` separators.
 */
export interface SiteProfile {
  readonly generator: SiteGenerator;
  /** Folders to walk for posts (`''` = the whole site). Nothing outside them is listed. */
  readonly postFolders: readonly string[];
  /** Folder names never entered while walking (output, dependencies, templates, themes). */
  readonly skipFolders: ReadonlySet<string>;
  /** Is this Markdown file (site-relative path) a post? Called after the folder rules. */
  readonly isPost: (id: string) => boolean;
  /** Where posts.create puts a new post when the listing gives no better answer. */
  readonly newPostFolder: string;
  /** Jekyll names posts `YYYY-MM-DD-slug.md`; the others `slug.md`. */
  readonly datedFileNames: boolean;
  /** Candidate templates for new posts (Hugo archetypes, Hexo scaffold), first present wins. */
  readonly templates: (folder: string) => readonly string[];
  readonly assets: SiteInfo['assets'];
  readonly note: string | null;
  /** File names the walk collects as the generator's data files beside posts (Eleventy's, site-data-files.ts), or null. */
  readonly dataFiles: ((name: string) => boolean) | null;
}

/** Hidden folders are skipped too (see walk). These hold no posts in any site. */
const ALWAYS_SKIPPED = ['node_modules', 'bower_components', 'vendor', 'themes', 'exampleSite', 'archetypes', 'scaffolds'];
/** Output folders and caches of each generator (Astro's `public/` is source, but holds no posts). */
const OUTPUTS: Readonly<Record<SiteGenerator, readonly string[]>> = {
  jekyll: ['_site', '_layouts', '_includes', '_sass', '_data'],
  hugo: ['public', 'resources'],
  hexo: ['public'],
  astro: ['dist'],
  eleventy: ['_site', '_includes', '_data'],
  plain: ['_site', 'public', 'dist', 'out', 'build', '_gen'],
};

/** Project files that sit beside posts but are not posts, in any site. */
const NOT_POSTS = /(?:^|\/)(?:readme|changelog|license|licence|contributing|code_of_conduct|security)\.(?:md|markdown)$/i;

const base = (generator: SiteGenerator, extra: readonly string[] = []): Set<string> => new Set([...ALWAYS_SKIPPED, ...OUTPUTS[generator], ...extra]);

export const isNotAPost = (id: string): boolean => NOT_POSTS.test(id);

/** Whether the walk and the folder watcher leave a folder alone: hidden, or one the generator keeps no posts in. */
export const skipsFolder = (profile: SiteProfile, name: string): boolean => name.startsWith('.') || profile.skipFolders.has(name);

export function jekyllProfile(): SiteProfile {
  return {
    generator: 'jekyll',
    postFolders: [''],
    skipFolders: base('jekyll'),
    // Posts live in `_posts/` (also `<category>/_posts/`), drafts in `_drafts/`; pages are not posts.
    isPost: (id) => /(?:^|\/)_(?:posts|drafts)\//.test(id) && !isNotAPost(id),
    newPostFolder: '_posts',
    datedFileNames: true,
    templates: () => [],
    assets: { folder: '', urlRoot: '/' },
    note: null,
    dataFiles: null,
  };
}

export function hugoProfile(contentDir: string): SiteProfile {
  return {
    generator: 'hugo',
    postFolders: [contentDir],
    skipFolders: base('hugo'),
    // `_index.md` is a section's list page, not a post.
    isPost: (id) => !/(?:^|\/)_index\.(?:md|markdown)$/i.test(id) && !isNotAPost(id),
    newPostFolder: `${contentDir}/posts`,
    datedFileNames: false,
    templates: (folder) => {
      const section = folder.slice(contentDir.length + 1).split('/')[0];
      return [...(section ? [`archetypes/${section}.md`] : []), 'archetypes/default.md'];
    },
    assets: { folder: 'static', urlRoot: '/' },
    note: null,
    dataFiles: null,
  };
}

export function hexoProfile(): SiteProfile {
  return {
    generator: 'hexo',
    postFolders: ['source/_posts', 'source/_drafts'],
    skipFolders: base('hexo'),
    isPost: (id) => !isNotAPost(id),
    newPostFolder: 'source/_posts',
    datedFileNames: false,
    templates: (folder) => [folder.includes('_drafts') ? 'scaffolds/draft.md' : 'scaffolds/post.md'],
    assets: { folder: 'source', urlRoot: '/' },
    note: null,
    dataFiles: null,
  };
}

export function astroProfile(contentDir: string): SiteProfile {
  return {
    generator: 'astro',
    postFolders: [contentDir],
    skipFolders: base('astro'),
    isPost: (id) => !isNotAPost(id),
    newPostFolder: `${contentDir}/blog`,
    datedFileNames: false,
    templates: () => [],
    assets: { folder: 'public', urlRoot: '/' },
    note: null,
    dataFiles: null,
  };
}

export function eleventyProfile(input: string, output: string | null, note: string | null): SiteProfile {
  return {
    generator: 'eleventy',
    postFolders: [input],
    skipFolders: base('eleventy', output ? [output] : []),
    isPost: (id) => !isNotAPost(id),
    newPostFolder: input === '' ? 'posts' : `${input}/blog`,
    datedFileNames: false,
    templates: () => [],
    assets: { folder: 'public', urlRoot: '/' },
    note,
    dataFiles: isEleventyDataFileName,
  };
}

export function plainProfile(): SiteProfile {
  return {
    generator: 'plain',
    postFolders: [''],
    skipFolders: base('plain'),
    isPost: (id) => !isNotAPost(id),
    newPostFolder: '',
    datedFileNames: false,
    templates: () => [],
    assets: { folder: '', urlRoot: '/' },
    note: null,
    dataFiles: null,
  };
}

export function siteInfoOf(profile: SiteProfile, newPostFolder: string = profile.newPostFolder, siteData: SiteData = NO_SITE_DATA): SiteInfo {
  const notes = [profile.note, siteData.note].filter((note) => note !== null);
  return {
    generator: profile.generator,
    label: SITE_LABELS[profile.generator],
    postFolders: profile.postFolders,
    newPostFolder,
    assets: profile.assets,
    note: notes.length === 0 ? null : notes.join(' '),
    ...(siteData.folderData.length > 0 ? { folderData: siteData.folderData } : {}),
  };
}
