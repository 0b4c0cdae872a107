import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/**
 * Typewriter scrolling: the line being written stays in the middle of the editor. Every typed,
 * deleted, undone or keyboard-moved cursor asks the view to scroll it to the vertical centre;
 * a mouse click does not (the text would jump away from under the pointer). Padding above the
 * first line lets the top of the post reach the centre too (the bottom already has it).
 */
export const centreCursor = EditorState.transactionExtender.of((transaction) => {
  if (!transaction.selection && !transaction.docChanged) return null;
  const byKeyboard =
    transaction.isUserEvent('input') || transaction.isUserEvent('delete') || transaction.isUserEvent('undo') || transaction.isUserEvent('redo') ||
    (transaction.isUserEvent('select') && !transaction.isUserEvent('select.pointer'));
  if (!byKeyboard) return null;
  return { effects: EditorView.scrollIntoView(transaction.newSelection.main.head, { y: 'center' }) };
});

export function typewriterScrolling(): Extension {
  return [centreCursor, EditorView.theme({ '.cm-content': { paddingTop: '40vh' } }), EditorView.editorAttributes.of({ class: 'cm-typewriter' })];
}
