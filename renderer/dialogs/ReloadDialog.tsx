import { ConfirmDialog } from './ConfirmDialog';

/** Reloading a post from disk would drop what the writer typed since the last save. */
export function ReloadDialog({ title, onReload, onCancel }: { title: string; onReload: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog title="Reload from disk?" confirmLabel="Discard and reload" destructive onConfirm={onReload} onCancel={onCancel}>
      <p>“{title}” has changes that are not saved. Reloading replaces them with the file as it is on disk.</p>
    </ConfirmDialog>
  );
}
