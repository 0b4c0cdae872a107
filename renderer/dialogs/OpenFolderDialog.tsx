import { useEffect, useId, useState } from 'react';
import type { FolderCompletion } from '../../shared/api';
import { ModalDialog } from './ModalDialog';
import { FormDialogFooter } from './FormDialogFooter';

interface OpenFolderDialogProps {
  readonly error: string | null;
  readonly busy: boolean;
  readonly onOpen: (path: string) => void;
  readonly onCancel: () => void;
  /** Folders starting with what was typed, and the recent folders (folder.complete). */
  readonly complete: (partial: string) => Promise<FolderCompletion | null>;
}

/** Completions wait for a short pause in typing: one directory read per pause, not per key. */
const COMPLETE_DELAY_MS = 120;

/**
 * Serve mode has no native folder picker: the writer types the path the server can read, with
 * `~/` for the home folder. Before typing it offers the recent folders; while typing, the
 * folders that start with the path (↑/↓ to choose, Tab to take one and go on, Enter to open).
 */
export function OpenFolderDialog({ error, busy, onOpen, onCancel, complete }: OpenFolderDialogProps) {
  const [value, setValue] = useState('');
  const [answer, setAnswer] = useState<{ readonly typed: string; readonly completion: FolderCompletion } | null>(null);
  const [highlight, setHighlight] = useState(-1);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const listId = useId();

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(
      () =>
        void complete(value).then((completion) => {
          if (!cancelled && completion) setAnswer({ typed: value, completion });
        }),
      value === '' ? 0 : COMPLETE_DELAY_MS,
    );
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [value, complete]);

  const recentMode = value.trim() === '';
  const options = answer === null ? [] : recentMode ? answer.completion.recent : answer.typed === value ? answer.completion.folders : [];
  const separator = (answer?.completion.expanded ?? value).includes('\\') && !value.includes('/') ? '\\' : '/';
  const take = (path: string) => {
    setValue(path.endsWith(separator) ? path : `${path}${separator}`);
    setHighlight(-1);
  };
  const describedBy = [hintId, error ? errorId : null].filter(Boolean).join(' ');
  const active = highlight >= 0 && highlight < options.length ? highlight : -1;

  return (
    <ModalDialog title="Open folder" onCancel={onCancel}>
      <form
        className="modal-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (busy) return;
          if (active >= 0) onOpen(options[active]!);
          else onOpen(value);
        }}
      >
        <label htmlFor={inputId} className="field-label">
          Folder path
        </label>
        <input
          id={inputId}
          className="field-input"
          type="text"
          role="combobox"
          aria-expanded={options.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
          value={value}
          onChange={(event) => {
            setValue(event.target.value);
            setHighlight(-1);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              if (options.length === 0) return;
              event.preventDefault();
              // -1 is the field itself: the choice cycles field → options → field.
              const next = active + (event.key === 'ArrowDown' ? 1 : -1);
              setHighlight(next >= options.length ? -1 : next < -1 ? options.length - 1 : next);
            } else if (event.key === 'Tab' && !event.shiftKey && options.length > 0 && !recentMode) {
              event.preventDefault();
              take(options[active >= 0 ? active : 0]!);
            }
          }}
          placeholder="~/blog"
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <p id={hintId} className="field-hint">
          The path of a blog or a folder of Markdown posts on the computer running Postwright. <kbd>Tab</kbd> completes a folder name.
        </p>
        {options.length > 0 && (
          <div className="folder-suggestions">
            <p className="folder-suggestions-label">{recentMode ? 'Recent folders' : 'Folders'}</p>
            <ul id={listId} role="listbox" aria-label={recentMode ? 'Recent folders' : 'Matching folders'}>
              {options.map((path, index) => (
                <li
                  key={path}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={index === active ? 'is-highlighted' : undefined}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => (recentMode ? onOpen(path) : take(path))}
                  title={path}
                >
                  {path}
                </li>
              ))}
            </ul>
          </div>
        )}
        <FormDialogFooter error={error} errorId={errorId} busy={busy} submitLabel="Open" onCancel={onCancel} />
      </form>
    </ModalDialog>
  );
}
