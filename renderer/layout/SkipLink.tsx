/**
 * The first stop of the Tab order, hidden until focused: straight to the writing, past the
 * sidebar and the toolbar. A link, as screen readers expect of a skip link; the app moves focus
 * itself (`onSkip`) because the editor is a CodeMirror view, not an element a URL fragment reaches.
 */
export function SkipLink({ label, onSkip }: { label: string; onSkip: () => void }) {
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        onSkip();
      }}
    >
      {label}
    </a>
  );
}
