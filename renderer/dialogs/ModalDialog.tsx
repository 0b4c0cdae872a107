import { useEffect, useId, useRef, type ReactNode } from 'react';
import { wrapTabFocus } from './focus-trap';

interface ModalDialogProps {
  readonly title: string;
  /** Escape, and whatever the caller's Cancel button does. */
  readonly onCancel: () => void;
  readonly children: ReactNode;
  /** Extra description read with the title (id of an element inside). */
  readonly describedBy?: string;
}

/**
 * A native modal <dialog>: showModal() makes the rest of the page inert and puts focus on the
 * first control; Tab and Shift+Tab cycle through its controls (focus-trap.ts). Escape fires `cancel`, which goes through onCancel so the app
 * state, not the browser, decides what closes. Rendered only while open.
 */
export function ModalDialog({ title, onCancel, children, describedBy }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog.close();
      // Back to where the writer was (the editor, a toolbar button), if it is still there.
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={(event) => {
        if (dialogRef.current && wrapTabFocus(event, dialogRef.current)) event.preventDefault();
      }}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="modal-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
