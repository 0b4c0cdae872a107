/** Data that crosses the API. Plain JSON: both transports structured-clone or JSON-encode it. */
import type { RemoteContentPolicy } from '../markdown/remote-content';

export type { RemoteContentPolicy };

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
}

export interface PostSummary {
  readonly id: PostId;
  /** From front matter `title`, else the first heading, else the file name. */
  readonly title: string;
  /** ISO date (YYYY-MM-DD or full timestamp) from front matter `date`, else null. */
  readonly date: string | null;
  readonly draft: boolean;
  /** Set when the front matter could not be parsed; the post still opens. */
  readonly warning: string | null;
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
