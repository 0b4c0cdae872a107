import { EditorState, Facet, StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import type { PostContent } from '../../shared/api';
import { detectLineEnding } from '../../shared/posts/line-endings';

/**
 * A document's identity for as long as it is open: never its path, so a rename changes only the
 * path the workspace keeps beside it. Kept inside each EditorState, so an update from the one
 * EditorView says whose it is without asking what is active right now.
 */
export type DocumentId = string;

export const documentId = Facet.define<DocumentId, DocumentId | null>({ combine: (values) => values[0] ?? null });

/** What is on disk, as this document last read or wrote it. */
export interface SavedBaseline {
  /** The text last read or saved. A Text shares its tree with the doc, so this is no second copy. */
  readonly doc: Text;
  /** The version token of those bytes, passed back on save to detect outside changes. */
  readonly version: string;
  /** Whether the doc differs from `doc`: derived here, on each change, never tracked beside. */
  readonly dirty: boolean;
}

/**
 * After a save or a reload: `version` is on disk now, holding `doc` (what was written, which the
 * writer may have typed past meanwhile) or, without `doc`, the text after this transaction.
 */
export const markSaved = StateEffect.define<{ readonly version: string; readonly doc?: Text }>();

/**
 * The saved baseline as CodeMirror state, the way @codemirror/commands' history keeps its own:
 * a StateField updated by transactions and an effect. Undoing back to the saved text makes the
 * document clean again, because dirty compares texts (Text.eq skips the shared subtrees).
 */
export const savedBaseline = StateField.define<SavedBaseline>({
  create: (state) => ({ doc: state.doc, version: '', dirty: false }),
  update(value, tr) {
    let next = value;
    for (const effect of tr.effects) {
      if (effect.is(markSaved)) next = { doc: effect.value.doc ?? tr.newDoc, version: effect.value.version, dirty: next.dirty };
    }
    if (!tr.docChanged && next === value) return value;
    const dirty = !tr.newDoc.eq(next.doc);
    return dirty === next.dirty ? next : { ...next, dirty };
  },
});

export const isDirty = (state: EditorState): boolean => state.field(savedBaseline).dirty;

export const savedVersion = (state: EditorState): string => state.field(savedBaseline).version;

/**
 * The document exactly as the file should hold it. `state.doc.toString()` always joins lines with
 * `\n`; `sliceDoc()` joins with the state's line separator, so a CRLF post saves as CRLF.
 */
export const documentText = (state: EditorState): string => state.sliceDoc();

/** A fresh state for a post just read: its text, line endings, identity and saved baseline. */
export function createDocumentState(id: DocumentId, content: PostContent, extensions: Extension): EditorState {
  return EditorState.create({
    doc: content.text,
    extensions: [
      // Split and join lines the way the file does, so documentText() gives back the same bytes.
      EditorState.lineSeparator.of(detectLineEnding(content.text)),
      documentId.of(id),
      savedBaseline.init((state) => ({ doc: state.doc, version: content.version, dirty: false })),
      extensions,
    ],
  });
}
