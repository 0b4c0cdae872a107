import type { DraftFilter, PostFilter, PostSort } from './post-filter';

interface PostListControlsProps {
  readonly filter: PostFilter;
  readonly tags: readonly string[];
  readonly onChange: (filter: PostFilter) => void;
}

/** The search box and the sort, draft and tag choices above the list. */
export function PostListControls({ filter, tags, onChange }: PostListControlsProps) {
  return (
    <div className="post-list-controls">
      <input
        type="search"
        className="post-search"
        placeholder="Search titles and text"
        aria-label="Search posts"
        value={filter.query}
        onChange={(event) => onChange({ ...filter, query: event.target.value })}
        onKeyDown={(event) => {
          // ↓ from the search box goes to the first post, as in a file picker.
          if (event.key === 'ArrowDown') {
            const first = event.currentTarget.closest('.sidebar')?.querySelector<HTMLButtonElement>('.post-list button[tabindex="0"]');
            if (first) {
              event.preventDefault();
              first.focus();
            }
          }
        }}
      />
      <div className="post-list-choices">
        <select aria-label="Sort posts" value={filter.sort} onChange={(event) => onChange({ ...filter, sort: event.target.value as PostSort })}>
          <option value="date">By date</option>
          <option value="title">By title</option>
        </select>
        <select aria-label="Show drafts" value={filter.drafts} onChange={(event) => onChange({ ...filter, drafts: event.target.value as DraftFilter })}>
          <option value="all">All</option>
          <option value="published">Published</option>
          <option value="drafts">Drafts</option>
        </select>
        {tags.length > 0 && (
          <select aria-label="Filter by tag" value={filter.tag ?? ''} onChange={(event) => onChange({ ...filter, tag: event.target.value === '' ? null : event.target.value })}>
            <option value="">All tags</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </select>
        )}
      </div>
    </div>
  );
}
