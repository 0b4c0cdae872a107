/** Keys a text field keeps for itself with Mod held: undo, redo, select all, clipboard. */
const FIELD_KEYS = new Set(['z', 'y', 'a', 'c', 'v', 'x']);

/**
 * Whether a key press in a panel field is an app command (Mod+S, the palette…), which must see
 * the field's pending edit: the field writes it to the post first, then lets the key through.
 */
export const isCommandKey = (event: { key: string; metaKey: boolean; ctrlKey: boolean }): boolean =>
  // One character: Mod with an arrow or Backspace moves or deletes by word, Mod alone is not a command yet.
  (event.metaKey || event.ctrlKey) && event.key.length === 1 && !FIELD_KEYS.has(event.key.toLowerCase());
