import { useState, type KeyboardEvent } from 'react';
import { isCommandKey } from './command-key';

interface CommitTextFieldProps {
  readonly id: string;
  readonly value: string;
  /** Called once per edit, when the writer leaves the field or presses Enter; not per keystroke. */
  readonly onCommit: (value: string) => void;
  readonly multiline?: boolean;
  readonly type?: 'text' | 'number';
  readonly disabled?: boolean;
  readonly placeholder?: string;
  readonly describedBy?: string;
}

/**
 * A text field that writes to the post once per edit (blur, Enter; Mod+Enter in a multi-line
 * one), so one field edit is one undo step in the editor. Escape puts the post's value back.
 * While it is being edited it shows the writer's text; otherwise the post's, as it changes.
 */
export function CommitTextField({ id, value, onCommit, multiline = false, type = 'text', disabled, placeholder, describedBy }: CommitTextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (!multiline || event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      commit();
    } else if (isCommandKey(event)) {
      commit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
    }
  };
  const common = {
    id,
    className: 'fm-input',
    value: draft ?? value,
    disabled,
    placeholder,
    'aria-describedby': describedBy,
    // The panel sends Mod+Z to the post's history unless the field has its own edit to undo.
    'data-pending': draft !== null ? 'true' : undefined,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
    spellCheck: type === 'text',
  };
  return multiline ? <textarea {...common} rows={Math.min(6, (draft ?? value).split('\n').length + 1)} /> : <input {...common} type={type} />;
}
