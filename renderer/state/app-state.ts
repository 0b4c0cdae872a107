import type { AppInfo, FolderInfo, PostList, PostSummary } from '../../shared/api';
import { sortPosts } from './sort-posts';

/** At most one modal at a time; each says what it needs to render. */
export type DialogState =
  | { readonly kind: 'open-folder'; readonly error: string | null; readonly busy: boolean }
  | { readonly kind: 'new-post'; readonly error: string | null; readonly busy: boolean }
  | { readonly kind: 'conflict'; readonly title: string }
  | { readonly kind: 'reload'; readonly title: string }
  | { readonly kind: 'unsaved'; readonly titles: readonly string[] };

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
  readonly dialog: DialogState | null;
  readonly palette: PaletteMode | null;
  /** An error the writer must see (role="alert"); stays until dismissed or replaced. */
  readonly alert: string | null;
  /** A passing confirmation (role="status"), e.g. where an export went. */
  readonly notice: string | null;
}

export const initialAppState: AppState = {
  ready: false,
  info: null,
  folder: null,
  posts: [],
  skipped: [],
  dialog: null,
  palette: null,
  alert: null,
  notice: null,
};

export type AppAction =
  | { readonly type: 'started'; readonly info: AppInfo | null; readonly folder: FolderInfo | null }
  | { readonly type: 'folder-opened'; readonly folder: FolderInfo }
  /** The open folder's settings changed (same folder, same posts). */
  | { readonly type: 'folder-updated'; readonly folder: FolderInfo }
  | { readonly type: 'posts-listed'; readonly list: PostList }
  | { readonly type: 'post-saved'; readonly summary: PostSummary }
  | { readonly type: 'dialog-shown'; readonly dialog: DialogState | null }
  | { readonly type: 'dialog-failed'; readonly error: string }
  | { readonly type: 'dialog-busy' }
  | { readonly type: 'palette'; readonly mode: PaletteMode | null }
  | { readonly type: 'alert'; readonly message: string | null }
  | { readonly type: 'notice'; readonly message: string | null };

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'started':
      return { ...state, ready: true, info: action.info, folder: action.folder };
    case 'folder-opened':
      // The old folder's posts must not stay clickable while the new list loads.
      return { ...state, folder: action.folder, posts: [], skipped: [] };
    case 'folder-updated':
      return state.folder?.path === action.folder.path ? { ...state, folder: action.folder } : state;
    case 'posts-listed':
      return { ...state, folder: action.list.folder, posts: action.list.posts, skipped: action.list.skipped };
    case 'post-saved': {
      const others = state.posts.filter((post) => post.id !== action.summary.id);
      return { ...state, posts: sortPosts([...others, action.summary]) };
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
      return { ...state, notice: action.message };
  }
}
