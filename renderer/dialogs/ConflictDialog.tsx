import { ConfirmDialog } from './ConfirmDialog';

/** A save found the file changed on disk since it was opened: overwrite it, or keep editing. */
export function ConflictDialog({ title, onOverwrite, onCancel }: { title: string; onOverwrite: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog title="File changed on disk" confirmLabel="Overwrite" destructive onConfirm={onOverwrite} onCancel={onCancel}>
      <p>
        “{title}” was changed by another program since you opened it. Saving now replaces those changes with the text in
        the editor.
      </p>
      <p className="modal-note">Cancel keeps your text in the editor, unsaved.</p>
    </ConfirmDialog>
  );
}
