/**
 * A front matter date as the post writes it, split into what a date/datetime picker edits and
 * what the writer's format keeps: `2024-06-01` stays date-only; `2024-06-01 10:00:00 +0200`
 * keeps its space, its seconds and its zone; `2024-06-01T10:00:00Z` keeps its `T` and `Z`.
 */
export interface WrittenDate {
  /** `2024-06-01` */
  readonly day: string;
  /** `10:00`, `10:00:00` or `10:00:00.5`; null for a date-only value. */
  readonly time: string | null;
  /** What stood between day and time: `T`, `t` or spaces. */
  readonly separator: string;
  /** The zone exactly as written, with the spaces before it (` +0200`, `Z`, `-07:00`), or ''. */
  readonly zone: string;
}

// The forms Jekyll, Hugo, Hexo, Astro and Eleventy accept (post-dates.ts reads the same ones).
const WRITTEN = /^(\d{4}-\d{2}-\d{2})(?:([Tt]| +)(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(\s*(?:[Zz]|[+-]\d{2}(?::?\d{2})?))?)?$/;

/** The parts of a written date, or null when a picker cannot show it (`June 1`, `now`). */
export function parseWrittenDate(text: string): WrittenDate | null {
  const match = WRITTEN.exec(text.trim());
  if (!match) return null;
  const [, day, separator = 'T', time = null, zone = ''] = match;
  return { day: day!, time, separator, zone };
}

/** What `<input type="date">` or `type="datetime-local"` shows for it. */
export function pickerValue(date: WrittenDate): string {
  return date.time === null ? date.day : `${date.day}T${date.time}`;
}

/** The picker's step: seconds (or milliseconds) only when the post writes them. */
export function pickerStep(date: WrittenDate): number | undefined {
  if (date.time === null || date.time.length === 5) return undefined;
  return date.time.includes('.') ? 0.001 : 1;
}

/**
 * A picker's new value written in the post's format. Chromium drops `:00` seconds from a
 * datetime-local value, so seconds are put back when the post had them. Empty input: null.
 */
export function writeDate(date: WrittenDate, value: string): string | null {
  const match = /^(\d{4,}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?)?$/.exec(value);
  if (!match) return null;
  const [, day, minutes, seconds = ''] = match;
  if (date.time === null) return day!;
  if (minutes === undefined) return null;
  const hadSeconds = date.time.length > 5;
  const time = hadSeconds ? `${minutes}${seconds || ':00'}` : minutes;
  return `${day}${date.separator}${time}${date.zone}`;
}
