import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { parse as parseToml, TomlError } from 'smol-toml';

export type FrontMatterFormat = 'yaml' | 'toml' | 'json' | 'executable';

export interface FrontMatter {
  readonly format: FrontMatterFormat | null;
  /** Parsed keys; empty when there is no block or it is malformed (or executable). */
  readonly data: Readonly<Record<string, unknown>>;
  /** The source after the block, exactly as written. */
  readonly body: string;
  /** Offset in the source where the body starts (0 without a block). */
  readonly bodyOffset: number;
  /** Why the block could not be read, for a message; null when it parsed (or there is none). */
  readonly error: string | null;
  /** The 1-based line of the source the error points at, when the parser said. */
  readonly errorLine: number | null;
}

interface Fence {
  readonly format: FrontMatterFormat;
  readonly open: RegExp;
  readonly close: RegExp;
  readonly language?: string;
}

const YAML_CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const FENCES: readonly Fence[] = [
  { format: 'yaml', open: /^---[ \t]*\r?\n/, close: YAML_CLOSE },
  { format: 'toml', open: /^\+\+\+[ \t]*\r?\n/, close: /^\+\+\+[ \t]*(?:\r?\n|$)/m },
  // gray-matter's language fences, which Eleventy and Hexo read: `---yaml`, `---json`, and
  // `---js`/`---javascript`, which the generator *runs*. Postwright never runs a post's code.
  { format: 'yaml', open: /^---[ \t]*ya?ml[ \t]*\r?\n/i, close: YAML_CLOSE },
  { format: 'json', open: /^---[ \t]*json[ \t]*\r?\n/i, close: YAML_CLOSE },
  { format: 'executable', open: /^---[ \t]*([A-Za-z][\w-]*)[ \t]*\r?\n/, close: YAML_CLOSE },
];

/**
 * Splits and parses a post's front matter (YAML `---`, TOML `+++`, JSON `{…}`), the way Jekyll,
 * Hugo, Hexo, Astro and Eleventy read it. The fence scan is written here rather than taken from
 * gray-matter because we need exact byte offsets (lossless edits use them) and must never alter
 * the text. YAML is read with js-yaml's core schema: ~10× faster than `yaml` for listing (bench/),
 * and dates stay as written; `yaml`'s Document API is used only to edit (front-matter-edit.ts).
 */
export function parseFrontMatter(source: string): FrontMatter {
  for (const fence of FENCES) {
    const open = fence.open.exec(source);
    if (!open) continue;
    const rest = source.slice(open[0].length);
    const close = fence.close.exec(rest);
    if (!close) {
      return { format: fence.format, data: {}, body: source, bodyOffset: 0, error: 'The front matter opened on line 1 is never closed.', errorLine: 1 };
    }
    const raw = rest.slice(0, close.index);
    const bodyOffset = open[0].length + close.index + close[0].length;
    const body = source.slice(bodyOffset);
    if (fence.format === 'executable') {
      const language = open[1]!;
      return {
        format: 'executable',
        data: {},
        body,
        bodyOffset,
        error: `The front matter is “${language}” code, which the site generator runs; Postwright does not run it, so this post's title, date and tags come from its text and file name.`,
        errorLine: 1,
      };
    }
    return { format: fence.format, ...parseBlock(fence.format, raw, 2), body, bodyOffset };
  }
  if (source.startsWith('{')) {
    const end = /^\}[ \t]*(?:\r?\n|$)/m.exec(source);
    if (end) {
      const bodyOffset = end.index + end[0].length;
      return { format: 'json', ...parseBlock('json', source.slice(0, end.index + 1), 1), body: source.slice(bodyOffset), bodyOffset };
    }
  }
  return { format: null, data: {}, body: source, bodyOffset: 0, error: null, errorLine: null };
}

type ParsedBlock = { data: Record<string, unknown>; error: string | null; errorLine: number | null };

/**
 * The last block parsed, with what it gave. The page reads the open post's front matter on every
 * keystroke (preview header, the list's unsaved titles), and the block rarely changes while the
 * body is typed; a listing reads each block once and only pays a string comparison. The result
 * is shared between callers, which only ever read it (FrontMatter's fields are readonly).
 */
let lastBlock: { format: string; raw: string; firstLine: number; parsed: ParsedBlock } | null = null;

function parseBlock(format: 'yaml' | 'toml' | 'json', raw: string, firstLine: number): ParsedBlock {
  if (lastBlock !== null && lastBlock.raw === raw && lastBlock.format === format && lastBlock.firstLine === firstLine) return lastBlock.parsed;
  const parsed = parseBlockText(format, raw, firstLine);
  lastBlock = { format, raw, firstLine, parsed };
  return parsed;
}

function parseBlockText(format: 'yaml' | 'toml' | 'json', raw: string, firstLine: number): ParsedBlock {
  try {
    const parsed: unknown = format === 'yaml' ? loadYaml(raw, { schema: CORE_SCHEMA }) : format === 'toml' ? parseToml(raw) : JSON.parse(raw);
    if (parsed == null) return { data: {}, error: null, errorLine: null };
    if (typeof parsed !== 'object' || Array.isArray(parsed)) {
      return { data: {}, error: `The ${format.toUpperCase()} front matter is not a set of keys.`, errorLine: firstLine };
    }
    return { data: parsed as Record<string, unknown>, error: null, errorLine: null };
  } catch (error) {
    const { detail, line } = describeError(error, raw);
    return {
      data: {},
      error: `The ${format.toUpperCase()} front matter could not be read: ${detail}`,
      errorLine: line === null ? null : firstLine + line,
    };
  }
}

/** The parser's sentence and the 0-based line inside the block it points at. */
function describeError(error: unknown, raw: string): { detail: string; line: number | null } {
  if (error instanceof YAMLException) return { detail: error.reason, line: error.mark?.line ?? null };
  if (error instanceof TomlError) return { detail: error.message.split('\n')[0]!.replace(/:\s*$/, ''), line: error.line - 1 };
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  // V8's JSON.parse says "… at position 42" (and newer ones also give line and column).
  const lineMatch = /line (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  const line = lineMatch ? Number(lineMatch[1]) - 1 : position ? raw.slice(0, Number(position[1])).split('\n').length - 1 : null;
  return { detail: message, line };
}
