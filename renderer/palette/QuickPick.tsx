import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { fuzzyFilter, highlightRuns } from './fuzzy-filter';

export interface QuickPickItem {
  readonly id: string;
  /** What is matched and shown. */
  readonly label: string;
  /** Shown after the label, dimmed (a post's path). */
  readonly detail?: string | null;
  /** Shown at the right (a command's keys). */
  readonly keys?: string | null;
}

interface QuickPickProps {
  /** The accessible name of the whole picker ("Command palette"). */
  readonly title: string;
  readonly placeholder: string;
  readonly items: readonly QuickPickItem[];
  readonly emptyText: string;
  readonly onPick: (id: string) => void;
  readonly onClose: () => void;
}

/**
 * A filter box over a list, used alone from the keyboard: type to filter (fuzzy), ↑/↓ (and
 * PageUp/PageDown, Home/End with Ctrl) to move, Enter to pick, Escape to close. The WAI-ARIA
 * combobox pattern: focus stays in the input, which points at the highlighted option with
 * aria-activedescendant, so a screen reader reads each option as the writer moves.
 */
export function QuickPick({ title, placeholder, items, emptyText, onPick, onClose }: QuickPickProps) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  const listId = `${baseId}-list`;
  const matches = useMemo(() => fuzzyFilter(items, query, (item) => item.label), [items, query]);
  const current = Math.min(selected, Math.max(matches.length - 1, 0));
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useEffect(() => {
    // Whoever closes the picker may put focus somewhere (the editor); if nobody did, it goes back
    // where it was before, never to the page's body.
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    inputRef.current?.focus();
    return () => {
      const now = document.activeElement;
      if (previous?.isConnected && (now === null || now === document.body)) previous.focus();
    };
  }, []);

  useEffect(() => {
    listRef.current?.querySelector(`[id="${CSS.escape(optionId(current))}"]`)?.scrollIntoView({ block: 'nearest' });
  });

  const move = (to: number) => setSelected(Math.max(0, Math.min(to, matches.length - 1)));

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const page = 8;
    switch (event.key) {
      case 'ArrowDown':
        move(current + 1 >= matches.length ? 0 : current + 1);
        break;
      case 'ArrowUp':
        move(current === 0 ? matches.length - 1 : current - 1);
        break;
      case 'PageDown':
        move(current + page);
        break;
      case 'PageUp':
        move(current - page);
        break;
      case 'Home':
      case 'End':
        if (!event.ctrlKey) return;
        move(event.key === 'Home' ? 0 : matches.length - 1);
        break;
      case 'Enter': {
        const match = matches[current];
        if (match) onPick(match.item.id);
        break;
      }
      case 'Escape':
        onClose();
        break;
      case 'Tab':
        // Focus must not wander behind the picker; Tab closes it like Escape.
        onClose();
        break;
      default:
        return;
    }
    // Handled here: stop the window's command keys and the browser from seeing it too.
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="palette-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div className="palette" role="dialog" aria-modal="true" aria-label={title}>
        <input
          ref={inputRef}
          className="palette-input"
          role="combobox"
          aria-label={title}
          aria-expanded="true"
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={matches.length > 0 ? optionId(current) : undefined}
          placeholder={placeholder}
          value={query}
          spellCheck={false}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setSelected(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={(event) => {
            // Clicking an option keeps focus inside; focus going anywhere else closes the picker.
            if (!event.currentTarget.closest('.palette')?.contains(event.relatedTarget as Node | null)) onClose();
          }}
        />
        <ul ref={listRef} id={listId} className="palette-list" role="listbox" aria-label={title}>
          {matches.map((match, index) => (
            <li
              key={match.item.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === current}
              className={index === current ? 'palette-option is-selected' : 'palette-option'}
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => index !== current && setSelected(index)}
              onClick={() => onPick(match.item.id)}
            >
              <span className="palette-label">
                {highlightRuns(match.item.label, match.indexes).map((run, i) => (run.marked ? <mark key={i}>{run.text}</mark> : run.text))}
              </span>
              {match.item.detail && <span className="palette-detail">{match.item.detail}</span>}
              {match.item.keys && <kbd className="palette-keys">{match.item.keys}</kbd>}
            </li>
          ))}
        </ul>
        {matches.length === 0 && (
          <p className="palette-empty" role="status">
            {emptyText}
          </p>
        )}
      </div>
    </div>
  );
}
