/** Data that crosses the API. Plain JSON: both transports structured-clone or JSON-encode it. */
import type { RemoteContentPolicy } from '../markdown/remote-content';
import type { SiteGenerator } from '../site/site-kinds';
import type { FolderData } from '../site/folder-data';
import type { ImageUploadType } from '../posts/image-types';

export type { RemoteContentPolicy, SiteGenerator };

/** A post's path relative to the open folder, with forward slashes: `posts/2024/hello.md`. */
export type PostId = string;

export interface FolderInfo {
  /** Absolute path of the open folder, for display. */
  readonly path: string;
  /** The folder's base name. */
  readonly name: string;
  /** True when this is the sample blog Postwright created on first launch. */
  readonly isSample: boolean;
  /**
   * What posts in this folder may load by themselves: https images and media (the default), or
   * nothing remote at all. A per-folder choice of the writer (shared/markdown/remote-content.ts).
   */
  readonly remoteContent: RemoteContentPolicy;
  /**
   * How a post exported to HTML carries its local images: inside the file as data URIs (one
   * self-contained file, the default), or copied into a `<name>_files` folder beside it. Per folder.
   */
  readonly exportImages: ExportImagesMode;
  /** What kind of site this is, as detected when it opened (electron/services/site/). */
  readonly site: SiteInfo;
}

/** See FolderInfo.exportImages. */
export type ExportImagesMode = 'embed' | 'copy';

/** The open folder's generator and where things live in it, relative to the folder, `/`-separated. */
export interface SiteInfo {
  readonly generator: SiteGenerator;
  /** For display: `Hugo`, `Jekyll`, `Markdown folder`… */
  readonly label: string;
  /** Folders whose Markdown files are posts (`''` is the whole folder). */
  readonly postFolders: readonly string[];
  /** Where posts.create puts a new post. */
  readonly newPostFolder: string;
  /**
   * Static files: the folder (`static`, `public`, `source`, `''`) and the URL root it is served
   * under (`/`), so `/images/a.png` in a post is `<folder>/images/a.png` on disk. Null when unknown.
   */
  readonly assets: { readonly folder: string; readonly urlRoot: string } | null;
  /** Something about the site the writer should know (executable config we cannot read…), or null. */
  readonly note: string | null;
  /**
   * What the site's data files say for the posts under a folder (Eleventy's `*.11tydata.json`),
   * so the page reads an unsaved post's tags and draft state as the listing does. Absent: none.
   */
  readonly folderData?: readonly FolderData[];
}

export interface PostSummary {
  readonly id: PostId;
  /** From front matter `title`, else the first heading, else the file name. */
  readonly title: string;
  /**
   * As written in the generator's date field (`date`, Astro's `pubDate`…), else from a Jekyll file
   * name (`2024-01-02`), else null. `2024-06-01 10:00:00 +0200` is kept as written; sort with dateSortKey.
   */
  readonly date: string | null;
  /** The generator's way: `draft: true`, `published: false`, or a `_drafts/` folder. */
  readonly draft: boolean;
  /** Tags as the post lists them (collection-only tags such as Eleventy's `posts` left out). */
  readonly tags: readonly string[];
  /** Set when the front matter could not be parsed or run; the post still opens. */
  readonly warning: string | null;
  /** The 1-based line of the file the warning points at, when the parser said. */
  readonly warningLine: number | null;
  readonly size: number;
  readonly modifiedMs: number;
}

export interface PostList {
  readonly folder: FolderInfo;
  /** Newest first; undated posts last, by modification time. */
  readonly posts: readonly PostSummary[];
  /** Files that look like posts but could not be read (binary, too large…), with why. */
  readonly skipped: readonly { readonly id: PostId; readonly reason: string }[];
}

/** Which rows of the newest-first list `posts.listPage` answers. */
export interface ListPageRequest {
  /** Rows before the page (0: the first screen). */
  readonly offset: number;
  /** Rows wanted at most (1–1000). */
  readonly limit: number;
}

/**
 * Rows `offset`… of the list in `posts.list`'s order, answered as soon as they are known: from the
 * last listing in memory or the listing cache on disk (provisional, as a cached answer of
 * `posts.list` is), else from a full listing, which then comes whole in `list`.
 */
export interface PostListPage {
  readonly folder: FolderInfo;
  readonly offset: number;
  readonly posts: readonly PostSummary[];
  /** How many posts the whole list had when this page was known. */
  readonly total: number;
  /**
   * The whole list when answering the page took a full listing (a folder never listed before):
   * nothing more to ask. Null: the page was provisional; `posts.list` gives the checked list.
   */
  readonly list: PostList | null;
}

export interface PostContent {
  readonly id: PostId;
  /** The file's text exactly, except a leading UTF-8 BOM which is reported in `bom`. */
  readonly text: string;
  readonly bom: boolean;
  /** Opaque token of the bytes read; a save passes it back to detect outside changes. */
  readonly version: string;
}

export interface SaveRequest {
  readonly id: PostId;
  /** Written exactly as given (UTF-8), preceded by a BOM when `bom` is true. */
  readonly text: string;
  readonly bom: boolean;
  /** The version this text was based on; a different version on disk is a CONFLICT. */
  readonly baseVersion: string | null;
  /** Write even if the file changed on disk (the user chose to overwrite). */
  readonly overwrite?: boolean;
}

export interface SaveResult {
  readonly version: string;
  readonly summary: PostSummary;
}

/** One front matter key to set; `null` removes it. See PostsApi.setField. */
export interface SetFieldRequest {
  readonly id: PostId;
  readonly key: string;
  readonly value: string | number | boolean | null | readonly string[];
  /** The version the caller saw; a different one on disk is a CONFLICT. Null: whatever is there. */
  readonly baseVersion: string | null;
}

/**
 * An image pasted or dropped into a post, to copy into the site (posts.saveImage). The bytes are
 * the one part of the API that is not JSON: IPC carries them as they are, the serve host takes them
 * as the body of a binary upload (shared/api/image-upload.ts).
 */
export interface SaveImageRequest {
  /** The post it goes into: its place decides the image's (shared/posts/image-placement.ts). */
  readonly postId: PostId;
  /** The dropped file's name, for the image's own name; `image.png` from a clipboard says nothing. */
  readonly fileName: string;
  /** What the page believes it is; the host goes by the bytes' signature all the same. */
  readonly mimeType: ImageUploadType;
  readonly bytes: Uint8Array;
}

/** Where an image was saved. */
export interface SavedImage {
  /** Folder-relative path of the new file. */
  readonly path: string;
  /** What the post links it by: works in the published site and in the preview. */
  readonly url: string;
}

export interface SearchRequest {
  readonly query: string;
  /** Where to continue: a previous answer's `nextOffset`. */
  readonly offset?: number;
}

export interface SearchMatch {
  readonly id: PostId;
  /** Higher is better: title hits weigh most, then how often the words occur. */
  readonly score: number;
  /** The text around the first match, whitespace collapsed. */
  readonly snippet: string;
}

export interface SearchResults {
  /** This slice's matches, best first. */
  readonly matches: readonly SearchMatch[];
  /** More posts remain to search: call again with this offset. Null when done. */
  readonly nextOffset: number | null;
  readonly total: number;
}

/** Folders matching what the writer has typed so far, for the path field of the open dialog. */
export interface FolderCompletion {
  /** The typed path with `~` expanded, as the host reads it. */
  readonly expanded: string;
  /** Full paths of folders that start with what was typed (at most 50), sorted. */
  readonly folders: readonly string[];
  /** Recently opened folders, most recent first. */
  readonly recent: readonly string[];
}

export interface CreateRequest {
  readonly title: string;
}

export interface RenameRequest {
  readonly id: PostId;
  /** The new file name (a folder name for a page bundle); extension and Jekyll date kept if left out. */
  readonly name: string;
}

export interface TrashReceipt {
  /** Pass to posts.restore to undo. Valid while the host runs. */
  readonly trashId: string;
  readonly id: PostId;
  /** Where the post went, in words for the notice. */
  readonly message: string;
}

export interface ExportRequest {
  readonly id: PostId;
  /** The editor's current text, so unsaved edits export as seen. */
  readonly text: string;
}

export interface RenderedExport {
  /** Suggested file name, `<slug>.html`. */
  readonly fileName: string;
  readonly html: string;
}

export interface ExportSaved {
  /** Where the file was written, or null when the user cancelled the save dialog. */
  readonly path: string | null;
}

/** What "Export site" was asked to do: the whole open folder as a static blog. */
export interface SiteExportRequest {
  /**
   * The output folder (`~/` accepted), or null to ask with the native folder picker. The desktop
   * app accepts only null: its page renders untrusted Markdown and must not name paths to write.
   */
  readonly out: string | null;
  /** Include drafts. */
  readonly drafts: boolean;
  /** `slug.html` files instead of pretty `slug/index.html` URLs. */
  readonly flat: boolean;
  /** Rebuild everything (files Postwright wrote before are removed first). */
  readonly clean: boolean;
}

/** Something wrong with one input or output file; the export went on without it. */
export interface SiteExportProblem {
  /** `posts`: the file is relative to the posts folder; `output`: to the output folder. */
  readonly in: 'posts' | 'output';
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
}

/** How a site export ended (a cancelled picker is `null` instead). */
export interface SiteExportSummary {
  /** The output folder (real path). */
  readonly out: string;
  /** Published posts exported (drafts left out unless asked). */
  readonly posts: number;
  readonly tags: number;
  /** Files rewritten this time (unchanged ones are left untouched). */
  readonly written: number;
  readonly unchanged: number;
  readonly deleted: number;
  readonly imagesCopied: number;
  readonly problems: readonly SiteExportProblem[];
  /** Where the site's title, author and base URL came from; `created` when a settings file was written. */
  readonly settingsSource: string;
  readonly settingsCreated: boolean;
}

/** A running site export's progress (host event `site-export-progress`). */
export interface SiteExportProgress {
  /** `posts`: reading the posts; `pages`: rendering them. */
  readonly phase: 'posts' | 'pages';
  readonly done: number;
  readonly total: number;
}

/** Light or dark as the OS says ('system'), or one forced by the writer. */
export type ThemeSource = 'system' | 'light' | 'dark';

export interface AppInfo {
  readonly version: string;
  /** Which transport serves the API; decides e.g. native dialogs vs in-page ones. */
  readonly transport: 'electron' | 'http';
  /** True when the host can show native open/save dialogs. */
  readonly nativeDialogs: boolean;
  readonly platform: string;
}

/** Unsaved edits of one post, kept by the host so a crash loses nothing. */
export interface JournalEntry {
  readonly id: PostId;
  readonly text: string;
  readonly bom: boolean;
  /** The version of the file the edits were made on; another version on disk means a conflict. */
  readonly baseVersion: string | null;
  /** ISO time of the last record. */
  readonly savedAt: string;
}

export interface RecoverableEdit extends JournalEntry {
  /** The file on disk is no longer the version the edits were made on (or is gone). */
  readonly changedOnDisk: boolean;
}
