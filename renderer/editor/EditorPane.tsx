import type { ReactNode } from 'react';
import type { PostId } from '../../shared/api';
import { SAVE_STATE_LABELS, type SaveState } from '../workspace/save-status';
import { CodeMirrorHost } from './CodeMirrorHost';
import type { EditorController } from './editor-controller';
import { StatusBar } from './status/StatusBar';

interface EditorPaneProps {
  readonly editor: EditorController;
  readonly path: PostId;
  readonly saveState: SaveState;
  /** Set while the preview is hidden: the header offers it back. */
  readonly onShowPreview?: (() => void) | null;
  /** Shown between the header and the text (the front matter panel). */
  readonly frontMatter?: ReactNode;
}

/** The editor pane's id: the splitter beside it names it as the pane it resizes (aria-controls). */
export const EDITOR_PANE_ID = 'editor-pane';

/** The Markdown source of the open post, under a header naming the file and its save state. */
export function EditorPane({ editor, path, saveState, onShowPreview, frontMatter }: EditorPaneProps) {
  return (
    <section id={EDITOR_PANE_ID} className="pane editor-pane" aria-label="Editor">
      <div className="pane-header">
        {/* Long paths are cut at the start (the file name matters most); <bdi> keeps them readable. */}
        <span className="file-id" title={path}>
          <bdi>{path}</bdi>
        </span>
        <span className={`save-state is-${saveState}`}>
          {SAVE_STATE_LABELS[saveState]}
        </span>
        {onShowPreview && (
          <button type="button" className="button button-small" onClick={onShowPreview}>
            Show preview
          </button>
        )}
      </div>
      {frontMatter}
      <CodeMirrorHost editor={editor} />
      <StatusBar editor={editor} />
    </section>
  );
}
