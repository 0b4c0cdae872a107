/**
 * When a command can run, as facts about the app that must all hold (VS Code's "when" clauses,
 * reduced to what Postwright needs: a conjunction of named facts). Data, so the Electron menu
 * and the renderer read the same conditions; the renderer computes the facts (renderer/commands).
 */
export const CONTEXT_KEYS = ['folderOpen', 'postOpen', 'postDirty', 'anyDirty', 'remoteContentAllowed', 'remoteContentBlocked', 'exportImagesEmbedded', 'exportImagesCopied'] as const;
export type ContextKey = (typeof CONTEXT_KEYS)[number];

/** The facts true now. */
export type CommandContext = Readonly<Record<ContextKey, boolean>>;

export type WhenClause = readonly ContextKey[];

export const whenHolds = (when: WhenClause | undefined, context: CommandContext): boolean =>
  (when ?? []).every((key) => context[key]);
