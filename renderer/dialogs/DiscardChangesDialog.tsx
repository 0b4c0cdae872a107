import { ConfirmDialog } from './ConfirmDialog';

/** Before another folder replaces the open posts: unsaved words are never dropped silently. */
export function DiscardChangesDialog({ titles, onDiscard, onCancel }: { titles: readonly string[]; onDiscard: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog title="Discard unsaved changes?" confirmLabel="Discard" destructive onConfirm={onDiscard} onCancel={onCancel}>
      <p>
        {titles.length === 1 ? 'This post has changes that are not saved:' : `These ${titles.length} posts have changes that are not saved:`}
      </p>
      <ul className="modal-list">
        {titles.map((title, index) => (
          <li key={index}>{title}</li>
        ))}
      </ul>
      <p className="modal-note">Cancel to go back and save them first.</p>
    </ConfirmDialog>
  );
}
