import type { SiteExportProblem, SiteExportSummary } from '../../shared/api';
import type { SiteExportState } from '../state/app-state';

/** Problems listed in the panel; the rest are counted (the CLI prints them all). */
const SHOWN_PROBLEMS = 8;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** `posts/a.md:3` (or the output file), then what is wrong with it. */
const problemPlace = (problem: SiteExportProblem) => `${problem.in === 'output' ? 'output: ' : ''}${problem.file}${problem.line ? `:${problem.line}` : ''}`;

function summaryLine(summary: SiteExportSummary): string {
  const parts = [
    `${plural(summary.posts, 'post')} and ${plural(summary.tags, 'tag')}`,
    `${plural(summary.written, 'file')} written`,
    ...(summary.unchanged ? [`${summary.unchanged} unchanged`] : []),
    ...(summary.imagesCopied ? [`${plural(summary.imagesCopied, 'image')} copied`] : []),
    ...(summary.deleted ? [`${summary.deleted} removed`] : []),
  ];
  return `${parts.join(', ')}.`;
}

interface SiteExportPanelProps {
  readonly state: SiteExportState;
  readonly onCancel: () => void;
  readonly onDismiss: () => void;
}

/** A running site export (progress bar, Cancel), then what it did and what it skipped, until closed. */
export function SiteExportPanel({ state, onCancel, onDismiss }: SiteExportPanelProps) {
  if (state.kind === 'running') {
    const { progress } = state;
    const step =
      progress === null
        ? 'Starting…'
        : progress.phase === 'pages' && progress.done === progress.total
          ? 'Writing the index, tag pages, feeds and images…'
          : `${progress.phase === 'posts' ? 'Reading posts' : 'Writing pages'} ${progress.done} of ${progress.total}`;
    return (
      <div className="site-export-panel is-running" role="status" aria-live="polite">
        <div className="site-export-text">
          <p className="site-export-title">Exporting site…</p>
          <p className="site-export-step">{state.cancelling ? 'Cancelling…' : step}</p>
        </div>
        <progress className="site-export-bar" aria-label="Site export progress" max={progress?.total || 1} value={progress ? progress.done : undefined} />
        <button type="button" className="button" onClick={onCancel} disabled={state.cancelling}>
          Cancel
        </button>
      </div>
    );
  }
  const { summary } = state;
  const problems = summary.problems;
  return (
    <div className={problems.length ? 'site-export-panel has-problems' : 'site-export-panel'} role="status" aria-live="polite">
      <div className="site-export-text">
        <p className="site-export-title">
          Site exported to <code className="site-export-path">{summary.out}</code>
        </p>
        <p className="site-export-step">
          {summaryLine(summary)} Open <code>index.html</code> there to see it.
          {summary.settingsCreated && (
            <>
              {' '}
              Site title, author and base URL are in <code>{summary.settingsSource}</code> in the posts folder.
            </>
          )}
        </p>
        {problems.length > 0 && (
          <>
            <p className="site-export-problems-title">{plural(problems.length, 'problem')} (everything else was exported):</p>
            <ul className="site-export-problems">
              {problems.slice(0, SHOWN_PROBLEMS).map((problem) => (
                <li key={`${problem.in}:${problem.file}:${problem.message}`}>
                  <code>{problemPlace(problem)}</code> {problem.message}
                </li>
              ))}
              {problems.length > SHOWN_PROBLEMS && <li>…and {problems.length - SHOWN_PROBLEMS} more (run `postwright export` in a terminal to see them all).</li>}
            </ul>
          </>
        )}
      </div>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Close
      </button>
    </div>
  );
}
