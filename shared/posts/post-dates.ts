/**
 * Post dates as written in front matter (`2024-05-01`, `2024-05-01 10:00:00 +0100`, ISO).
 * No imports: the renderer sorts and shows dates at startup without the front matter parsers.
 */

/** Milliseconds for sorting; unparseable dates sort as undated. */
export function dateSortKey(date: string | null): number | null {
  if (!date) return null;
  const ms = Date.parse(date.length === 10 ? `${date}T00:00:00Z` : date.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : ms;
}

/** A date for display: `2024-05-01` from any ISO-like value; the raw text otherwise. */
export function formatDate(date: string | null): string {
  if (!date) return '';
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  return match ? match[1]! : date;
}
