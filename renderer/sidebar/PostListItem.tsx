import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import type { PostSummary } from '../../shared/api';
import { formatDate } from '../../shared/posts/post-dates';
import { SAVE_STATE_LABELS, saveState } from '../workspace/save-status';

export interface PostListItemProps {
  readonly post: PostSummary;
  readonly active: boolean;
  readonly dirty: boolean;
  /** A save of it is being written, or the last one failed. */
  readonly saving?: 'saving' | 'failed' | undefined;
  /** The row keyboard focus is on: the one button of the list in the tab order (roving tabindex). */
  readonly focused: boolean;
  /** Text around a match of the search in the post's text, shown instead of the tags. */
  readonly snippet?: string | undefined;
  /** Where the virtual list placed the row. */
  readonly style?: CSSProperties;
  readonly position: { readonly index: number; readonly count: number };
  readonly onOpen: (id: string) => void;
  readonly onFocusRow: (index: number) => void;
  readonly onKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void;
  /** A row menu (rename, duplicate, trash…) opens from here. */
  readonly onContextMenu?: (id: string, event: MouseEvent<HTMLButtonElement>) => void;
}

/**
 * One post as a button whose accessible name starts with the title, then date, draft state,
 * tags or the matched text, a front matter warning and unsaved state.
 */
export function PostListItem({ post, active, dirty, saving, focused, snippet, style, position, onOpen, onFocusRow, onKeyDown, onContextMenu }: PostListItemProps) {
  const date = formatDate(post.date);
  const warning = post.warning && (post.warningLine !== null ? `Line ${post.warningLine}: ${post.warning}` : post.warning);
  return (
    <li style={style} aria-setsize={position.count} aria-posinset={position.index + 1}>
      <button
        type="button"
        className={active ? 'post-item is-active' : 'post-item'}
        aria-current={active ? 'true' : undefined}
        tabIndex={focused ? 0 : -1}
        data-index={position.index}
        title={`${post.title}\n${post.id}`}
        onClick={() => onOpen(post.id)}
        onFocus={() => onFocusRow(position.index)}
        onKeyDown={onKeyDown}
        onContextMenu={onContextMenu && ((event) => onContextMenu(post.id, event))}
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
          {warning && (
            <>
              {' '}
              <span className="post-item-warning" title={warning}>
                ⚠<span className="visually-hidden"> front matter problem: {warning}</span>
              </span>
            </>
          )}
          {snippet !== undefined ? (
            <>
              {' '}
              <span className="post-item-snippet">{snippet}</span>
            </>
          ) : (
            post.tags.length > 0 && (
              <>
                {' '}
                <span className="post-item-tags">{post.tags.map((tag) => `#${tag}`).join(' ')}</span>
              </>
            )
          )}
        </span>
        {(dirty || saving === 'saving') && (
          <>
            {' '}
            <span className={`dirty-dot is-${saveState(dirty, saving)}`} title={SAVE_STATE_LABELS[saveState(dirty, saving)]}>
              <span className="visually-hidden">({SAVE_STATE_LABELS[saveState(dirty, saving)].toLowerCase()})</span>
            </span>
          </>
        )}
      </button>
    </li>
  );
}
