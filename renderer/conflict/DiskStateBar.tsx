import type { DiskState } from '../workspace/document-service';

interface DiskStateBarProps {
  readonly title: string;
  readonly state: DiskState;
  readonly onKeepMine: () => void;
  readonly onTakeTheirs: () => void;
  readonly onCompare: () => void;
}

/**
 * The open post's file changed under unsaved edits, or is gone. Nothing happens to either text
 * until the writer picks: the bar stays until then (a save meanwhile still asks before overwriting).
 */
export function DiskStateBar({ title, state, onKeepMine, onTakeTheirs, onCompare }: DiskStateBarProps) {
  if (state === 'deleted') {
    return (
      <div role="alert" className="disk-bar is-deleted">
        <p className="disk-bar-message">
          <strong>“{title}” is no longer on disk</strong> (deleted or moved by another program). Your text is still here.
        </p>
        <div className="disk-bar-actions">
          <button type="button" className="button button-primary" onClick={onKeepMine}>
            Save again
          </button>
        </div>
      </div>
    );
  }
  return (
    <div role="alert" className="disk-bar">
      <p className="disk-bar-message">
        <strong>“{title}” was changed by another program</strong> while you have unsaved edits. Which text do you want?
      </p>
      <div className="disk-bar-actions">
        <button type="button" className="button button-primary" onClick={onKeepMine} title="Keep your text; your next save replaces the file">
          Keep mine
        </button>
        <button type="button" className="button" onClick={onTakeTheirs} title="Load the file's text; Undo brings yours back">
          Take theirs
        </button>
        <button type="button" className="button" onClick={onCompare}>
          Compare…
        </button>
      </div>
    </div>
  );
}
