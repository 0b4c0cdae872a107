interface FormDialogFooterProps {
  /** The host's or the form's refusal, announced and tied to the field by `errorId`. */
  readonly error: string | null | undefined;
  readonly errorId: string;
  readonly busy: boolean;
  readonly submitLabel: string;
  readonly onCancel: () => void;
}

/** The end of every form dialog: its error, then Cancel and the submit button, written once. */
export function FormDialogFooter({ error, errorId, busy, submitLabel, onCancel }: FormDialogFooterProps) {
  return (
    <>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy || undefined}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
