import { PromptDialog } from './PromptDialog';

interface RenamePostDialogProps {
  /** The post's file name now, without its extension. */
  readonly name: string;
  readonly error: string | null;
  readonly busy: boolean;
  readonly onRename: (name: string) => void;
  readonly onCancel: () => void;
}

/** Asks for a post's new file name; the host keeps the extension and a Jekyll date prefix left out. */
export function RenamePostDialog({ name, error, busy, onRename, onCancel }: RenamePostDialogProps) {
  return (
    <PromptDialog
      title="Rename post"
      label="File name"
      hint="The extension stays. A Jekyll date prefix (YYYY-MM-DD-) stays too if you leave it out."
      initialValue={name}
      submitLabel="Rename"
      error={error}
      busy={busy}
      onSubmit={onRename}
      onCancel={onCancel}
    />
  );
}
