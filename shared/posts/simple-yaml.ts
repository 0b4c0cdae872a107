/**
 * A reader for the plain front matter most posts have — top-level `key: value` lines whose values
 * are quoted or plain one-line scalars, `[a, b]` lists or `- item` lists — that gives exactly what
 * js-yaml's core schema gives, and answers `undefined` for anything else (comments after values,
 * nested maps, block scalars, anchors, escapes, CRLF…), which the caller then hands to js-yaml.
 *
 * Written here because no library offers a "simple subset or give up" YAML reader: js-yaml costs
 * 5–9 µs per front matter, half of what listing a folder spends in JS (bench/, list parts), and
 * this takes about a microsecond. simple-yaml.test.ts checks it against js-yaml on every shape.
 */

const KEY_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const ITEM = /^( *)- +/;
/**
 * Characters js-yaml refuses (its PATTERN_NON_PRINTABLE: controls, lone surrogates) or treats
 * specially (a BOM, NEL): leave those texts to it, so its messages stay the same.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNUSUAL = /[\x00-\x08\x0B-\x1F\x7F-\x9F\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
/** A plain scalar read as a string by the core schema: starts with a letter, holds nothing YAML gives a meaning. */
const PLAIN_TEXT = /^[A-Za-z\u00A0-\uFFFF][^:#\t"'`]*$/;
/** The same, inside `[…]`, where commas and brackets end it. */
const FLOW_TEXT = /^[A-Za-z\u00A0-\uFFFF][^:#\t"'`,[\]{}]*$/;
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[Tt ][0-9:.]+(?: ?(?:Z|[+-]\d{2}(?::?\d{2})?))?)?$/;
const SMALL_INT = /^(?:0|-?[1-9][0-9]{0,14})$/; // js-yaml reads `-0` as 0
const NULL_WORDS = new Set(['null', 'Null', 'NULL', '~']);
const BOOLEANS = new Map([
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);

type Scalar = string | number | boolean | null;

/** `raw`'s keys as js-yaml (core schema) reads them, or undefined: not this simple shape. */
export function readSimpleYaml(raw: string): Record<string, unknown> | undefined {
  if (raw.includes('\r') || UNUSUAL.test(raw)) return undefined;
  const lines = raw.split('\n');
  const data: Record<string, unknown> = {};
  let keys = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '' || line.charCodeAt(0) === 0x23 /* # */) continue;
    // `name:` then spaces or the end of the line (indexOf and a test: an exec's match array per line showed in bench/).
    const colon = line.indexOf(':');
    const name = line.slice(0, colon);
    if (colon < 1 || !KEY_NAME.test(name)) return undefined;
    let at = colon + 1;
    if (at < line.length && line.charCodeAt(at) !== 0x20) return undefined;
    while (at < line.length && line.charCodeAt(at) === 0x20) at++;
    if (name === '__proto__' || Object.hasOwn(data, name)) return undefined; // js-yaml's own rules and messages
    keys++;
    const rest = line.slice(at);
    if (rest !== '') {
      const value = rest.charCodeAt(0) === 0x5b /* [ */ ? flowList(rest) : scalar(rest, PLAIN_TEXT);
      if (value === undefined) return undefined;
      data[name] = value;
      continue;
    }
    // `key:` alone: null, or a `- item` list on the lines below (indented, or not: YAML allows both).
    const items: Scalar[] = [];
    let indent: string | null = null;
    while (i + 1 < lines.length) {
      const next = lines[i + 1]!;
      if (next === '') {
        i++;
        continue;
      }
      const item = ITEM.exec(next);
      if (item === null) {
        if (next.charCodeAt(0) === 0x20 /* space */) return undefined; // more than we read
        break;
      }
      if (indent !== null && item[1] !== indent) return undefined;
      indent = item[1]!;
      const value = scalar(next.slice(item[0].length), PLAIN_TEXT);
      if (value === undefined) return undefined;
      items.push(value);
      i++;
    }
    data[name] = indent === null ? null : items;
  }
  return keys === 0 ? undefined : data;
}

/** `[a, "b", 3]` with simple items only. */
function flowList(text: string): Scalar[] | undefined {
  const inner = /^\[ *(.*?) *\] *$/.exec(text);
  if (inner === null) return undefined;
  if (inner[1] === '') return [];
  const items: Scalar[] = [];
  for (const part of inner[1]!.split(',')) {
    const value = scalar(part.trim(), FLOW_TEXT);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

function scalar(text: string, plain: RegExp): Scalar | undefined {
  const value = text.replace(/ +$/, '');
  if (value === '') return undefined;
  const first = value.charCodeAt(0);
  if (first === 0x22 /* " */ || first === 0x27 /* ' */) {
    // Quoted without escapes or inner quotes: the text between the quotes, as written.
    const quote = value[0]!;
    if (value.length < 2 || value[value.length - 1] !== quote) return undefined;
    const inner = value.slice(1, -1);
    return inner.includes(quote) || (quote === '"' && inner.includes('\\')) ? undefined : inner;
  }
  if (NULL_WORDS.has(value)) return null;
  const boolean = BOOLEANS.get(value);
  if (boolean !== undefined) return boolean;
  if (SMALL_INT.test(value)) return Number(value);
  if (DATE_LIKE.test(value)) return value; // the core schema has no timestamps: dates stay as written
  return plain.test(value) ? value : undefined;
}
