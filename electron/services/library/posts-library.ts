import { constants } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import type { CreateRequest, FolderInfo, PostContent, PostId, PostList, PostSummary, RenameRequest, SaveRequest, SaveResult, TrashReceipt } from '../../../shared/api/types';
import { titleFromFileName } from '../../../shared/posts/file-title';
import { newPostFileName, newPostText } from '../../../shared/posts/new-post';
import { MAX_POST_BYTES, decodePost, encodePost, tooLarge, versionOf } from './decode-post';
import { isMissing, toApiFailure } from './fs-errors';
import { mapLimit } from './map-limit';
import { readPrefix } from './read-prefix';
import { locatePost, resolvePostPath, toPostId, unrepresentableReason } from './post-path';
import { writePostAtomically } from './atomic-write';
import { postFileWrites } from './keyed-queue';
import { PostFileOps, type OsTrash } from './post-file-ops';
import { checkNewName } from './portable-names';
import { sweepStaleTempFiles } from './temp-files';
import { scanFolder } from './scan-folder';
import { compareNewestFirst } from '../../../shared/posts/post-order';
import { summarizePost } from './summarize-post';

/**
 * Listing reads only the start of each file, where front matter and the first heading live:
 * 8 KiB holds nearly every post's; a post whose front matter or heading runs past it is read
 * again, up to 64 KiB. Reading less is most of what makes a large folder list fast (bench/).
 */
export const LIST_PREFIX_BYTES = 8 * 1024;
export const LIST_PREFIX_MAX_BYTES = 64 * 1024;

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

  constructor(
    private readonly isSampleFolder: (realPath: string) => boolean = () => false,
    options: { readonly osTrash?: OsTrash } = {},
  ) {
    this.fileOps = new PostFileOps(options.osTrash ?? null);
  }

  get folder(): FolderInfo | null {
    return this.info;
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
    this.info = { path: real, name: basename(real) || real, isSample: this.isSampleFolder(real), remoteContent: 'https' };
    return this.info;
  }

  /** Records the writer's remote-content choice for the open folder (kept in settings by the API). */
  setRemoteContent(policy: FolderInfo['remoteContent']): FolderInfo {
    if (this.info === null) throw new ApiFailure('NO_FOLDER', 'No posts folder is open. Open a folder first.');
    if (policy !== 'https' && policy !== 'block') throw new ApiFailure('INVALID', 'Remote content is either “https” or “block”.');
    this.info = { ...this.info, remoteContent: policy };
    return this.info;
  }

  async list(): Promise<PostList> {
    const root = await this.requireRoot();
    const files = await scanFolder(root).catch(async (error: unknown) => {
      throw await this.folderFailure(error, 'list the posts');
    });
    const skipped: { id: PostId; reason: string }[] = [];
    const posts: PostSummary[] = [];
    if (this.sweepPending) {
      this.sweepPending = false;
      const folders = new Set([root, ...files.map((file) => dirname(file.path))]);
      this.lastSweep = sweepStaleTempFiles(folders).catch(() => []);
    }
    await mapLimit(files, 32, async (file) => {
      const id = toPostId(root, file.path);
      const unrepresentable = unrepresentableReason(id);
      if (unrepresentable !== null) {
        skipped.push({ id, reason: unrepresentable });
        return;
      }
      try {
        if (file.size > MAX_POST_BYTES) throw tooLarge(id, file.size);
        let summary = await this.summarizeStart(file.path, id, file.size, file.modifiedMs, LIST_PREFIX_BYTES);
        if (file.size > LIST_PREFIX_BYTES && needsMoreText(summary, id)) {
          summary = await this.summarizeStart(file.path, id, file.size, file.modifiedMs, LIST_PREFIX_MAX_BYTES);
        }
        posts.push(summary);
      } catch (error) {
        skipped.push({ id, reason: toApiFailure(error, `read “${id}”`).message });
      }
    });
    posts.sort(compareNewestFirst);
    skipped.sort((a, b) => a.id.localeCompare(b.id));
    return { folder: this.info!, posts, skipped };
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
      return { version: versionOf(bytes), summary: summarizePost(request.id, request.text, info.size, info.mtimeMs) };
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
    const taken = new Set<string>();
    const exists = (name: string) => taken.has(name);
    for (;;) {
      const name = newPostFileName(title, exists);
      const location = await locatePost(root, name);
      const text = newPostText(title, new Date());
      // A name some OS would refuse or confuse with another file (`con.md`, `Hello.md` beside
      // `hello.md`) counts as taken: the next candidate adds a number.
      const usable = await checkNewName(location.dir, location.name).then(() => true, () => false);
      if (!usable) {
        taken.add(name);
        continue;
      }
      try {
        await this.writes.run(location.path, () => writePostAtomically(root, location, Buffer.from(text, 'utf8'), { kind: 'absent' }, name));
        const info = await stat(location.path);
        return summarizePost(toPostId(root, location.path), text, info.size, info.mtimeMs);
      } catch (error) {
        if (error instanceof ApiFailure && error.code === 'EXISTS') {
          taken.add(name);
          continue;
        }
        throw await this.folderFailure(error, `create “${name}”`);
      }
    }
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
    return summarizePost(id, text, size, modifiedMs);
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

/** The summary came from a cut-off start: front matter left open, or no title found in it. */
const needsMoreText = (summary: PostSummary, id: PostId): boolean =>
  (summary.warning !== null && summary.warning.includes('never closed')) || summary.title === titleFromFileName(id);
