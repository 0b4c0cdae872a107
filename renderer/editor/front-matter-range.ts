import type { Text } from '@codemirror/state';

/** Front matter longer than this is taken as an unclosed `---` rule, not metadata. */
const FRONT_MATTER_MAX_LINES = 2000;

/**
 * Where the body starts: the end of a closed `---` … `---` (or `...`) block that opens on line 1,
 * else 0. The same rule the library's front-matter reader and the editor's YAML wrapper use.
 */
export function bodyStart(doc: Text): number {
  if (doc.lines < 2 || doc.line(1).text.trimEnd() !== '---') return 0;
  const last = Math.min(doc.lines, FRONT_MATTER_MAX_LINES);
  for (let number = 2; number <= last; number++) {
    const text = doc.line(number).text.trimEnd();
    if (text === '---' || text === '...') return doc.line(number).to;
  }
  return 0;
}
