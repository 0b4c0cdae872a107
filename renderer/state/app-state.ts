import type { AppInfo, FolderInfo, PostId, PostList, PostListPage, PostSummary, RecoverableEdit, SiteExportProgress, SiteExportSummary } from '../../shared/api';
import { sortPosts } from './sort-posts';
import type { DiskState } from '../workspace/document-service';

/** At most one modal at a time; each says what it needs to render. */
export type DialogState =
  | { readonly kind: 'open-folder'; readonly error: string | null; readonly busy: boolean }
  | { readonly kind: 'new-post'; readonly error: string | null; readonly busy: boolean }
  | { readonly kind: 'conflict'; readonly title: string }
  | { readonly kind: 'reload'; readonly title: string }
  | { readonly kind: 'large-post'; readonly title: string; readonly size: string }
  | { readonly kind: 'unsaved'; readonly titles: readonly string[] }
  | { readonly kind: 'rename-post'; readonly id: PostId; readonly name: string; readonly error: string | null; readonly busy: boolean }
  | { readonly kind: 'export-site'; readonly defaults: SiteExportChoice; readonly askPath: boolean; readonly error: string | null; readonly busy: boolean }
  /** Alt text for an image being pasted or dropped; `alt` is offered from its file name. */
  | { readonly kind: 'image-alt'; readonly fileName: string; readonly alt: string };

/** What the Export site dialog asks: where (typed, in serve; the native picker otherwise) and how. */
export interface SiteExportChoice {
  readonly out: string;
  readonly drafts: boolean;
  readonly flat: boolean;
  readonly clean: boolean;
}

/** The site export panel: progress while one runs (cancellable), then what it did until dismissed. */
export type SiteExportState =
  | { readonly kind: 'running'; readonly progress: SiteExportProgress | null; readonly cancelling: boolean }
  | { readonly kind: 'done'; readonly summary: SiteExportSummary };

/** The palette's two lists: commands, or posts by title (the quick switcher). */
export type PaletteMode = 'commands' | 'posts';

/**
 * Everything the UI shows except the documents (kept by the Workspace, outside React, so a
 * keystroke does not re-render the app). Whatever can be derived (the active post's summary, the
 * window title) is derived where it is used, not stored.
 */
export interface AppState {
  /** False until the first info/folder/list calls have answered. */
  readonly ready: boolean;
  readonly info: AppInfo | null;
  readonly folder: FolderInfo | null;
  readonly posts: readonly PostSummary[];
  readonly skipped: PostList['skipped'];
  /**
   * How much of the open folder's list `posts` is: nothing yet, its first screen of rows (shown at
   * once, posts.listPage) of `total` posts, or all of it (posts.list).
   */
  readonly listing: Listing;
  readonly dialog: DialogState | null;
  readonly palette: PaletteMode | null;
  /** An error the writer must see (role="alert"); stays until dismissed or replaced. */
  readonly alert: string | null;
  /** A passing confirmation (role="status"), e.g. where an export went. */
  readonly notice: string | null;
  /** With `notice`: the one thing it offers to do (Undo a trash). */
  readonly noticeAction: NoticeAction | null;
  /** Open posts whose file changed under unsaved edits, or vanished: the writer decides. */
  readonly diskStates: Readonly<Record<PostId, DiskState>>;
  /** Unsaved text a previous session left in the crash journal, offered until recovered or discarded. */
  readonly recovery: readonly RecoverableEdit[] | null;
  /** Open posts shown side by side with their file (the compare view). */
  readonly comparing: PostId | null;
  readonly siteExport: SiteExportState | null;
}

export type Listing = { readonly kind: 'none' } | { readonly kind: 'first-page'; readonly total: number } | { readonly kind: 'all' };

/** A notice's button: its label and the command-free action behind it. */
export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export const initialAppState: AppState = {
  ready: false,
  info: null,
  folder: null,
  posts: [],
  skipped: [],
  listing: { kind: 'none' },
  dialog: null,
  palette: null,
  alert: null,
  notice: null,
  noticeAction: null,
  diskStates: {},
  comparing: null,
  recovery: null,
  siteExport: null,
};

export type AppAction =
  | { readonly type: 'started'; readonly info: AppInfo | null; readonly folder: FolderInfo | null }
  | { readonly type: 'folder-opened'; readonly folder: FolderInfo }
  /** The open folder's settings changed (same folder, same posts). */
  | { readonly type: 'folder-updated'; readonly folder: FolderInfo }
  | { readonly type: 'posts-listed'; readonly list: PostList }
  /** The first screen of rows, shown until the whole list replaces it. */
  | { readonly type: 'posts-page'; readonly page: PostListPage }
  | { readonly type: 'post-saved'; readonly summary: PostSummary }
  | { readonly type: 'post-renamed'; readonly from: PostId; readonly summary: PostSummary }
  | { readonly type: 'post-removed'; readonly id: PostId }
  /** What the folder watcher reported since the last frame, applied at once (one render per burst). */
  | { readonly type: 'posts-patched'; readonly added: readonly PostSummary[]; readonly removed: readonly PostId[] }
  | { readonly type: 'dialog-shown'; readonly dialog: DialogState | null }
  | { readonly type: 'dialog-failed'; readonly error: string }
  | { readonly type: 'dialog-busy' }
  | { readonly type: 'palette'; readonly mode: PaletteMode | null }
  | { readonly type: 'alert'; readonly message: string | null }
  | { readonly type: 'notice'; readonly message: string | null; readonly action?: NoticeAction | null }
  | { readonly type: 'disk-state'; readonly path: PostId; readonly state: DiskState | null }
  | { readonly type: 'compare'; readonly path: PostId | null }
  | { readonly type: 'recovery'; readonly entries: readonly RecoverableEdit[] | null }
  | { readonly type: 'site-export'; readonly state: SiteExportState | null }
  /** A progress event: shown only while an export runs (a late one after the end is dropped). */
  | { readonly type: 'site-export-progress'; readonly progress: SiteExportProgress };

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'started':
      return { ...state, ready: true, info: action.info, folder: action.folder };
    case 'folder-opened':
      // The old folder's posts must not stay clickable while the new list loads.
      return { ...state, folder: action.folder, posts: [], skipped: [], listing: { kind: 'none' }, diskStates: {}, comparing: null };
    case 'folder-updated':
      return state.folder?.path === action.folder.path ? { ...state, folder: action.folder } : state;
    case 'posts-listed':
      return { ...state, folder: action.list.folder, posts: action.list.posts, skipped: action.list.skipped, listing: { kind: 'all' } };
    case 'posts-page': {
      // Only into an empty list of the same folder: a page arriving after the whole list (or a
      // reload's page over a list already shown) would shrink the list under the writer. The whole
      // list keeps these rows first, so replacing the page moves nothing on screen.
      const { page } = action;
      const sameFolder = state.folder === null || state.folder.path === page.folder.path;
      if (state.listing.kind !== 'none' || !sameFolder || page.offset !== 0) return state;
      return { ...state, folder: page.folder, posts: page.posts, listing: { kind: 'first-page', total: page.total } };
    }
    case 'post-saved': {
      const others = state.posts.filter((post) => post.id !== action.summary.id);
      return { ...state, posts: sortPosts([...others, action.summary]) };
    }
    case 'post-renamed': {
      const others = state.posts.filter((post) => post.id !== action.from && post.id !== action.summary.id);
      return { ...state, posts: sortPosts([...others, action.summary]) };
    }
    case 'post-removed':
      return { ...state, posts: state.posts.filter((post) => post.id !== action.id) };
    case 'posts-patched': {
      const gone = new Set([...action.removed, ...action.added.map((post) => post.id)]);
      return { ...state, posts: sortPosts([...state.posts.filter((post) => !gone.has(post.id)), ...action.added]) };
    }
    case 'dialog-shown':
      return { ...state, dialog: action.dialog };
    case 'dialog-busy':
      return state.dialog && 'busy' in state.dialog ? { ...state, dialog: { ...state.dialog, busy: true, error: null } } : state;
    case 'dialog-failed':
      return state.dialog && 'busy' in state.dialog ? { ...state, dialog: { ...state.dialog, busy: false, error: action.error } } : state;
    case 'palette':
      return { ...state, palette: action.mode };
    case 'alert':
      return { ...state, alert: action.message };
    case 'notice':
      return { ...state, notice: action.message, noticeAction: action.action ?? null };
    case 'disk-state': {
      const { [action.path]: _previous, ...others } = state.diskStates;
      const comparing = action.state === null && state.comparing === action.path ? null : state.comparing;
      return { ...state, comparing, diskStates: action.state === null ? others : { ...others, [action.path]: action.state } };
    }
    case 'compare':
      return { ...state, comparing: action.path };
    case 'recovery':
      return { ...state, recovery: action.entries };
    case 'site-export':
      return { ...state, siteExport: action.state };
    case 'site-export-progress':
      return state.siteExport?.kind === 'running' ? { ...state, siteExport: { ...state.siteExport, progress: action.progress } } : state;
  }
}
