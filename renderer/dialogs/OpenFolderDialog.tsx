import { PromptDialog } from './PromptDialog';

interface OpenFolderDialogProps {
  readonly error: string | null;
  readonly busy: boolean;
  readonly onOpen: (path: string) => void;
  readonly onCancel: () => void;
}

/** Serve mode has no native folder picker: the writer types the path the server can read. */
export function OpenFolderDialog({ error, busy, onOpen, onCancel }: OpenFolderDialogProps) {
  return (
    <PromptDialog
      title="Open folder"
      label="Folder path"
      hint="The full path of a folder of Markdown posts on the computer running Postwright."
      placeholder="/home/you/blog/posts"
      submitLabel="Open"
      error={error}
      busy={busy}
      onSubmit={onOpen}
      onCancel={onCancel}
    />
  );
}
