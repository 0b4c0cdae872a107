import { useId } from 'react';
import type { UnsavedChoice } from './dialog-prompts';
import { ModalDialog } from './ModalDialog';

/** Before another folder replaces the open posts or the window closes: unsaved words are never dropped silently. */
export function UnsavedChangesDialog({ titles, onChoose }: { titles: readonly string[]; onChoose: (choice: UnsavedChoice) => void }) {
  const bodyId = useId();
  return (
    <ModalDialog title="Save your changes first?" onCancel={() => onChoose('cancel')} describedBy={bodyId}>
      <div id={bodyId} className="modal-body">
        <p>
          {titles.length === 1 ? 'This post has changes that are not saved:' : `These ${titles.length} posts have changes that are not saved:`}
        </p>
        <ul className="modal-list">
          {titles.map((title, index) => (
            <li key={index}>{title}</li>
          ))}
        </ul>
        <p className="modal-note">Discard drops those changes; Cancel goes back to them.</p>
      </div>
      <div className="modal-actions">
        <button type="button" className="button button-danger modal-action-start" onClick={() => onChoose('discard')}>
          Discard
        </button>
        <button type="button" className="button" onClick={() => onChoose('cancel')}>
          Cancel
        </button>
        <button type="button" className="button button-primary" onClick={() => onChoose('save')} data-autofocus>
          {titles.length === 1 ? 'Save' : 'Save all'}
        </button>
      </div>
    </ModalDialog>
  );
}
