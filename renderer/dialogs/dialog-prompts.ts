import type { DialogState } from '../state/app-state';
import type { AppStore } from '../state/app-store';

/** The writer's answer to unsaved changes before they would be closed. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/** What a dialog's buttons answer: a choice, yes/no, or the text of a field. */
export type DialogAnswer = UnsavedChoice | boolean | { readonly text: string };

type QuestionDialog = Extract<DialogState, { kind: 'conflict' | 'reload' | 'large-post' | 'unsaved' | 'image-alt' }>;

export interface DialogPrompts {
  /** Shows a yes/no question; Escape and Cancel are "no". */
  confirm(dialog: Extract<QuestionDialog, { kind: 'conflict' | 'reload' | 'large-post' }>): Promise<boolean>;
  /** Save all / Discard / Cancel for the listed unsaved posts. */
  chooseUnsaved(titles: readonly string[]): Promise<UnsavedChoice>;
  /** Alt text for an image (`alt` offered); null when the writer cancels. */
  askImageAlt(fileName: string, alt: string): Promise<string | null>;
  /** The answer given on screen (a button of the question dialog). */
  answer(choice: DialogAnswer): void;
  /** Cancel / Escape on any dialog: a question is answered "no", a form just closes. */
  close(): void;
  /** A dialog or the palette is on screen (commands wait). */
  busy(): boolean;
}

/**
 * Questions asked through the app's modal dialogs and answered as promises, so a flow reads top to
 * bottom ("if (await confirm(...))"). One question at a time: a new one answers the last "no".
 */
export function createDialogPrompts(store: AppStore): DialogPrompts {
  let pending: ((choice: DialogAnswer) => void) | null = null;

  function ask(dialog: QuestionDialog): Promise<DialogAnswer> {
    pending?.(false);
    store.dispatch({ type: 'dialog-shown', dialog });
    return new Promise((resolve) => {
      pending = (choice) => {
        pending = null;
        store.dispatch({ type: 'dialog-shown', dialog: null });
        resolve(choice);
      };
    });
  }

  return {
    confirm: async (dialog) => (await ask(dialog)) === true,
    async chooseUnsaved(titles) {
      const choice = await ask({ kind: 'unsaved', titles });
      return choice === 'save' || choice === 'discard' ? choice : 'cancel';
    },
    async askImageAlt(fileName, alt) {
      const answer = await ask({ kind: 'image-alt', fileName, alt });
      return typeof answer === 'object' ? answer.text : null;
    },
    answer: (choice) => pending?.(choice),
    close() {
      if (pending) pending(false);
      else store.dispatch({ type: 'dialog-shown', dialog: null });
    },
    busy: () => store.getState().dialog !== null || store.getState().palette !== null,
  };
}
