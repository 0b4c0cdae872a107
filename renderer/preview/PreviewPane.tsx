import { useEffect, useRef, useState } from 'react';
import type { RemoteContentPolicy } from '../../shared/api';
import type { Workspace } from '../workspace/workspace';
import { adoptArticleStyles } from './article-stylesheet';
import { createFrameScheduler } from './frame-scheduler';
import type { StaticRoot } from '../../shared/posts/folder-image-url';
import type { ArticleView } from './article-pipeline';
import { loadArticlePipeline } from './load-article-pipeline';
import { createMermaidDiagrams } from './mermaid-diagrams';
import { watchMissingImages } from './preview-images';
import { handlePreviewLinkClick } from './preview-links';
import { createScrollSync, type SyncedEditor } from './scroll-sync';
import type { ScrollSyncSetting } from './scroll-sync-setting';

/**
 * The active document as it will export: rendered from its text on every change, at most once
 * per frame. The article is written straight into the DOM, not through React state, so typing
 * never re-renders the component tree.
 */
/**
 * Above this size the preview renders after the keystroke's frame is painted, not inside it: its
 * layout (thousands of blocks) would otherwise hold back the editor's own update. Smaller posts
 * update both in the same frame.
 */
const LARGE_POST_CHARS = 256 * 1024;

export interface PreviewPaneProps {
  readonly workspace: Workspace;
  readonly remoteContent: RemoteContentPolicy;
  /** Every post in the folder, for links from one post to another. */
  readonly postIds: readonly string[];
  readonly onOpenPost: (id: string) => void;
  /** The editor the preview scrolls with, and whether it does. */
  readonly editor: SyncedEditor;
  readonly scrollSync: ScrollSyncSetting;
  /** The site's static files (`/images/x.png` in a Hugo post is `static/images/x.png`), or null. */
  readonly staticRoot: StaticRoot | null;
}

export function PreviewPane({ workspace, remoteContent, postIds, onOpenPost, editor, scrollSync, staticRoot }: PreviewPaneProps) {
  const articleRef = useRef<HTMLDivElement>(null);
  // Read by the render at its frame; a change re-renders through `rerender` (effect below).
  const policyRef = useRef(remoteContent);
  const rerenderRef = useRef<(() => void) | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [linkNote, setLinkNote] = useState<string | null>(null);
  // Read at click time, so the effect below need not re-run when the list or the handler changes.
  const linksRef = useRef({ postIds, onOpenPost });
  const staticRootRef = useRef(staticRoot);
  useEffect(() => {
    linksRef.current = { postIds, onOpenPost };
  }, [postIds, onOpenPost]);
  useEffect(() => {
    staticRootRef.current = staticRoot;
  }, [staticRoot]);

  useEffect(() => {
    const container = articleRef.current;
    if (!container) return;
    adoptArticleStyles();
    const scroller = container.parentElement!;
    let view: ArticleView | null = null;
    let disposed = false;
    let shownPath: string | null = null;
    /** The post just switched to, whose scroll position is restored once it is fully shown. */
    let restoring: string | null = null;
    // Where the reader was in each post's preview, so switching back returns there (as the editor does).
    const scrollByPath = new Map<string, number>();
    const onScroll = () => {
      if (shownPath !== null && restoring === null) scrollByPath.set(shownPath, scroller.scrollTop);
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const diagrams = createMermaidDiagrams(container);
    const unwatchImages = watchMissingImages(container);
    const sync = createScrollSync(editor, scroller, () => view?.lineMap() ?? [], scrollSync.enabled);
    const frame = createFrameScheduler((place) => {
      const active = workspace.activeText();
      if (!view || !active) return;
      const started = performance.now();
      container.classList.toggle('is-long', active.text.length > LARGE_POST_CHARS);
      const shown = view.show(active.text, active.path, policyRef.current);
      // For `npm run bench` (preview-latency) and the browser's performance panel.
      performance.measure('postwright:preview-render', { start: started });
      setWarning(shown.warning);
      if (shown.newDiagrams) diagrams.scan();
      if (active.path !== shownPath) {
        shownPath = active.path;
        setLinkNote(null);
        restoring = active.path;
        scroller.scrollTo(0, 0);
      }
      if (shown.pending) {
        frame.schedule(); // the rest of a long post, next frame
        return;
      }
      if (restoring !== null) {
        // The whole post is there now: back to where the reader was (or where the editor is).
        if (scrollSync.enabled()) sync.followEditor();
        else scroller.scrollTo(0, scrollByPath.get(restoring) ?? 0);
        restoring = null;
      } else {
        // Typing keeps the preview on the text being typed. Outside a frame, reading where the
        // blocks are would force a layout now, in the keystroke's task: the frame does it anyway.
        if (place === 'frame') sync.followEditor();
        else sync.followEditorInFrame();
      }
    }, undefined, {
      afterPaint: () => (workspace.active?.state.doc.length ?? 0) > LARGE_POST_CHARS,
      // A post of ordinary length renders a keystroke in ~1–3 ms: in the keystroke's own frame. A
      // long one lets the editor's frame paint first (its preview layout costs more).
      sameFrame: () => (workspace.active?.state.doc.length ?? 0) <= LARGE_POST_CHARS,
    });
    const unsubscribeSync = scrollSync.subscribe(() => sync.followEditor());
    loadArticlePipeline().then(
      (createView) => {
        if (disposed) return;
        view = createView(container, () => staticRootRef.current);
        frame.schedule();
      },
      (error: unknown) => {
        if (!disposed) setFailure(`The preview could not load: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
    rerenderRef.current = frame.schedule;
    const unsubscribe = workspace.onActiveTextChange(frame.schedule);
    const onClick = (event: MouseEvent) => {
      setLinkNote(null);
      handlePreviewLinkClick(event, container, {
        currentPost: () => workspace.activeText()?.path ?? null,
        posts: () => linksRef.current.postIds,
        openPost: (id) => linksRef.current.onOpenPost(id),
        showTarget: setLinkNote,
      });
    };
    container.addEventListener('click', onClick);
    return () => {
      disposed = true;
      rerenderRef.current = null;
      unsubscribe();
      frame.cancel();
      container.removeEventListener('click', onClick);
      scroller.removeEventListener('scroll', onScroll);
      unsubscribeSync();
      diagrams.dispose();
      unwatchImages();
      sync.dispose();
    };
  }, [workspace, editor, scrollSync]);

  useEffect(() => {
    policyRef.current = remoteContent;
    rerenderRef.current?.();
  }, [remoteContent]);

  return (
    <div className="pane preview-pane">
      <div className="pane-header">
        <span className="pane-title" aria-hidden="true">
          Preview
        </span>
      </div>
      <div className="preview-frame">
        {/* The named region is the scrolling element itself, in the Tab order: a keyboard reaches
            the preview and scrolls it with the arrows, Page Up/Down and Space like any document. */}
        <div className="preview-scroll" role="region" aria-label="Preview" tabIndex={0}>
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
          {linkNote && (
            <p role="status" className="preview-link-note">
              {linkNote}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
