import { ConfirmDialog } from './ConfirmDialog';

/** A post over the large-post size: open it anyway, knowing typing and the preview may lag? */
export function LargePostDialog({ title, size, onOpen, onCancel }: { title: string; size: string; onOpen: () => void; onCancel: () => void }) {
  return (
    <ConfirmDialog title="Open a large post?" confirmLabel="Open anyway" onConfirm={onOpen} onCancel={onCancel}>
      <p>
        “{title}” is {size}. Posts this large open slowly, and typing and the live preview may lag.
      </p>
    </ConfirmDialog>
  );
}
