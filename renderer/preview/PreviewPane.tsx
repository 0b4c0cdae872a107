import { useEffect, useRef, useState } from 'react';
import type { RemoteContentPolicy } from '../../shared/api';
import type { Workspace } from '../workspace/workspace';
import { adoptArticleStyles } from './article-stylesheet';
import { createFrameScheduler } from './frame-scheduler';
import { loadArticlePipeline, type ArticleRenderer } from './load-article-pipeline';
import { patchHtml } from './patch-html';
import { handlePreviewLinkClick } from './preview-links';

/**
 * The active document as it will export: rendered from its text on every change, at most once
 * per frame. The article is written straight into the DOM, not through React state, so typing
 * never re-renders the component tree.
 */
export function PreviewPane({ workspace, remoteContent }: { workspace: Workspace; remoteContent: RemoteContentPolicy }) {
  const articleRef = useRef<HTMLDivElement>(null);
  // Read by the render at its frame; a change re-renders through `rerender` (effect below).
  const policyRef = useRef(remoteContent);
  const rerenderRef = useRef<(() => void) | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const container = articleRef.current;
    if (!container) return;
    adoptArticleStyles();
    let render: ArticleRenderer | null = null;
    let disposed = false;
    let shownId: string | null = null;
    const frame = createFrameScheduler(() => {
      const active = workspace.activeText();
      if (!render || !active) return;
      const article = render(active.text, active.path, policyRef.current);
      patchHtml(container, article.html);
      setWarning(article.warning);
      // Another post starts at its top; edits to the same post keep the reader's place.
      if (active.path !== shownId) container.parentElement?.scrollTo(0, 0);
      shownId = active.path;
    });
    loadArticlePipeline().then(
      (renderer) => {
        if (disposed) return;
        render = renderer;
        frame.schedule();
      },
      (error: unknown) => {
        if (!disposed) setFailure(`The preview could not load: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    rerenderRef.current = frame.schedule;
    const unsubscribe = workspace.onActiveTextChange(frame.schedule);
    const onClick = (event: MouseEvent) => handlePreviewLinkClick(event, container);
    container.addEventListener('click', onClick);
    return () => {
      disposed = true;
      rerenderRef.current = null;
      unsubscribe();
      frame.cancel();
      container.removeEventListener('click', onClick);
    };
  }, [workspace]);

  useEffect(() => {
    policyRef.current = remoteContent;
    rerenderRef.current?.();
  }, [remoteContent]);

  return (
    <section className="pane preview-pane" aria-label="Preview">
      <div className="pane-header">
        <span className="pane-title">Preview</span>
      </div>
      <div className="preview-scroll">
        {warning && (
          <p role="status" className="preview-warning">
            <span aria-hidden="true">⚠ </span>
            {warning}
          </p>
        )}
        {failure && (
          <p role="alert" className="preview-warning">
            {failure}
          </p>
        )}
        <div ref={articleRef} className="preview-article" />
      </div>
    </section>
  );
}
