import type { PostList } from '../../shared/api';

/** Files that look like posts but could not be read: out of the way, with reasons on expand. */
export function SkippedFiles({ skipped }: { skipped: PostList['skipped'] }) {
  if (skipped.length === 0) return null;
  return (
    <details className="skipped-files">
      <summary>
        {skipped.length} {skipped.length === 1 ? 'file' : 'files'} skipped
      </summary>
      <ul>
        {skipped.map((file) => (
          <li key={file.id} title={file.reason}>
            <span className="skipped-id">{file.id}</span>
            <span className="skipped-reason">{file.reason}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
