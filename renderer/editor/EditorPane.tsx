import type { PostId } from '../../shared/api';
import { CodeMirrorHost } from './CodeMirrorHost';
import type { EditorController } from './editor-controller';

interface EditorPaneProps {
  readonly editor: EditorController;
  readonly path: PostId;
  readonly dirty: boolean;
}

/** The editor pane's id: the splitter beside it names it as the pane it resizes (aria-controls). */
export const EDITOR_PANE_ID = 'editor-pane';

/** The Markdown source of the open post, under a header naming the file and its save state. */
export function EditorPane({ editor, path, dirty }: EditorPaneProps) {
  return (
    <section id={EDITOR_PANE_ID} className="pane editor-pane" aria-label="Editor">
      <div className="pane-header">
        {/* Long paths are cut at the start (the file name matters most); <bdi> keeps them readable. */}
        <span className="file-id" title={path}>
          <bdi>{path}</bdi>
        </span>
        <span className={dirty ? 'save-state is-dirty' : 'save-state'}>{dirty ? 'Edited' : 'Saved'}</span>
      </div>
      <CodeMirrorHost editor={editor} />
    </section>
  );
}
