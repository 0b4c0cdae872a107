import { indentLess, indentMore } from '@codemirror/commands';
import { getIndentUnit, indentString, syntaxTree } from '@codemirror/language';
import { type ChangeSpec, type EditorState, type Line, type StateCommand } from '@codemirror/state';

/**
 * Tab and Shift-Tab for Markdown, as pure state commands. A list item moves one level in or out
 * together with its sub-items; "one level" is the marker's width (`- ` 2, `10. ` 4), because that
 * is what makes it a child of the item above in CommonMark, not a fixed tab width. In a code block
 * Tab inserts an indent at the cursor; elsewhere lines are indented by the indent unit. An ordered
 * item is renumbered for its new level (`1.` as the first of a sublist), as a writer would.
 */
const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])(\s+|$)/;

interface ListLine {
  readonly indent: number;
  /** Where the item's text starts, relative to the line: a child item is indented this far. */
  readonly contentOffset: number;
}

function listLine(text: string): ListLine | null {
  const match = LIST_ITEM.exec(text.replace(/\t/g, '    '));
  if (!match) return null;
  const indent = match[1]!.length;
  return { indent, contentOffset: indent + match[2]!.length + Math.max(1, Math.min(match[3]!.length, 4)) };
}

const indentOf = (text: string): number => /^\s*/.exec(text.replace(/\t/g, '    '))![0].length;

/** The item's own line and its sub-items and continuation lines (more indented, blank lines between). */
function itemBlock(state: EditorState, line: Line, indent: number): Line[] {
  const lines = [line];
  let pending: Line[] = [];
  for (let number = line.number + 1; number <= state.doc.lines; number++) {
    const next = state.doc.line(number);
    if (next.text.trim() === '') {
      pending.push(next);
      continue;
    }
    if (indentOf(next.text) <= indent) break;
    lines.push(...pending, next);
    pending = [];
  }
  return lines;
}

/** The nearest item above at `test`'s level (sibling) or above it (parent), stopping at a paragraph. */
function itemAbove(state: EditorState, line: Line, accept: (item: ListLine) => boolean): ListLine | null {
  for (let number = line.number - 1; number >= 1; number--) {
    const text = state.doc.line(number).text;
    if (text.trim() === '') continue;
    const item = listLine(text);
    if (item && accept(item)) return item;
    if (!item && indentOf(text) === 0) return null;
  }
  return null;
}

/**
 * Re-indents every line of `lines` by `delta` columns (spaces; a line cannot lose more than it has),
 * giving the ordered items in `numbers` their new number.
 */
function shiftLines(lines: readonly Line[], delta: number, numbers: ReadonlyMap<number, number>): ChangeSpec[] {
  return lines
    .filter((line) => line.text.trim() !== '')
    .map((line) => {
      const current = /^\s*/.exec(line.text)![0];
      const width = indentOf(line.text);
      const indent = ' '.repeat(Math.max(0, width + delta));
      const number = numbers.get(line.number);
      const digits = number === undefined ? '' : /^\d+/.exec(line.text.slice(current.length))![0];
      return { from: line.from, to: line.from + current.length + digits.length, insert: number === undefined ? indent : `${indent}${number}` };
    });
}

const ORDERED = /^\s*(\d{1,9})[.)]/;

/**
 * The number an ordered item takes at `indent`: one more than the item above at that level, or 1
 * as the first of a new sublist. Null when that cannot be told (text in between): it keeps its own.
 */
function numberAt(state: EditorState, line: Line, indent: number): number | null {
  for (let number = line.number - 1; number >= 1; number--) {
    const text = state.doc.line(number).text;
    if (text.trim() === '') continue;
    const item = listLine(text);
    if (item && item.indent === indent) {
      const ordered = ORDERED.exec(text);
      return ordered ? Number(ordered[1]) + 1 : null;
    }
    if (item && item.indent < indent) return 1;
    if (!item && indentOf(text) === 0) return null;
  }
  return null;
}

/** New numbers for the selected ordered items, by line number, as they land at their new level. */
function renumber(state: EditorState, items: readonly Line[], delta: number): Map<number, number> {
  const numbers = new Map<number, number>();
  let next: number | null = null;
  for (const [index, line] of items.entries()) {
    if (!ORDERED.test(line.text)) continue;
    const indent = listLine(line.text)!.indent + delta;
    // Items selected together follow each other; the first one looks above.
    next = index > 0 && next !== null ? next : numberAt(state, line, indent);
    if (next === null) continue;
    numbers.set(line.number, next);
    next++;
  }
  return numbers;
}

function inCode(state: EditorState, pos: number): boolean {
  for (let node: ReturnType<ReturnType<typeof syntaxTree>['resolveInner']> | null = syntaxTree(state).resolveInner(pos, -1); node; node = node.parent) {
    if (node.name === 'FencedCode' || node.name === 'CodeBlock') return true;
  }
  return false;
}

/** The list lines the selection touches (first lines of items), or null if it touches other text. */
function selectedItems(state: EditorState): Line[] | null {
  const lines = new Map<number, Line>();
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    const last = state.doc.lineAt(range.to).number;
    for (let number = first; number <= last; number++) {
      const line = state.doc.line(number);
      if (listLine(line.text)) lines.set(number, line);
      else if (number === first && line.text.trim() !== '') return null;
    }
  }
  return lines.size > 0 ? [...lines.values()] : null;
}

function shiftItems(state: EditorState, direction: 1 | -1): ChangeSpec[] | null {
  const items = selectedItems(state);
  if (!items) return null;
  const first = items[0]!;
  const item = listLine(first.text)!;
  let delta: number;
  if (direction === 1) {
    const sibling = itemAbove(state, first, (above) => above.indent <= item.indent);
    // Only an item with one above at its level can become that one's child.
    if (!sibling || sibling.indent < item.indent) return [];
    delta = sibling.contentOffset - item.indent;
  } else {
    if (item.indent === 0) return [];
    const parent = itemAbove(state, first, (above) => above.indent < item.indent);
    delta = (parent ? parent.indent : 0) - item.indent;
  }
  const seen = new Set<number>();
  const lines: Line[] = [];
  for (const line of items) {
    for (const member of itemBlock(state, line, listLine(line.text)!.indent)) {
      if (!seen.has(member.number)) lines.push(member);
      seen.add(member.number);
    }
  }
  return shiftLines(lines, delta, renumber(state, items, delta));
}

export const indentMarkdown: StateCommand = (target) => {
  const { state, dispatch } = target;
  if (state.readOnly) return false;
  const changes = shiftItems(state, 1);
  if (changes) {
    // An item that cannot go deeper stays put; Tab is still taken, so focus does not jump away.
    if (changes.length) dispatch(state.update({ changes, scrollIntoView: true, userEvent: 'input.indent' }));
    return true;
  }
  if (state.selection.ranges.every((range) => range.empty && inCode(state, range.head))) {
    const unit = indentString(state, getIndentUnit(state));
    dispatch(state.update(state.replaceSelection(unit), { scrollIntoView: true, userEvent: 'input.indent' }));
    return true;
  }
  return indentMore(target);
};

export const outdentMarkdown: StateCommand = (target) => {
  const { state, dispatch } = target;
  if (state.readOnly) return false;
  const changes = shiftItems(state, -1);
  if (changes) {
    if (changes.length) dispatch(state.update({ changes, scrollIntoView: true, userEvent: 'delete.dedent' }));
    return true;
  }
  return indentLess(target);
};

