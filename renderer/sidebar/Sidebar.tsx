import { useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import type { FolderInfo, PostId, PostList, PostSummary } from '../../shared/api';
import type { Listing } from '../state/app-state';
import { filterPosts, foldText, foldTitles, NO_FILTER, tagsOf, type PostFilter } from './post-filter';
import { PostListControls } from './PostListControls';
import { SkippedFiles } from './SkippedFiles';
import { useTextSearch, type SearchText } from './use-text-search';
import { withUnsaved, type UnsavedSummary } from './use-unsaved-summaries';
import { VirtualPostList } from './VirtualPostList';

interface SidebarProps {
  readonly folder: FolderInfo | null;
  readonly posts: readonly PostSummary[];
  readonly skipped: PostList['skipped'];
  /** While only the first screen of rows is in, the count says the folder's whole size. */
  readonly listing: Listing;
  readonly activeId: PostId | null;
  readonly dirtyIds: ReadonlySet<PostId>;
  /** Saves in flight or failed, per post (renderer/workspace/save-status.ts). */
  readonly saving?: ReadonlyMap<PostId, 'saving' | 'failed'>;
  /** Unsaved front matter edits of open posts, shown in their rows at once. */
  readonly unsaved: ReadonlyMap<PostId, UnsavedSummary>;
  readonly searchText: SearchText;
  readonly onOpenPost: (id: PostId) => void;
  readonly onPostContextMenu?: (id: PostId, event: MouseEvent<HTMLButtonElement>) => void;
  /** Below the list: the open post's outline. */
  readonly children?: ReactNode;
}

/**
 * The open folder (and which generator's site it is) and its posts: sorted, filtered by draft
 * state and tag, searched by title here and by text in the host; title matches first, then posts
 * whose text matches, best first.
 */
export function Sidebar({ folder, posts, skipped, listing, activeId, dirtyIds, saving, unsaved, searchText, onOpenPost, onPostContextMenu, children }: SidebarProps) {
  const [filter, setFilter] = useState<PostFilter>(NO_FILTER);
  const current = useMemo(() => withUnsaved(posts, unsaved), [posts, unsaved]);
  const folded = useMemo(() => foldTitles(current), [current]);
  const tags = useMemo(() => tagsOf(current), [current]);
  const text = useTextSearch(filter.query, searchText, posts);
  const shown = useMemo(() => {
    const byTitle = filterPosts(current, filter, folded);
    if (text.matches.size === 0) return byTitle;
    const inTitle = new Set(byTitle.map((post) => post.id));
    const byText = filterPosts(current, { ...filter, query: '' }, folded)
      .filter((post) => !inTitle.has(post.id) && text.matches.has(post.id))
      .sort((a, b) => text.matches.get(b.id)!.score - text.matches.get(a.id)!.score);
    return [...byTitle, ...byText];
  }, [current, filter, folded, text.matches]);
  const total = listing.kind === 'first-page' ? listing.total : posts.length;
  const filtering = filter !== NO_FILTER && (foldText(filter.query).trim() !== '' || filter.drafts !== 'all' || filter.tag !== null);

  return (
    <aside className="sidebar" aria-label="Folder">
      <div className="sidebar-header">
        <span className="app-name">Postwright</span>
        {folder ? (
          <h1 className="folder-name" title={folder.path}>
            <span className="folder-name-text">{folder.name}</span>
            {folder.isSample && <span className="badge badge-quiet">Sample</span>}
          </h1>
        ) : (
          <h1 className="folder-name is-empty">No folder open</h1>
        )}
        {folder && (
          <p className="post-count">
            <span className="site-kind" title={folder.site.note ?? `Posts in ${folder.site.postFolders.map((f) => f || 'the whole folder').join(', ')}; new posts go to ${folder.site.newPostFolder || 'the folder itself'}`}>
              {folder.site.label}
            </span>
            {' · '}
            {filtering ? `${shown.length} of ${total}` : total} {total === 1 ? 'post' : 'posts'}
            {listing.kind === 'first-page' && <span className="listing-more"> · listing…</span>}
            {text.searching && <span className="searching"> · searching text…</span>}
          </p>
        )}
        {folder?.site.note && <p className="site-note">{folder.site.note}</p>}
      </div>
      {folder && posts.length > 0 && <PostListControls filter={filter} tags={tags} onChange={setFilter} />}
      <VirtualPostList
        posts={shown}
        activeId={activeId}
        dirtyIds={dirtyIds}
        saving={saving}
        matches={text.matches}
        // While only the first page is in, the rest of the folder's rows are on their way; a
        // filter's share of them is not known yet, so then nothing is reserved.
        rowsToCome={listing.kind === 'first-page' && !filtering ? Math.max(0, listing.total - shown.length) : 0}
        onOpenPost={onOpenPost}
        {...(onPostContextMenu ? { onContextMenu: onPostContextMenu } : {})}
      />
      {filtering && shown.length === 0 && !text.searching && <p className="post-list-empty">No posts match.</p>}
      {text.error && <p className="post-list-empty">{text.error}</p>}
      <SkippedFiles skipped={skipped} />
      {children}
    </aside>
  );
}
