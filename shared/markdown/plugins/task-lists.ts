import type MarkdownIt from 'markdown-it';

const TASK = /^\[([ xX])\][ \t]/;

/**
 * GFM task lists: `- [ ] todo` and `- [x] done` items. Written here rather than taken from
 * markdown-it-task-lists, which renders an `<input>`: the sanitizer forbids form controls in posts
 * (they could spoof the app), so the box is a span with a role and a label, drawn by the article CSS.
 */
export function taskLists(md: MarkdownIt): void {
  md.core.ruler.after('inline', 'task_lists', (state) => {
    const tokens = state.tokens;
    for (let i = 2; i < tokens.length; i++) {
      const inline = tokens[i]!;
      if (inline.type !== 'inline' || tokens[i - 1]!.type !== 'paragraph_open' || tokens[i - 2]!.type !== 'list_item_open') continue;
      const match = TASK.exec(inline.content);
      const first = inline.children?.[0];
      if (!match || first?.type !== 'text' || !TASK.test(first.content)) continue;
      const done = match[1] !== ' ';
      first.content = first.content.slice(match[0].length);
      const box = new state.Token('html_inline', '', 0);
      box.content = `<span class="task-checkbox${done ? ' checked' : ''}" role="img" aria-label="${done ? 'done' : 'not done'}"></span> `;
      inline.children!.unshift(box);
      tokens[i - 2]!.attrJoin('class', 'task-list-item');
      // The list that holds it: the nearest open list before the item, at one level less.
      for (let j = i - 3; j >= 0; j--) {
        const token = tokens[j]!;
        if ((token.type === 'bullet_list_open' || token.type === 'ordered_list_open') && token.level === tokens[i - 2]!.level - 1) {
          if (!(token.attrGet('class') ?? '').includes('contains-task-list')) token.attrJoin('class', 'contains-task-list');
          break;
        }
      }
    }
  });
}
