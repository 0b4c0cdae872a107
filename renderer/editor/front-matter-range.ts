import type { Line, Text } from '@codemirror/state';

/** Front matter longer than this is taken as an unclosed `---` rule, not metadata. */
const FRONT_MATTER_MAX_LINES = 2000;

/**
 * The fences shared/posts/front-matter.ts reads (YAML `---`, gray-matter's `---yaml`/`---json`/
 * `---js`, TOML `+++`, a JSON object from `{` to a line `}`), by line: the editor asks on every
 * keystroke, and walking a few lines of the text tree is cheaper than slicing the text to parse.
 */
const FENCES: readonly { readonly open: RegExp; readonly close: RegExp }[] = [
  { open: /^---[ \t]*(?:[A-Za-z][\w-]*[ \t]*)?$/, close: /^(?:---|\.\.\.)[ \t]*$/ },
  { open: /^\+\+\+[ \t]*$/, close: /^\+\+\+[ \t]*$/ },
  { open: /^\{/, close: /^\}[ \t]*$/ },
];

/**
 * The front matter block that opens on line 1: null when there is none, else its closing fence
 * line (null while it is not closed within FRONT_MATTER_MAX_LINES) and the last line looked at.
 */
export function findFrontMatter(doc: Text): { readonly close: Line | null; readonly lastLine: number } | null {
  const fence = FENCES.find(({ open }) => open.test(doc.line(1).text));
  if (!fence) return null;
  const last = Math.min(doc.lines, FRONT_MATTER_MAX_LINES);
  for (let number = 2; number <= last; number++) {
    const line = doc.line(number);
    if (fence.close.test(line.text)) return { close: line, lastLine: number };
  }
  return { close: null, lastLine: last };
}

/** Where the body starts: the end of the closing fence's line of a closed front matter block, else 0. */
export function bodyStart(doc: Text): number {
  return findFrontMatter(doc)?.close?.to ?? 0;
}
