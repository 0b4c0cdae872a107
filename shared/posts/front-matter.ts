import { parse as parseYaml } from 'yaml';
import { parse as parseToml } from 'smol-toml';

export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

export interface FrontMatter {
  readonly format: FrontMatterFormat | null;
  /** Parsed keys; empty when there is no block or it is malformed. */
  readonly data: Readonly<Record<string, unknown>>;
  /** The source after the block, exactly as written. */
  readonly body: string;
  /** Offset in the source where the body starts (0 without a block). */
  readonly bodyOffset: number;
  /** Why the block could not be parsed, for a message; null when it parsed (or there is none). */
  readonly error: string | null;
}

const FENCES: readonly { format: FrontMatterFormat; open: RegExp; close: RegExp }[] = [
  { format: 'yaml', open: /^---[ \t]*\r?\n/, close: /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m },
  { format: 'toml', open: /^\+\+\+[ \t]*\r?\n/, close: /^\+\+\+[ \t]*(?:\r?\n|$)/m },
];

/**
 * Splits and parses a post's front matter (YAML `---`, TOML `+++`, JSON `{…}`), the way Jekyll,
 * Hugo, Hexo, Astro and Eleventy read it. The fence scan is written here rather than taken from
 * gray-matter because we need exact byte offsets (for lossless edits later) and must never alter
 * the text; the parsing itself is done by `yaml` and `smol-toml`.
 */
export function parseFrontMatter(source: string): FrontMatter {
  for (const fence of FENCES) {
    const open = fence.open.exec(source);
    if (!open) continue;
    const rest = source.slice(open[0].length);
    const close = fence.close.exec(rest);
    if (!close) {
      return { format: fence.format, data: {}, body: source, bodyOffset: 0, error: `The front matter opened on line 1 is never closed.` };
    }
    const raw = rest.slice(0, close.index);
    const bodyOffset = open[0].length + close.index + close[0].length;
    return { format: fence.format, ...parseBlock(fence.format, raw), body: source.slice(bodyOffset), bodyOffset };
  }
  if (source.startsWith('{')) {
    const end = /^\}[ \t]*(?:\r?\n|$)/m.exec(source);
    if (end) {
      const bodyOffset = end.index + end[0].length;
      return { format: 'json', ...parseBlock('json', source.slice(0, end.index + 1)), body: source.slice(bodyOffset), bodyOffset };
    }
  }
  return { format: null, data: {}, body: source, bodyOffset: 0, error: null };
}

function parseBlock(format: FrontMatterFormat, raw: string): { data: Record<string, unknown>; error: string | null } {
  try {
    const parsed: unknown =
      format === 'yaml' ? parseYaml(raw, { prettyErrors: true }) : format === 'toml' ? parseToml(raw) : JSON.parse(raw);
    if (parsed == null) return { data: {}, error: null };
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { data: {}, error: `The ${format.toUpperCase()} front matter is not a set of keys.` };
    }
    return { data: parsed as Record<string, unknown>, error: null };
  } catch (error) {
    // yaml's message ends its first line with a colon before a code frame: keep the sentence only.
    const detail = (error instanceof Error ? error.message.split('\n')[0]! : String(error)).replace(/:\s*$/, '');
    return { data: {}, error: `The ${format.toUpperCase()} front matter could not be read: ${detail}` };
  }
}
