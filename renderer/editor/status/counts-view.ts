import { readingMinutes, type TextCounts } from './word-count';

export interface Counts {
  readonly total: TextCounts;
  readonly selection: TextCounts | null;
}

const number = new Intl.NumberFormat();
const plural = (count: number, one: string, many: string) => `${number.format(count)} ${count === 1 ? one : many}`;

/**
 * The status bar's counts, written straight into its row: they change with every few keystrokes,
 * inside the keystroke's frame, and a React render and commit there cost ~0.3 ms each time where
 * setting three texts costs next to nothing. The row's nodes are made once and only their text
 * changes (a text that is already right is not written again).
 */
export class CountsView {
  private readonly counts = document.createElement('span');
  private readonly reading = document.createElement('span');
  private readonly words = document.createTextNode('');
  private readonly characters = document.createTextNode('');

  constructor(row: HTMLElement) {
    const separator = document.createElement('span');
    separator.className = 'status-sep';
    separator.setAttribute('aria-hidden', 'true');
    separator.textContent = '·';
    this.counts.append(this.words, separator, this.characters);
    this.reading.className = 'status-reading';
    this.reading.title = 'At about 230 words a minute';
    row.replaceChildren(this.counts, this.reading);
  }

  show({ total, selection }: Counts): void {
    const kind = selection ? 'status-selection' : '';
    if (this.counts.className !== kind) this.counts.className = kind;
    if (selection) {
      setText(this.words, `${number.format(selection.words)} of ${plural(total.words, 'word', 'words')} selected`);
      setText(this.characters, plural(selection.characters, 'character', 'characters'));
    } else {
      setText(this.words, plural(total.words, 'word', 'words'));
      setText(this.characters, plural(total.characters, 'character', 'characters'));
    }
    const minutes = readingMinutes(total.words);
    setText(this.reading, minutes === 0 ? 'Nothing to read yet' : minutes === 1 ? '1 min read' : `${number.format(minutes)} min read`);
  }
}

function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
