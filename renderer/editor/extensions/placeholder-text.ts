import type { Extension } from '@codemirror/state';
import { placeholder } from '@codemirror/view';

/** Shown in an empty post, so a blank pane still says what it is for. */
export function placeholderText(text = 'Write your post in Markdown…'): Extension {
  return placeholder(text);
}
