import type { PostSummary } from '../../shared/api';
import { formatDate } from '../../shared/posts/post-dates';

export interface PostListItemProps {
  readonly post: PostSummary;
  readonly active: boolean;
  readonly dirty: boolean;
  readonly onOpen: (id: string) => void;
  /** Right click / Shift+F10 / ContextMenu key on the row (the post context menu). */
  readonly rowProps?: Pick<React.HTMLAttributes<HTMLButtonElement>, 'onContextMenu' | 'onKeyDown'>;
}

/**
 * One post as a button whose accessible name starts with the title, then date, draft state,
 * warning and unsaved state. Spaces between the parts keep the name readable.
 */
export function PostListItem({ post, active, dirty, onOpen, rowProps }: PostListItemProps) {
  const date = formatDate(post.date);
  return (
    <li>
      <button
        type="button"
        className={active ? 'post-item is-active' : 'post-item'}
        aria-current={active ? 'true' : undefined}
        onClick={() => onOpen(post.id)}
        {...rowProps}
      >
        <span className="post-item-title">{post.title}</span>{' '}
        <span className="post-item-meta">
          {date ? <time dateTime={date}>{date}</time> : <span className="post-item-undated">No date</span>}
          {post.draft && (
            <>
              {' '}
              <span className="badge">Draft</span>
            </>
          )}
          {post.warning && (
            <>
              {' '}
              <span className="post-item-warning" title={post.warning}>
                ⚠<span className="visually-hidden"> front matter problem</span>
              </span>
            </>
          )}
        </span>
        {dirty && (
          <>
            {' '}
            <span className="dirty-dot" title="Unsaved changes">
              <span className="visually-hidden">(unsaved changes)</span>
            </span>
          </>
        )}
      </button>
    </li>
  );
}
