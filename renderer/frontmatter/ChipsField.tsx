import { useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import { isCommandKey } from './command-key';

interface ChipsFieldProps {
  readonly id: string;
  /** What one item is called in accessible names: "tag", "category". */
  readonly noun: string;
  readonly values: readonly string[];
  readonly onChange: (values: readonly string[]) => void;
  /** Offered as the writer types (the browser's own list for the input). */
  readonly suggestions?: readonly string[];
  readonly disabled?: boolean;
  readonly describedBy?: string;
}

/**
 * A list of short values as chips: Enter or a comma adds what was typed, Backspace in the empty
 * input removes the last chip, each chip's × button removes it. Every add or removal is one edit
 * of the post (one undo step). Completion is a <datalist>: the platform's own popup, keyboard
 * and screen reader behaviour, in Chromium and Electron alike.
 */
export function ChipsField({ id, noun, values, onChange, suggestions = [], disabled, describedBy }: ChipsFieldProps) {
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = `${id}-suggestions`;
  const add = (typed: string) => {
    const added = typed
      .split(',')
      .map((item) => item.trim())
      .filter((item, index, all) => item !== '' && !values.includes(item) && all.indexOf(item) === index);
    setText('');
    if (added.length > 0) onChange([...values, ...added]);
  };
  const remove = (index: number) => onChange(values.filter((_, at) => at !== index));
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      if (text.trim() === '') return;
      event.preventDefault();
      add(text);
    } else if (isCommandKey(event) && text.trim() !== '') {
      add(text);
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      event.preventDefault();
      remove(values.length - 1);
    }
  };
  const onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    // Picking from the datalist is not typing (Chromium sends no insertText): add the pick at once.
    const picked = !(event.nativeEvent instanceof InputEvent) || event.nativeEvent.inputType === 'insertReplacementText';
    if (picked && suggestions.includes(value)) add(value);
    else setText(value);
  };
  const offered = suggestions.filter((item) => !values.includes(item));
  return (
    <div className={disabled ? 'fm-chips is-disabled' : 'fm-chips'}>
      <ul className="fm-chip-list" aria-label={`${noun[0]!.toUpperCase()}${noun.slice(1)}s of this post`}>
        {values.map((value, index) => (
          <li key={`${value}-${index}`} className="fm-chip">
            <span className="fm-chip-text">{value}</span>
            {!disabled && (
              <button type="button" className="fm-chip-remove" aria-label={`Remove ${noun} ${value}`} title={`Remove ${noun} “${value}”`} onClick={() => {
                  remove(index);
                  // The button goes with its chip: focus stays in the field rather than falling to the page.
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <input
          ref={inputRef}
          id={id}
          className="fm-chip-input"
          value={text}
          list={offered.length > 0 ? listId : undefined}
          placeholder={values.length === 0 ? `Add a ${noun}…` : `Add…`}
          aria-describedby={describedBy}
          autoComplete="off"
          data-pending={text !== '' ? 'true' : undefined}
          spellCheck={false}
          onChange={onInput}
          onKeyDown={onKeyDown}
          onBlur={() => text.trim() !== '' && add(text)}
        />
      )}
      {offered.length > 0 && !disabled && (
        <datalist id={listId}>
          {offered.map((item) => (
            <option key={item} value={item} />
          ))}
        </datalist>
      )}
    </div>
  );
}
