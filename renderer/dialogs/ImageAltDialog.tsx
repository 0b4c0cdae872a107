import { PromptDialog } from './PromptDialog';

interface ImageAltDialogProps {
  readonly fileName: string;
  /** Offered from the file name; selected, so typing replaces it. */
  readonly alt: string;
  readonly onInsert: (alt: string) => void;
  readonly onCancel: () => void;
}

/** Asks what a pasted or dropped image shows, before it is copied into the site. */
export function ImageAltDialog({ fileName, alt, onInsert, onCancel }: ImageAltDialogProps) {
  return (
    <PromptDialog
      title="Insert image"
      label={`Alt text for “${fileName}”`}
      hint="What the image shows, for readers who cannot see it. Leave it empty for a purely decorative image."
      initialValue={alt}
      submitLabel="Insert"
      error={null}
      busy={false}
      onSubmit={(text) => onInsert(text.trim())}
      onCancel={onCancel}
    />
  );
}
