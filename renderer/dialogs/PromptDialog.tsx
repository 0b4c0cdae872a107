import { useId, useState } from 'react';
import { ModalDialog } from './ModalDialog';
import { FormDialogFooter } from './FormDialogFooter';

interface PromptDialogProps {
  readonly title: string;
  readonly label: string;
  readonly hint?: string;
  readonly placeholder?: string;
  /** What the field holds when it opens (selected, so typing replaces it). */
  readonly initialValue?: string;
  readonly submitLabel: string;
  readonly error: string | null;
  readonly busy: boolean;
  readonly onSubmit: (value: string) => void;
  readonly onCancel: () => void;
}

/** One labelled text field with submit and Cancel; the host's error shows inside the dialog. */
export function PromptDialog({ title, label, hint, placeholder, initialValue = '', submitLabel, error, busy, onSubmit, onCancel }: PromptDialogProps) {
  const [value, setValue] = useState(initialValue);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <ModalDialog title={title} onCancel={onCancel}>
      <form
        className="modal-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) onSubmit(value);
        }}
      >
        <label htmlFor={inputId} className="field-label">
          {label}
        </label>
        <input
          id={inputId}
          className="field-input"
          type="text"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder={placeholder}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        {hint && (
          <p id={hintId} className="field-hint">
            {hint}
          </p>
        )}
        <FormDialogFooter error={error} errorId={errorId} busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
