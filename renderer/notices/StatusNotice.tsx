/**
 * A passing confirmation such as "Exported to …". The live region is always in the page so
 * screen readers announce a new message when it appears.
 */
export function StatusNotice({ message }: { message: string | null }) {
  return (
    <p role="status" className={message ? 'status-notice is-visible' : 'status-notice'}>
      {message}
    </p>
  );
}
