import { ViewPlugin, type DecorationSet, type EditorView, type ViewUpdate } from '@codemirror/view';

/** A view plugin whose decorations `build` makes, again whenever `stale` says an update needs it. */
export function decorationPlugin(build: (view: EditorView) => DecorationSet, stale: (update: ViewUpdate) => boolean) {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = build(view);
      }
      update(update: ViewUpdate) {
        if (stale(update)) this.decorations = build(update.view);
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}
