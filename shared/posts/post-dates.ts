/**
 * Post dates as written in front matter (`2024-05-01`, `2024-05-01 10:00:00 +0100`, ISO).
 * No imports: the renderer sorts and shows dates at startup without the front matter parsers.
 */

/** Milliseconds for sorting; unparseable dates sort as undated. */
export function dateSortKey(date: string | null): number | null {
  if (!date) return null;
  // `2024-05-01 10:00:00 +0100` (Jekyll, Hugo) as ISO: `T` between, offset as `+01:00`.
  const iso =
    date.length === 10
      ? `${date}T00:00:00Z`
      : date.trim().replace(/^(\d{4}-\d{2}-\d{2})[ T]/, '$1T').replace(/\s*([+-]\d{2}):?(\d{2})$/, '$1:$2').replace(/\s+Z$/i, 'Z');
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** A date for display: `2024-05-01` from any ISO-like value; the raw text otherwise. */
export function formatDate(date: string | null): string {
  if (!date) return '';
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  return match ? match[1]! : date;
}
