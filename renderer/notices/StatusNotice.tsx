import type { NoticeAction } from '../state/app-state';

/**
 * A passing confirmation such as "Exported to …", with at most one button (Undo). The live region
 * is always in the page so screen readers announce a new message when it appears.
 */
export function StatusNotice({ message, action }: { message: string | null; action?: NoticeAction | null }) {
  return (
    <p role="status" className={message ? 'status-notice is-visible' : 'status-notice'}>
      <span className="status-notice-text" title={message ?? undefined}>
        {message}
      </span>
      {message && action && (
        <>
          {' '}
          <button type="button" className="button button-quiet notice-action" onClick={action.run}>
            {action.label}
          </button>
        </>
      )}
    </p>
  );
}
