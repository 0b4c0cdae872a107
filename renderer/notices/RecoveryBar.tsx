import type { RecoverableEdit } from '../../shared/api';

interface RecoveryBarProps {
  readonly entries: readonly RecoverableEdit[];
  readonly titleOf: (id: string) => string;
  readonly onRecover: () => void;
  readonly onDiscard: () => void;
}

/** Unsaved text from a session that ended without saving it (a crash, a killed host): recover or let go. */
export function RecoveryBar({ entries, titleOf, onRecover, onDiscard }: RecoveryBarProps) {
  const names = entries.map((entry) => `“${titleOf(entry.id)}”`).join(', ');
  const changed = entries.some((entry) => entry.changedOnDisk);
  return (
    <div role="alert" className="disk-bar is-recovery">
      <p className="disk-bar-message">
        <strong>Unsaved text from your last session</strong> was kept for {names}.
        {changed && ' Some of these files changed on disk since; you will pick which version to keep.'}
      </p>
      <div className="disk-bar-actions">
        <button type="button" className="button button-primary" onClick={onRecover}>
          Recover
        </button>
        <button type="button" className="button" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </div>
  );
}
