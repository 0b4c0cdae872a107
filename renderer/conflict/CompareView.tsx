import { MergeView } from '@codemirror/merge';
import { isDarkTheme } from '../settings/effective-theme';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';

interface CompareViewProps {
  readonly title: string;
  /** The editor's unsaved text. */
  readonly mine: string;
  /** Reads the file's text now; null when it cannot be read (the reason is shown as an alert). */
  readonly loadTheirs: () => Promise<string | null>;
  /** Keep the left side as it now stands (the writer may have pulled changes in from the right). */
  readonly onKeep: (text: string) => void;
  readonly onTakeTheirs: () => void;
  readonly onClose: () => void;
}

/**
 * @codemirror/merge takes a change when its arrow button gets `mousedown` (so a click leaves focus
 * in the editor), which Enter and Space on the focused button never send: they fire a `click`
 * with no pointer (detail 0). Forwarded as the mousedown the view listens for, the keyboard can
 * take a change too.
 */
function revertFromKeyboard(event: MouseEvent) {
  const button = event.target instanceof Element ? event.target.closest('.cm-merge-revert button') : null;
  if (button && event.detail === 0) button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
}

/**
 * Side by side: the writer's text (left, editable) and the file on disk (right, read-only), with
 * @codemirror/merge marking what differs and an arrow per change to take the file's version of
 * just that part. "Keep this" keeps the left side, merged as the writer left it.
 */
export function CompareView({ title, mine, loadTheirs, onKeep, onTakeTheirs, onClose }: CompareViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const merge = useRef<MergeView | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void loadTheirs().then((theirs) => {
      if (cancelled || host.current === null) return;
      if (theirs === null) {
        setFailed(true);
        return;
      }
      // Dark or light as the window is now: @codemirror/merge colours its change marks by this.
      const shared = [EditorView.lineWrapping, EditorView.darkTheme.of(isDarkTheme())];
      merge.current = new MergeView({
        a: { doc: mine, extensions: [shared, EditorView.contentAttributes.of({ 'aria-label': 'Your text' })] },
        b: { doc: theirs, extensions: [shared, EditorState.readOnly.of(true), EditorView.contentAttributes.of({ 'aria-label': 'Text on disk' })] },
        parent: host.current,
        revertControls: 'b-to-a',
        highlightChanges: true,
        gutter: true,
      });
      // On the host, which lives as long as this view: no cleanup needed.
      host.current.addEventListener('click', revertFromKeyboard);
    });
    return () => {
      cancelled = true;
      merge.current?.destroy();
      merge.current = null;
    };
    // The texts are read once, when the view opens: later edits happen inside it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section className="compare-view" aria-label={`Compare “${title}” with the file on disk`}>
      <header className="compare-header">
        <span className="compare-side">Your text (unsaved)</span>
        <span className="compare-side">On disk now</span>
      </header>
      {failed ? <p className="compare-failed">The file on disk cannot be read now.</p> : <div className="compare-body" ref={host} />}
      <footer className="compare-actions">
        <button type="button" className="button button-primary" onClick={() => merge.current && onKeep(merge.current.a.state.doc.toString())} disabled={failed}>
          Keep this text
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Back to editing
        </button>
      </footer>
    </section>
  );
}
