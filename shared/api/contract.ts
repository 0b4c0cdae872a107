import type { Result } from './result';
import type {
  AppInfo,
  CreateRequest,
  ExportRequest,
  ExportSaved,
  ExportImagesMode,
  FolderInfo,
  JournalEntry,
  PostContent,
  PostId,
  PostList,
  PostListPage,
  ListPageRequest,
  PostSummary,
  RecoverableEdit,
  RemoteContentPolicy,
  RenameRequest,
  RenderedExport,
  SaveRequest,
  SaveImageRequest,
  SavedImage,
  SearchRequest,
  SearchResults,
  SetFieldRequest,
  FolderCompletion,
  SiteExportRequest,
  SiteExportSummary,
  SaveResult,
  ThemeSource,
  TrashReceipt,
} from './types';

/**
 * The whole API between the renderer and the host, written once. Both transports (Electron IPC,
 * local HTTP) walk API_SHAPE to register and to call these methods, so a method added here and
 * not implemented is a type error, and no channel name is ever written by hand.
 */
export interface PostsApi {
  list(): Promise<Result<PostList>>;
  /** The first screen of rows (or any slice of them) at once, the whole list after it: see PostListPage. */
  listPage(request: ListPageRequest): Promise<Result<PostListPage>>;
  read(id: PostId): Promise<Result<PostContent>>;
  save(request: SaveRequest): Promise<Result<SaveResult>>;
  /** Creates a post where the site's generator expects it (see electron/services/site/). */
  create(request: CreateRequest): Promise<Result<PostSummary>>;
  /** Sets one front matter key, changing only that key's bytes; saved like any save. */
  setField(request: SetFieldRequest): Promise<Result<SaveResult>>;
  /** Searches titles and text; answers in slices (see SearchResults.nextOffset). */
  search(request: SearchRequest): Promise<Result<SearchResults>>;
  /** Renames a post in its folder (a page bundle's folder); never replaces a file. */
  rename(request: RenameRequest): Promise<Result<PostSummary>>;
  /** Copies a post beside itself as `<name>-copy`. */
  duplicate(id: PostId): Promise<Result<PostSummary>>;
  /** Moves a post to the trash (the OS's, or the site's `.postwright-trash/` over HTTP). */
  trash(id: PostId): Promise<Result<TrashReceipt>>;
  /** Undoes a trash: puts the post back, never over a file that took its place. */
  restore(trashId: string): Promise<Result<PostSummary>>;
  /**
   * Copies an image into the site where its generator expects it, under a new name (never over a
   * file), and answers the URL to link it by. PNG, JPEG, GIF, WebP, AVIF up to 20 MB; never SVG.
   */
  saveImage(request: SaveImageRequest): Promise<Result<SavedImage>>;
}

export interface FolderApi {
  /** The open folder, or null before any is open. */
  current(): Promise<Result<FolderInfo | null>>;
  /** Opens a folder by path and remembers it as the last opened. */
  open(path: string): Promise<Result<FolderInfo>>;
  /** Asks the user for a folder with a native dialog and opens it; null when cancelled. */
  pick(): Promise<Result<FolderInfo | null>>;
  /** Folders whose path starts with `partial` (`~/` allowed), and the recent folders. Lists folders only. */
  complete(partial: string): Promise<Result<FolderCompletion>>;
  /** Sets how the open folder's HTML exports carry local images (embedded or copied beside); remembered per folder. */
  setExportImages(mode: ExportImagesMode): Promise<Result<FolderInfo>>;
  /** Sets what posts in the open folder may load (https, or nothing remote); remembered per folder. */
  setRemoteContent(policy: RemoteContentPolicy): Promise<Result<FolderInfo>>;
}

export interface ExportApi {
  /** Renders a post to one standalone HTML document. */
  render(request: ExportRequest): Promise<Result<RenderedExport>>;
  /** Renders and writes it where the user picks in a native save dialog. */
  save(request: ExportRequest): Promise<Result<ExportSaved>>;
  /**
   * Prints it to a PDF (light theme, page size from the locale) where the user picks. Desktop app
   * only: over HTTP it fails UNSUPPORTED with a message pointing at the browser's print.
   */
  savePdf(request: ExportRequest): Promise<Result<ExportSaved>>;
  /**
   * Exports the open folder as a static blog into an output folder, pushing `site-export-progress`
   * host events while it runs; null when the folder picker was cancelled. One at a time per host:
   * a second call while one runs fails with BUSY; a cancelled export fails with CANCELLED.
   */
  site(request: SiteExportRequest): Promise<Result<SiteExportSummary | null>>;
  /** Stops the running site export (what it wrote so far stays, recorded for the next run); false when none runs. */
  cancelSite(): Promise<Result<boolean>>;
}

export interface JournalApi {
  /** Keeps a post's unsaved text (called shortly after typing stops, off the typing path). */
  record(entry: Omit<JournalEntry, 'savedAt'>): Promise<Result<null>>;
  /** Forgets a post's unsaved text (the writer discarded it; a save clears it by itself). */
  discard(id: PostId): Promise<Result<null>>;
  /** Unsaved edits left by a session that ended without saving them, for the open folder. */
  recoverable(): Promise<Result<readonly RecoverableEdit[]>>;
}

export interface AppApi {
  info(): Promise<Result<AppInfo>>;
  /**
   * The page's answer to a `close-requested` host event: true once nothing unsaved would be lost
   * (saved or discarded), false to stay open. Only the desktop shell asks; elsewhere UNSUPPORTED.
   */
  answerClose(request: number, proceed: boolean): Promise<Result<null>>;
  /**
   * The writer's theme choice, for what the host draws itself (the desktop app's menus, dialogs
   * and title bar follow it: Electron's nativeTheme.themeSource). The page applies it to itself;
   * a host with nothing of its own to draw (the browser's) accepts and does nothing.
   */
  setTheme(theme: ThemeSource): Promise<Result<null>>;
}

export interface PostwrightApi {
  readonly posts: PostsApi;
  readonly folder: FolderApi;
  readonly export: ExportApi;
  readonly journal: JournalApi;
  readonly app: AppApi;
}

export type ApiArea = keyof PostwrightApi;
export type ApiMethod<A extends ApiArea> = keyof PostwrightApi[A] & string;
