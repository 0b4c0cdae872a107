/** An error the writer has to see (a save that failed, a folder that vanished); stays until dismissed. */
export function AlertBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div role="alert" className="alert-banner">
      <span className="alert-icon" aria-hidden="true">
        !
      </span>
      <p className="alert-message">{message}</p>
      <button type="button" className="button button-quiet" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
