/**
 * Post dates as written in front matter (`2024-05-01`, `2024-05-01 10:00:00 +0100`, ISO).
 * No imports: the renderer sorts and shows dates at startup without the front matter parsers.
 */

/**
 * `2024-06-01`, `2024-06-01 10:00`, `2024-06-01T10:00:00.5Z`, `2024-06-01 10:00:00 +0200`,
 * `2024-06-01 10:00:00 -05:00`: the forms Jekyll, Hugo and Hexo accept. Date.parse alone reads
 * only some of them, and none with a space before the zone.
 */
const WRITTEN_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Milliseconds for sorting; unparseable dates sort as undated. A date without a zone counts as UTC. */
export function dateSortKey(date: string | null): number | null {
  if (!date) return null;
  const match = WRITTEN_DATE.exec(date.trim());
  if (match) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = match;
    const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), frac ? Math.round(Number(frac) * 1000) : 0);
    return Number.isNaN(utc) ? null : utc - zoneOffsetMs(zone);
  }
  const ms = Date.parse(date);
  return Number.isNaN(ms) ? null : ms;
}

function zoneOffsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z' || zone === 'z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return (zone.startsWith('-') ? -minutes : minutes) * 60_000;
}

/** A date for display: `2024-05-01` from any ISO-like value; the raw text otherwise. */
export function formatDate(date: string | null): string {
  if (!date) return '';
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(date);
  return match ? match[1]! : date;
}

/** Jekyll's `2024-01-02-slug.md`: the date a post's file name carries, or null. */
export function dateFromFileName(path: string): string | null {
  const match = /(?:^|\/)(\d{4})-(\d{2})-(\d{2})-[^/]*$/.exec(path);
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  return dateSortKey(date) === null || Number(match[2]) > 12 || Number(match[3]) > 31 ? null : date;
}
