import { PromptDialog } from './PromptDialog';

interface NewPostDialogProps {
  readonly error: string | null;
  readonly busy: boolean;
  readonly onCreate: (title: string) => void;
  readonly onCancel: () => void;
}

/** Asks for a title; the host makes the file name from it and writes the front matter. */
export function NewPostDialog({ error, busy, onCreate, onCancel }: NewPostDialogProps) {
  return (
    <PromptDialog
      title="New post"
      label="Title"
      placeholder="What is it about?"
      submitLabel="Create"
      error={error}
      busy={busy}
      onSubmit={onCreate}
      onCancel={onCancel}
    />
  );
}
