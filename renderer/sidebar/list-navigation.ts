/**
 * Where a key moves the cursor in a single-column list (the post list): pure index math, so the
 * keyboard behaviour is tested without a DOM. `page` is how many rows one screen shows.
 */
export function indexAfterKey(key: string, index: number, count: number, page: number): number | null {
  if (count === 0) return null;
  const step = Math.max(1, page);
  const targets: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + step,
    PageUp: index - step,
    Home: 0,
    End: count - 1,
  };
  const target = targets[key];
  return target === undefined ? null : Math.max(0, Math.min(count - 1, target));
}

/** How many whole rows fit in a viewport, less one so a page move keeps one row of context. */
export const rowsPerPage = (viewportHeight: number, rowHeight: number): number => Math.max(1, Math.floor(viewportHeight / rowHeight) - 1);

/**
 * Type-ahead, as in a file list: the next label after `from` (wrapping) that starts with what
 * was typed, case- and accent-insensitively. One repeated letter cycles through the labels with
 * that initial, as Windows Explorer and macOS Finder do. Returns null when nothing matches.
 */
export function typeAheadIndex(labels: readonly string[], from: number, typed: string): number | null {
  if (labels.length === 0 || typed === '') return null;
  const wanted = fold(typed);
  const cycling = [...wanted].every((char) => char === wanted[0]);
  // A fresh search includes the row the cursor is on ("ab" after "a" stays on "Abc"); cycling one letter moves on.
  const start = cycling ? from + 1 : from;
  for (let offset = 0; offset < labels.length; offset++) {
    const index = (start + offset) % labels.length;
    const label = fold(labels[index]!);
    if (label.startsWith(wanted) || (cycling && label.startsWith(wanted[0]!))) return index;
  }
  return null;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase()
    .trimStart();
