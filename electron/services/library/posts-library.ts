import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import { MAX_PAGE_ROWS } from '../../../shared/api/arguments';
import type { CreateRequest, FolderInfo, ListPageRequest, PostListPage, SaveImageRequest, SavedImage, PostContent, PostId, PostList, PostSummary, RenameRequest, SaveRequest, SaveResult, TrashReceipt } from '../../../shared/api/types';
import { fileSlug } from '../../../shared/posts/slug';
import { setFrontMatterField, type FrontMatterValue } from '../../../shared/posts/front-matter-edit';
import { MAX_POST_BYTES, decodePost, encodePost, tooLarge, versionOf } from './decode-post';
import { isMissing, toApiFailure } from './fs-errors';
import { readPrefix } from './read-prefix';
import { isInsideOrRoot, locatePost, resolvePostPath, toPostId } from './post-path';
import { writePostAtomically } from './atomic-write';
import { postFileWrites } from './keyed-queue';
import { PostFileOps, type OsTrash } from './post-file-ops';
import { checkNewName } from './portable-names';
import { sweepStaleTempFiles } from './temp-files';
import { LIST_PREFIX_MAX_BYTES, ListingCache, summarizeFiles, walkPosts, type ListEntry } from './list-posts';
import { HEAD_ROWS, hasListingHead, loadListingCache, loadListingHead, saveListingCache, saveListingHead, type ListingCacheScope, type ListingHead } from './listing-cache-store';

/** The listing cache kept between runs: its folder (in user data) and what invalidates it. */
export interface ListingCacheOptions {
  readonly dir: string;
  /** The app's version: a new version may summarise differently, so starts over. */
  readonly tag: string;
  /** Tests only: how long after a change a file's summary is trusted (RACY_MARGIN_MS). */
  readonly racyMarginMs?: number;
}
import { detectSite } from '../site/detect-site';
import { plainProfile, siteInfoOf, skipsFolder, type SiteProfile } from '../site/site-profile';
import { NO_SITE_DATA, readSiteData, type SiteData } from '../site/site-data-files';
import { planNewPost, newPostFolder } from '../site/new-post-plan';
import { ensureFolderInside } from './ensure-folder';
import { searchPosts } from './search-posts';
import { saveImageFile } from './save-image';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SearchRequest, SearchResults, SetFieldRequest } from '../../../shared/api/types';
import { sortNewestFirst } from '../../../shared/posts/post-order';
import { summarizePost } from './summarize-post';

/**
 * The open posts folder and everything done to files in it: list, read, save, create. Plain Node,
 * no Electron: the desktop app, the HTTP host and the tests all use this class.
 */
export class PostsLibrary {
  private root: string | null = null;
  private info: FolderInfo | null = null;
  /** Writes to one file run one after another (see KeyedQueue). */
  private readonly writes = postFileWrites;
  /** Set by open: the next listing also clears temp files a killed save left behind. */
  private sweepPending = false;
  /** The last sweep of stale temp files, for whoever needs to wait for it (tests). */
  lastSweep: Promise<string[]> = Promise.resolve([]);

  private readonly fileOps: PostFileOps;
  private profile: SiteProfile = plainProfile();
  private cache: ListingCache;
  /** Where listing caches are kept between runs (user data), or null: memory only. */
  private readonly cacheStore: ListingCacheOptions | null;
  /** The open folder's on-disk cache has been read into `cache` (once per open). */
  private cacheLoaded = false;
  /** Called when a listing answered from the on-disk cache turned out stale (answerFromCache). */
  private readonly onListingRevised: (() => void) | null;
  /** The full listing that checks an answer from the on-disk cache, for whoever waits for it (tests). */
  lastRevision: Promise<void> = Promise.resolve();
  /** The last write of the on-disk listing cache, for whoever needs to wait for it (tests, quit). */
  lastCacheSave: Promise<void> = Promise.resolve();
  /** The last listing's post ids, newest first: where new posts go, what search reads. */
  private listedIds: readonly PostId[] | null = null;
  /** The last listing's first HEAD_ROWS posts and its size: what listPage answers at once. */
  private listedHead: ListingHead | null = null;
  /** What the site's data files (Eleventy's) said at the last listing: every summary made since uses it. */
  private siteData: SiteData = NO_SITE_DATA;
  /** The open folder's head file is known to exist (loaded or written): no need to write one. */
  private headOnDisk = false;

  constructor(
    private readonly isSampleFolder: (realPath: string) => boolean = () => false,
    options: {
      readonly osTrash?: OsTrash;
      readonly listingCache?: ListingCacheOptions;
      /**
       * Given: the first listing after a restart answers from the on-disk cache at once, and this
       * is called if the full listing that follows finds the folder changed (list again).
       */
      readonly onListingRevised?: () => void;
    } = {},
  ) {
    this.onListingRevised = options.onListingRevised ?? null;
    this.fileOps = new PostFileOps(options.osTrash ?? null);
    this.cacheStore = options.listingCache ?? null;
    this.cache = new ListingCache(this.cacheStore?.racyMarginMs);
  }

  /** Files read and reused from the cache by the last listing (diagnostics, tests). */
  get lastListingCounts(): { readonly read: number; readonly reused: number } {
    return { ...this.cache.counts };
  }

  get folder(): FolderInfo | null {
    return this.info;
  }

  /** Whether a folder of the open site holds no posts, by the rule the walk follows (the watcher asks). */
  skipsFolderName(name: string): boolean {
    return skipsFolder(this.profile, name);
  }

  /** The open site's data file names the walk collects (its profile's `dataFiles`; Eleventy's), or null. */
  get dataFileNames(): ((name: string) => boolean) | null {
    return this.profile.dataFiles;
  }

  /** Opens a folder: it must exist and be a folder. Returns its info. */
  async open(path: string): Promise<FolderInfo> {
    if (typeof path !== 'string' || path.trim() === '') throw new ApiFailure('INVALID', 'Give the path of a folder to open.');
    let real: string;
    try {
      real = await realpath(path);
      if (!(await stat(real)).isDirectory()) throw new ApiFailure('INVALID', `“${path}” is a file, not a folder.`);
    } catch (error) {
      if (isMissing(error)) throw new ApiFailure('NOT_FOUND', `There is no folder at “${path}”.`);
      throw toApiFailure(error, `open “${path}”`);
    }
    this.root = real;
    this.sweepPending = true;
    this.profile = detectSite(real);
    // A new cache object: a save of the previous folder's still pending keeps its own.
    this.cache = new ListingCache(this.cacheStore?.racyMarginMs);
    this.cacheLoaded = false;
    this.listedIds = null;
    this.listedHead = null;
    this.headOnDisk = false;
    this.siteData = NO_SITE_DATA;
    this.info = { path: real, name: basename(real) || real, isSample: this.isSampleFolder(real), remoteContent: 'https', exportImages: 'embed', site: siteInfoOf(this.profile) };
    return this.info;
  }

  /** Records the writer's remote-content choice for the open folder (kept in settings by the API). */
  setRemoteContent(policy: FolderInfo['remoteContent']): FolderInfo {
    if (this.info === null) throw new ApiFailure('NO_FOLDER', 'No posts folder is open. Open a folder first.');
    if (policy !== 'https' && policy !== 'block') throw new ApiFailure('INVALID', 'Remote content is either “https” or “block”.');
    this.info = { ...this.info, remoteContent: policy };
    return this.info;
  }

  /** Records how the open folder's HTML exports carry images (kept in settings by the API). */
  setExportImages(mode: FolderInfo['exportImages']): FolderInfo {
    if (this.info === null) throw new ApiFailure('NO_FOLDER', 'No posts folder is open. Open a folder first.');
    if (mode !== 'embed' && mode !== 'copy') throw new ApiFailure('INVALID', 'Exported images are either “embed” or “copy”.');
    this.info = { ...this.info, exportImages: mode };
    return this.info;
  }

  /**
   * Every post of the site, as its profile defines posts (electron/services/site/), with title,
   * date, draft state and tags. Files that look like posts but cannot be read are `skipped`.
   */
  async list(): Promise<PostList> {
    const root = await this.requireRoot();
    const profile = this.profile;
    const cache = this.cache;
    const scope = this.cacheScope(root, profile);
    if (scope !== null && !this.cacheLoaded) {
      this.cacheLoaded = true;
      const loaded = await loadListingCache(scope, cache);
      if (loaded && cache.size > 0 && this.onListingRevised !== null && cache === this.cache) return this.answerFromCache(profile, cache);
    }
    let files: ReturnType<typeof walkPosts>;
    const postFolders = new Set([root]);
    const dataFiles: string[] | undefined = profile.dataFiles === null ? undefined : [];
    try {
      files = walkPosts(root, profile, postFolders, dataFiles);
    } catch (error) {
      throw await this.folderFailure(error, 'list the posts');
    }
    const siteData = dataFiles === undefined ? NO_SITE_DATA : readSiteData(root, dataFiles, files.map((file) => file.id));
    if (cache === this.cache) this.siteData = siteData;
    cache.setDataStamp(siteData.stamp);
    const entries = summarizeFiles(files, profile, cache, siteData.folderData);
    if (this.sweepPending) {
      // After the files are read: the sweep's readdirs would compete with them for the cores.
      this.sweepPending = false;
      this.lastSweep = sweepStaleTempFiles(postFolders).catch(() => []);
    }
    cache.keepOnly(new Set(files.map((file) => file.path)));
    if (scope !== null && (cache.dirty || !this.headOnDisk)) this.saveCacheSoon(scope, cache);
    return this.toPostList(profile, entries);
  }

  /**
   * Rows `offset`… of the list, newest first, as soon as they are known, so the page shows its
   * first screen before the whole list is ready: from the last listing (memory), else from the
   * head file saved beside the listing cache (a small read, already sorted), else from a full
   * listing, which then comes along whole (`list`) so the page need not ask for it again. A page
   * from memory or the head file is provisional in the way the cached answer of `list` is: the
   * page asks `list` next, which checks every file.
   */
  async listPage(request: ListPageRequest): Promise<PostListPage> {
    const { offset, limit } = checkPageRequest(request);
    const root = await this.requireRoot();
    const known = this.listedHead ?? (await this.headFromDisk(root));
    if (known !== null && this.root === root && (offset + limit <= known.posts.length || known.posts.length === known.total)) {
      return { folder: this.info!, offset, posts: known.posts.slice(offset, offset + limit), total: known.total, list: null };
    }
    const list = await this.list();
    return { folder: list.folder, offset, posts: list.posts.slice(offset, offset + limit), total: list.posts.length, list };
  }

  /** The head file, once per open and only before the on-disk cache has been read (after, memory knows better). */
  private async headFromDisk(root: string): Promise<ListingHead | null> {
    const scope = this.cacheScope(root, this.profile);
    if (scope === null || this.cacheLoaded) return null;
    const head = await loadListingHead(scope);
    if (head !== null && this.root === root) this.headOnDisk = true;
    return head;
  }

  private cacheScope(root: string, profile: SiteProfile): ListingCacheScope | null {
    return this.cacheStore === null ? null : { cacheDir: this.cacheStore.dir, realRoot: root, tag: `${this.cacheStore.tag}|${profile.generator}` };
  }

  /**
   * The first listing of a folder after a restart, answered from the on-disk cache alone (no walk,
   * no stat: the page shows rows at once), then checked by a full listing right after it; when
   * that one differs (a post added, removed or changed while the app was closed),
   * onListingRevised tells the page to list again.
   */
  private answerFromCache(profile: SiteProfile, cache: ListingCache): PostList {
    const provisional = this.toPostList(
      profile,
      Array.from(cache.all(), ([, file]) => file.entry),
    );
    this.lastRevision = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.list())
      .then(
        (full) => !sameListing(provisional, full),
        () => true, // the folder failed: the page's next listing shows why
      )
      .then((revised) => {
        if (revised && cache === this.cache) this.onListingRevised?.();
      });
    return provisional;
  }

  private toPostList(profile: SiteProfile, entries: readonly ListEntry[]): PostList {
    const posts: PostSummary[] = [];
    const skipped: { id: PostId; reason: string }[] = [];
    for (const entry of entries) {
      if (entry.kind === 'post') posts.push(entry.summary);
      else skipped.push({ id: entry.id, reason: entry.reason });
    }
    const sorted = sortNewestFirst(posts);
    skipped.sort((a, b) => a.id.localeCompare(b.id));
    this.listedIds = sorted.map((post) => post.id);
    this.listedHead = { posts: sorted.slice(0, HEAD_ROWS), total: sorted.length };
    const folder = { ...this.info!, site: siteInfoOf(profile, newPostFolder(profile, this.listedIds), this.siteData) };
    this.info = folder;
    return { folder, posts: sorted, skipped };
  }

  /**
   * Writes the listing cache after the listing has been answered (setImmediate), one save at a
   * time; a failed save (full disk, read-only user data) only costs the next start its speed.
   */
  private saveCacheSoon(scope: ListingCacheScope, cache: ListingCache): void {
    this.lastCacheSave = this.lastCacheSave.then(
      () =>
        new Promise<void>((resolve) => setImmediate(resolve))
          .then(async () => {
            if (cache.dirty) await saveListingCache(scope, cache);
            // A cache saved by an older version has no head yet: write one once, from the cache.
            else if (!(await hasListingHead(scope))) await saveListingHead(scope, cache);
            if (cache === this.cache) this.headOnDisk = true;
          })
          .catch(() => undefined),
    );
  }

  /**
   * Posts whose title or text holds every word of the query, best first, with a snippet. Reads
   * whole files, so it works through the listing in slices of about 150 ms: the first answer
   * comes quickly and `nextOffset` continues where it stopped.
   */
  async search(request: SearchRequest): Promise<SearchResults> {
    const root = await this.requireRoot();
    if (this.listedIds === null) await this.list();
    return searchPosts(root, this.listedIds ?? [], request);
  }

  /**
   * Sets one front matter key through the usual save (atomic, queued, conflict-checked): only
   * that key's bytes change (shared/posts/front-matter-edit.ts). `baseVersion` is the version
   * the caller saw; the file must still be it.
   */
  async setField(request: SetFieldRequest): Promise<SaveResult> {
    const current = await this.read(request.id);
    if (request.baseVersion !== null && current.version !== request.baseVersion) {
      throw new ApiFailure('CONFLICT', `“${request.id}” changed on disk since it was opened; reload it before changing its front matter.`);
    }
    let text: string;
    try {
      text = setFrontMatterField(current.text, request.key, request.value as FrontMatterValue);
    } catch (error) {
      throw new ApiFailure('INVALID', `“${request.id}”: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.save({ id: request.id, text, bom: current.bom, baseVersion: current.version });
  }

  async read(id: PostId): Promise<PostContent> {
    const root = await this.requireRoot();
    const path = await resolvePostPath(root, id);
    const bytes = await this.readBytes(path, id);
    const { text, bom } = decodePost(bytes, id);
    return { id, text, bom, version: versionOf(bytes) };
  }

  /**
   * Writes exactly `text` (plus the BOM it had) atomically: a crash or a full disk leaves the old
   * file whole. Refuses, as CONFLICT, when the bytes on disk are not the ones the editor started
   * from, unless the user chose to overwrite. Saves of one file are serialised here, in the host,
   * so two windows or tabs saving from the same version cannot both win (atomic-write.ts).
   */
  async save(request: SaveRequest): Promise<SaveResult> {
    const root = await this.requireRoot();
    if (typeof request?.text !== 'string') throw new ApiFailure('INVALID', 'A save needs the text to write.');
    const first = await locatePost(root, request.id);
    return this.writes.run(first.path, async () => {
      // Located again inside the queue: a link may have been swapped in while this save waited.
      const location = await locatePost(root, request.id);
      // A save that makes a new file names it: the same rules as create and rename (portable on
      // every OS, no case or NFC/NFD twin beside it). Existing files keep the name they have.
      const isNew = await lstat(location.path).then(() => false, (error: unknown) => (isMissing(error) ? true : Promise.reject(error)));
      if (isNew) await checkNewName(location.dir, location.name);
      const bytes = encodePost(request.text, request.bom === true);
      const expectation = request.overwrite ? ({ kind: 'any' } as const) : ({ kind: 'version', version: request.baseVersion } as const);
      try {
        await writePostAtomically(root, location, bytes, expectation, request.id);
      } catch (error) {
        throw await this.folderFailure(error, `save “${request.id}”`);
      }
      const info = await stat(location.path);
      return { version: versionOf(bytes), summary: summarizePost(request.id, request.text, info.size, info.mtimeMs, this.profile.generator, this.siteData.folderData) };
    });
  }

  /**
   * Creates a post named from its title with title and date front matter. Atomic and exclusive:
   * a failed create (a full disk) leaves nothing, and an existing file is never replaced.
   */
  async create(request: CreateRequest): Promise<PostSummary> {
    const root = await this.requireRoot();
    const title = typeof request?.title === 'string' ? request.title.trim() : '';
    if (title === '') throw new ApiFailure('INVALID', 'A new post needs a title.');
    if (title.length > 300) throw new ApiFailure('INVALID', 'That title is too long (300 characters at most).');
    if (this.listedIds === null) await this.list();
    const readText = (relativePath: string): string | null => {
      try {
        // Through realpath: a template or post linked to a file outside must not be copied in.
        const path = realpathSync(join(root, ...relativePath.split('/')));
        if (!isInsideOrRoot(root, path) || statSync(path).size > MAX_POST_BYTES) return null;
        return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        return null;
      }
    };
    const plan = planNewPost({ profile: this.profile, title, now: new Date(), posts: this.listedIds ?? [], readText });
    await ensureFolderInside(root, plan.folder).catch(async (error: unknown) => {
      throw await this.folderFailure(error, `create the folder “${plan.folder}”`);
    });
    const slug = fileSlug(title);
    for (let n = 1; n < 1000; n++) {
      const name = `${plan.namePrefix}${slug}${n === 1 ? '' : `-${n}`}.md`;
      const id = plan.folder === '' ? name : `${plan.folder}/${name}`;
      const location = await locatePost(root, id);
      // A name some OS would refuse or confuse with another file (`con.md`, `Hello.md` beside
      // `hello.md`) counts as taken: the next candidate adds a number.
      const usable = await checkNewName(location.dir, location.name).then(() => true, () => false);
      if (!usable) continue;
      try {
        await this.writes.run(location.path, () => writePostAtomically(root, location, Buffer.from(plan.text, 'utf8'), { kind: 'absent' }, id));
        const info = await stat(location.path);
        const created = summarizePost(toPostId(root, location.path), plan.text, info.size, info.mtimeMs, this.profile.generator, this.siteData.folderData);
        this.listedIds = [created.id, ...(this.listedIds ?? [])];
        return created;
      } catch (error) {
        if (error instanceof ApiFailure && error.code === 'EXISTS') continue;
        throw await this.folderFailure(error, `create “${id}”`);
      }
    }
    throw new ApiFailure('EXISTS', `Every name for “${title}” is taken in “${plan.folder || 'the folder'}”.`);
  }

  async rename(request: RenameRequest): Promise<PostSummary> {
    const root = await this.requireRoot();
    const id = await this.fileOps.rename(root, request.id, request.name).catch(async (error: unknown) => {
      throw await this.folderFailure(error, `rename “${request.id}”`);
    });
    return this.summaryOf(root, id);
  }

  async duplicate(id: PostId): Promise<PostSummary> {
    const root = await this.requireRoot();
    const copy = await this.fileOps.duplicate(root, id).catch(async (error: unknown) => {
      throw await this.folderFailure(error, `copy “${id}”`);
    });
    return this.summaryOf(root, copy);
  }

  async trash(id: PostId): Promise<TrashReceipt> {
    const root = await this.requireRoot();
    return this.fileOps.trash(root, id).catch(async (error: unknown) => {
      throw await this.folderFailure(error, `move “${id}” to the trash`);
    });
  }

  async restore(trashId: string): Promise<PostSummary> {
    const root = await this.requireRoot();
    const id = await this.fileOps.restore(root, trashId).catch(async (error: unknown) => {
      throw await this.folderFailure(error, 'restore the post');
    });
    return this.summaryOf(root, id);
  }

  /** Copies a pasted or dropped image into the site (save-image.ts) and answers its URL. */
  async saveImage(request: SaveImageRequest): Promise<SavedImage> {
    const root = await this.requireRoot();
    return saveImageFile(root, siteInfoOf(this.profile), request).catch(async (error: unknown) => {
      throw await this.folderFailure(error, `save the image “${request.fileName}”`);
    });
  }

  /** One post's summary as the listing gives it (the folder watcher reports additions with it). */
  async summary(id: PostId): Promise<PostSummary> {
    return this.summaryOf(await this.requireRoot(), id);
  }

  /** A fresh summary of one post, as the listing would give it. */
  private async summaryOf(root: string, id: PostId): Promise<PostSummary> {
    const path = await resolvePostPath(root, id);
    const info = await stat(path);
    return this.summarizeStart(path, id, info.size, info.mtimeMs, LIST_PREFIX_MAX_BYTES);
  }

  private async summarizeStart(path: string, id: PostId, size: number, modifiedMs: number, limit: number): Promise<PostSummary> {
    const prefix = await readPrefix(path, limit);
    const { text } = decodePost(prefix, id, { partial: size > limit });
    return summarizePost(id, text, size, modifiedMs, this.profile.generator, this.siteData.folderData);
  }

  /** Reads through a handle that refuses a link swapped in after locatePost checked the path. */
  private async readBytes(path: string, id: PostId): Promise<Buffer> {
    try {
      const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === 'ELOOP') throw new ApiFailure('OUTSIDE_FOLDER', `“${id}” was replaced by a link; Postwright only reads files inside the open folder.`);
        throw error;
      });
      try {
        const info = await handle.stat();
        if (!info.isFile()) throw new ApiFailure('NOT_A_POST', `“${id}” is not a file.`);
        if (info.size > MAX_POST_BYTES) throw tooLarge(id, info.size);
        return await handle.readFile();
      } finally {
        await handle.close();
      }
    } catch (error) {
      throw await this.folderFailure(error, `open “${id}”`);
    }
  }

  private async requireRoot(): Promise<string> {
    const root = this.root;
    if (root === null) throw new ApiFailure('NO_FOLDER', 'No posts folder is open. Open a folder first.');
    const present = await stat(root).then((info) => info.isDirectory(), () => false);
    if (!present) {
      throw new ApiFailure(
        'FOLDER_MISSING',
        `The folder “${root}” is no longer there (moved, renamed or unmounted). Your text is kept in the editor; reopen the folder.`,
      );
    }
    return root;
  }

  /** A missing file may really be a vanished folder: say which. */
  private async folderFailure(error: unknown, what: string): Promise<ApiFailure> {
    const root = this.root;
    if (isMissing(error) && root !== null && !(await stat(root).then(() => true, () => false))) {
      return new ApiFailure(
        'FOLDER_MISSING',
        `The folder “${root}” is no longer there (moved, renamed or unmounted). Your text is kept in the editor; reopen the folder.`,
      );
    }
    return toApiFailure(error, what);
  }
}

/**
 * The full listing says what the cached answer said. Summaries reused from the cache are the same
 * objects, so identity is enough; one read again (changed, or too fresh to trust) counts as a change.
 */
function sameListing(a: PostList, b: PostList): boolean {
  return (
    // The site's note and data (Eleventy's data files) are known only after a walk.
    JSON.stringify(a.folder.site) === JSON.stringify(b.folder.site) &&
    a.posts.length === b.posts.length &&
    a.posts.every((post, i) => post === b.posts[i]) &&
    a.skipped.length === b.skipped.length &&
    a.skipped.every((skip, i) => skip.id === b.skipped[i]!.id && skip.reason === b.skipped[i]!.reason)
  );
}

/** The library is called directly too (tests, the CLI), not only through the zod-checked transports. */
function checkPageRequest(request: ListPageRequest): ListPageRequest {
  const { offset, limit } = (request ?? {}) as Partial<ListPageRequest>;
  if (!Number.isSafeInteger(offset) || offset! < 0) throw new ApiFailure('INVALID', 'A page of the list starts at a whole number of rows, 0 or more.');
  if (!Number.isSafeInteger(limit) || limit! < 1 || limit! > MAX_PAGE_ROWS) throw new ApiFailure('INVALID', `A page of the list holds 1 to ${MAX_PAGE_ROWS} rows.`);
  return { offset: offset!, limit: limit! };
}
