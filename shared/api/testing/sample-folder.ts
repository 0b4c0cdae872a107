import type { FolderInfo, PostSummary } from '../types';

/** A plain folder's site info, for tests that need a FolderInfo. */
export const PLAIN_SITE: FolderInfo['site'] = { generator: 'plain', label: 'Markdown folder', postFolders: [''], newPostFolder: '', assets: { folder: '', urlRoot: '/' }, note: null };

/** A FolderInfo for tests. */
export const sampleFolder = (path: string, overrides: Partial<FolderInfo> = {}): FolderInfo => ({
  path,
  name: path.split('/').pop() || path,
  isSample: false,
  remoteContent: 'https',
  exportImages: 'embed',
  site: PLAIN_SITE,
  ...overrides,
});

/** A PostSummary for tests. */
export const sampleSummary = (id: string, overrides: Partial<PostSummary> = {}): PostSummary => ({
  id,
  title: id,
  date: null,
  draft: false,
  tags: [],
  warning: null,
  warningLine: null,
  size: 1,
  modifiedMs: 1,
  ...overrides,
});
