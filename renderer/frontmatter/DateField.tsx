import { useEffect, useRef, useState } from 'react';
import { isCommandKey } from './command-key';
import { CommitTextField } from './CommitTextField';
import { parseWrittenDate, pickerStep, pickerValue, writeDate, type WrittenDate } from './written-date';

interface DateFieldProps {
  readonly id: string;
  /** As the post writes it, or null for none yet. */
  readonly written: string | null;
  readonly onCommit: (written: string | null) => void;
  readonly disabled?: boolean;
  readonly describedBy?: string;
}

/** A post without a date gets a date-only one, the form every generator reads. */
const NO_DATE: WrittenDate = { day: '', time: null, separator: 'T', zone: '' };

/** After a pick, the value is written once the picker has been still this long (or on blur/Enter). */
const SETTLE_MS = 700;

/**
 * The post's date in a date or date-and-time picker, whichever its written form is, written back
 * in that form (separator, seconds and zone kept: the zone is shown beside the picker). A date a
 * picker cannot show (`June 1st`) is edited as text.
 */
export function DateField({ id, written, onCommit, disabled, describedBy }: DateFieldProps) {
  const parsed = written === null ? NO_DATE : parseWrittenDate(written);
  const [draft, setDraft] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => clearSettle(timer), []);
  if (parsed === null) {
    return <CommitTextField id={id} value={written ?? ''} onCommit={(value) => onCommit(value.trim() === '' ? null : value)} disabled={disabled} describedBy={describedBy} />;
  }
  const current = parsed.day === '' ? '' : pickerValue(parsed);
  const commit = (value: string | null, emptyRemoves: boolean) => {
    clearSettle(timer);
    setDraft(null);
    if (value === null || value === current) return;
    const next = writeDate(parsed, value);
    // A half-typed date reads as '' until it is whole: only leaving the field empty removes it.
    if (next === null && !emptyRemoves) return;
    if (next !== written) onCommit(next);
  };
  const zone = parsed.zone.trim();
  return (
    <span className="fm-date">
      <input
        id={id}
        className="fm-input"
        type={parsed.time === null ? 'date' : 'datetime-local'}
        step={pickerStep(parsed)}
        value={draft ?? current}
        disabled={disabled}
        aria-describedby={describedBy}
        data-pending={draft !== null ? 'true' : undefined}
        onChange={(event) => {
          const value = event.target.value;
          setDraft(value);
          clearSettle(timer);
          timer.current = setTimeout(() => commit(value, false), SETTLE_MS);
        }}
        onBlur={() => commit(draft, true)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(draft, true);
          } else if (isCommandKey(event)) {
            commit(draft, true);
          }
        }}
      />
      {zone !== '' && (
        <span className="fm-date-zone" title="The time zone the post gives; kept as written">
          {zone}
        </span>
      )}
    </span>
  );
}

function clearSettle(timer: { current: ReturnType<typeof setTimeout> | null }): void {
  if (timer.current !== null) clearTimeout(timer.current);
  timer.current = null;
}
