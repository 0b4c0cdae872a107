import { useId, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

interface ConfirmDialogProps {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  /** Destructive choices are red, and focus starts on Cancel. */
  readonly destructive?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A question with one way forward and Cancel (also Escape). */
export function ConfirmDialog({ title, children, confirmLabel, destructive = false, onConfirm, onCancel }: ConfirmDialogProps) {
  const bodyId = useId();
  return (
    <ModalDialog title={title} onCancel={onCancel} describedBy={bodyId}>
      <div id={bodyId} className="modal-body">
        {children}
      </div>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className={destructive ? 'button button-danger' : 'button button-primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
