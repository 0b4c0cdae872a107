import { applyEdits, findNodeAtLocation, modify, parseTree } from 'jsonc-parser';
import { parse as parseToml, stringify as stringifyToml, TomlDate } from 'smol-toml';
import { isMap, isScalar, isSeq, parseDocument, Scalar, stringify as stringifyYaml, type Node, type Pair } from 'yaml';
import { detectLineEnding } from './line-endings';

/** What one front matter key can be set to. `null` removes the key. */
export type FrontMatterValue = string | number | boolean | null | readonly string[];

const FENCE_OPEN = /^(---|\+\+\+)[ \t]*(json|ya?ml)?[ \t]*\r?\n/i;

/**
 * `source` with one front matter key set (or removed, for null), every other byte unchanged:
 * comments, key order, quoting, unknown keys, line endings stay as they were. Only the key's value
 * bytes are replaced (YAML through the `yaml` CST's ranges, TOML by the key's own lines, JSON
 * through jsonc-parser's minimal edits); a missing key is added as the block's last line. A post
 * without front matter gets a YAML block. Throws with a message when the block cannot be edited
 * safely (malformed, executable): nothing is written then.
 */
export function setFrontMatterField(source: string, key: string, value: FrontMatterValue): string {
  if (key.trim() === '' || /[\r\n]/.test(key)) throw new Error('A front matter key must be a non-empty single line.');
  const eol = detectLineEnding(source);
  const open = FENCE_OPEN.exec(source);
  if (open) {
    const close = new RegExp(`^${open[1] === '+++' ? '\\+\\+\\+' : '(?:---|\\.\\.\\.)'}[ \\t]*(?:\\r?\\n|$)`, 'm').exec(source.slice(open[0].length));
    if (!close) throw new Error('The front matter is never closed, so it was not changed.');
    const start = open[0].length;
    const end = start + close.index;
    const block = source.slice(start, end);
    const edited =
      open[1] === '+++' ? setTomlField(block, key, value, eol) : open[2]?.toLowerCase() === 'json' ? setJsonField(block, key, value, eol) : setYamlField(block, key, value, eol);
    return source.slice(0, start) + edited + source.slice(end);
  }
  if (source.startsWith('{')) {
    const end = /^\}[ \t]*(?:\r?\n|$)/m.exec(source);
    if (end) {
      const blockEnd = end.index + 1;
      return setJsonField(source.slice(0, blockEnd), key, value, eol) + source.slice(blockEnd);
    }
  }
  if (/^---[ \t]*\S/.test(source)) throw new Error('This front matter is code the site generator runs; Postwright does not edit it.');
  if (value === null) return source;
  return `---${eol}${setYamlField('', key, value, eol)}---${eol}${source}`;
}

function setYamlField(block: string, key: string, value: FrontMatterValue, eol: string): string {
  const doc = parseDocument(block, { keepSourceTokens: true });
  if (doc.errors.length > 0) throw new Error(`The YAML front matter could not be read: ${doc.errors[0]!.message.split('\n')[0]}`);
  const contents = doc.contents;
  if (contents !== null && !isMap(contents)) throw new Error('The YAML front matter is not a set of keys.');
  const pair = contents?.items.find((item) => isScalar(item.key) && String(item.key.value) === key) as Pair<Scalar, Node | null> | undefined;
  if (pair === undefined) {
    if (value === null) return block;
    const line = `${yamlKey(key)}: ${yamlValue(value, null, 0, eol)}`;
    const sep = block === '' || /\n$/.test(block) ? '' : eol;
    return `${block}${sep}${line}${eol}`;
  }
  if (value === null) {
    // The key's whole lines: from its line start to the end of its value's last line.
    const from = lineStart(block, pair.key.range![0]);
    const valueEnd = pair.value?.range?.[2] ?? pair.key.range![2];
    return block.slice(0, from) + block.slice(lineEnd(block, Math.max(valueEnd - 1, from)));
  }
  const old = pair.value;
  if (old === null || old.range == null) {
    // `tags:` with nothing after it: put the value after the colon.
    const at = pair.key.range![1];
    const colon = block.indexOf(':', at);
    return `${block.slice(0, colon + 1)} ${yamlValue(value, null, 0, eol)}${block.slice(colon + 1).replace(/^[ \t]*/, '')}`;
  }
  const [from, to] = old.range;
  const column = from - lineStart(block, from);
  // A block collection's range runs through its last line break: keep that (and any blank lines).
  const trailing = /\s*$/.exec(block.slice(from, to))![0];
  const written = yamlValue(value, old, column, eol);
  if ((isSeq(old) || isMap(old)) && !old.flow && !written.startsWith('- ')) {
    // A block list becoming `[]` (or a scalar) goes after the colon, not alone on the next line.
    const colon = block.indexOf(':', pair.key.range![1]);
    return `${block.slice(0, colon + 1)} ${written}${trailing}${block.slice(to)}`;
  }
  // An empty value (`tags:`) has an empty range right after the colon: add the space YAML needs.
  const space = block[from - 1] === ':' ? ' ' : '';
  return block.slice(0, from) + space + written + trailing + block.slice(to);
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
};

const yamlKey = (key: string) => (/^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key));

/** One value as YAML, in the style of the node it replaces (quotes, block or flow list). */
function yamlValue(value: Exclude<FrontMatterValue, null>, old: Node | null, column: number, eol: string): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => yamlScalar(item, null));
    if (old !== null && isSeq(old) && !old.flow && items.length > 0) return items.map((item) => `- ${item}`).join(eol + ' '.repeat(column));
    return `[${items.join(', ')}]`;
  }
  return yamlScalar(value as string | number | boolean, old !== null && isScalar(old) ? old.type ?? null : null);
}

function yamlScalar(value: string | number | boolean, type: Scalar['type'] | null): string {
  if (typeof value !== 'string') return String(value);
  if (type === Scalar.QUOTE_SINGLE && !/[\r\n]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  if (type === Scalar.QUOTE_DOUBLE || /[\r\n]/.test(value)) return JSON.stringify(value);
  const plain = stringifyYaml(value, { lineWidth: 0 }).trimEnd();
  // yaml picks plain or quoted as the value needs; never a block scalar (it would need our indent).
  return plain.includes('\n') || plain.startsWith('|') || plain.startsWith('>') ? JSON.stringify(value) : plain;
}

const TOML_TABLE = /^\s*\[/;

function setTomlField(block: string, key: string, value: FrontMatterValue, eol: string): string {
  const lines = block.split(/(?<=\n)/);
  const tableAt = lines.findIndex((line) => TOML_TABLE.test(line));
  const topLevel = tableAt === -1 ? lines.length : tableAt;
  const keyPattern = new RegExp(`^\\s*(?:${escapeRegExp(key)}|"${escapeRegExp(key)}"|'${escapeRegExp(key)}')\\s*=`);
  const at = lines.slice(0, topLevel).findIndex((line) => keyPattern.test(line));
  let old: unknown;
  let through = at;
  if (at !== -1) {
    // The value may span lines (arrays, multi-line strings): the shortest run of lines that parses.
    for (; through < topLevel; through++) {
      try {
        old = parseToml(lines.slice(at, through + 1).join(''))[key];
        if (old !== undefined) break;
      } catch {
        // not complete yet
      }
    }
    if (through === topLevel) throw new Error(`The TOML value of “${key}” could not be read, so it was not changed.`);
  }
  const lastLine = at === -1 ? '' : lines[through]!;
  const ending = at === -1 ? eol : (/\r?\n$/.exec(lastLine)?.[0] ?? '');
  if (at !== -1 && through === at && value !== null) {
    const inPlace = replaceTomlValue(lastLine, value, old);
    if (inPlace !== null) return [...lines.slice(0, at), inPlace, ...lines.slice(at + 1)].join('');
  }
  const replacement = value === null ? '' : tomlLine(key, value, old) + ending;
  if (at === -1) {
    if (value === null) return block;
    const insertAt = topLevel;
    const before = lines.slice(0, insertAt);
    if (before.length > 0 && !/\n$/.test(before[before.length - 1]!)) before[before.length - 1] += eol;
    return [...before, replacement, ...lines.slice(insertAt)].join('');
  }
  return [...lines.slice(0, at), replacement, ...lines.slice(through + 1)].join('');
}

/**
 * A one-line `key = value  # note` with only the value's bytes replaced, written in the old
 * value's style (literal 'quotes', bare dates, `['a', 'b']`); null when the old value's end cannot
 * be found (then the whole line is rewritten).
 */
function replaceTomlValue(line: string, value: Exclude<FrontMatterValue, null>, old: unknown): string | null {
  const equals = /^[^=]*=[ \t]*/.exec(line);
  if (!equals) return null;
  const from = equals[0].length;
  const rest = line.slice(from).replace(/\r?\n$/, '');
  // The value ends at the first `#` (or the line's end) before which it parses on its own.
  for (let to = rest.indexOf('#', 1); ; to = rest.indexOf('#', to + 1)) {
    if (to === -1) to = rest.length;
    const written = rest.slice(0, to).trimEnd();
    try {
      parseToml(`v = ${written}`);
    } catch {
      if (to === rest.length) return null;
      continue;
    }
    return line.slice(0, from) + tomlValueLike(value, written, old) + line.slice(from + written.length);
  }
}

/** `value` as TOML in the style of `written`, the text it replaces. */
function tomlValueLike(value: Exclude<FrontMatterValue, null>, written: string, old: unknown): string {
  const literal = (item: string) => (!/['\r\n]/.test(item) && /^\[?\s*'/.test(written) ? `'${item}'` : null);
  if (typeof value === 'object') {
    const padded = /^\[[ \t]/.test(written);
    const items = value.map((item) => literal(item) ?? tomlScalar(item));
    return items.length === 0 ? '[]' : padded ? `[ ${items.join(', ')} ]` : `[${items.join(', ')}]`;
  }
  if (old instanceof TomlDate && typeof value === 'string' && tomlDateLiteral(value) !== null) return value.trim();
  return typeof value === 'string' ? (literal(value) ?? tomlScalar(value)) : tomlScalar(value);
}

const tomlScalar = (value: string | number | boolean) => stringifyToml({ v: value }).trim().slice('v = '.length);

function tomlLine(key: string, value: Exclude<FrontMatterValue, null>, old: unknown): string {
  // A date stays a bare TOML date when it was one and the new value is one.
  if (old instanceof TomlDate && typeof value === 'string') {
    const date = tomlDateLiteral(value);
    if (date !== null) {
      // Written as given (smol-toml would add `.000`), after the key as smol-toml quotes it.
      const line = stringifyToml({ [key]: date }).trim();
      return `${line.slice(0, line.lastIndexOf(' = '))} = ${value.trim()}`;
    }
  }
  return stringifyToml({ [key]: value }).trim();
}

/** `value` as a TOML date, when it is one written the way TOML allows; null otherwise. */
function tomlDateLiteral(value: string): TomlDate | null {
  try {
    const parsed: unknown = parseToml(`d = ${value.trim()}`).d;
    return parsed instanceof TomlDate && !Number.isNaN(parsed.getTime()) ? parsed : null;
  } catch {
    return null;
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function setJsonField(block: string, key: string, value: FrontMatterValue, eol: string): string {
  const tree = parseTree(block);
  const old = tree && findNodeAtLocation(tree, [key]);
  if (old !== undefined && typeof value === 'object' && value !== null && !block.slice(old.offset, old.offset + old.length).includes('\n')) {
    // A one-line list stays one line (jsonc-parser would spread it over one line per item).
    return block.slice(0, old.offset) + `[${value.map((item) => JSON.stringify(item)).join(', ')}]` + block.slice(old.offset + old.length);
  }
  const indent = /\n([ \t]+)"/.exec(block)?.[1] ?? '  ';
  const edits = modify(block, [key], value === null ? undefined : value, {
    formattingOptions: { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol },
  });
  return applyEdits(block, edits);
}
