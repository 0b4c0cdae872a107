import type { FolderInfo, PostId, PostList, PostSummary } from '../../shared/api';
import { PostListItem, type PostListItemProps } from './PostListItem';
import { SkippedFiles } from './SkippedFiles';

interface SidebarProps {
  readonly folder: FolderInfo | null;
  readonly posts: readonly PostSummary[];
  readonly skipped: PostList['skipped'];
  readonly activeId: PostId | null;
  readonly dirtyIds: ReadonlySet<PostId>;
  readonly onOpenPost: (id: PostId) => void;
  /** A row's context-menu props (see renderer/post-menu). */
  readonly rowProps?: (id: PostId) => PostListItemProps['rowProps'];
}

/** The open folder and its posts, newest first as the host lists them. */
export function Sidebar({ folder, posts, skipped, activeId, dirtyIds, onOpenPost, rowProps }: SidebarProps) {
  return (
    <aside className="sidebar" aria-label="Folder">
      <div className="sidebar-header">
        <span className="app-name">Postwright</span>
        {folder ? (
          <h1 className="folder-name" title={folder.path}>
            {folder.name}
            {folder.isSample && <span className="badge badge-quiet">Sample</span>}
          </h1>
        ) : (
          <h1 className="folder-name is-empty">No folder open</h1>
        )}
        {folder && (
          <p className="post-count">
            {posts.length} {posts.length === 1 ? 'post' : 'posts'}
          </p>
        )}
      </div>
      <nav aria-label="Posts" className="post-list">
        {posts.length > 0 && (
          <ul>
            {posts.map((post) => (
              <PostListItem key={post.id} post={post} active={post.id === activeId} dirty={dirtyIds.has(post.id)} onOpen={onOpenPost} rowProps={rowProps?.(post.id)} />
            ))}
          </ul>
        )}
      </nav>
      <SkippedFiles skipped={skipped} />
    </aside>
  );
}
