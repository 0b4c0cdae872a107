import type { CommandContext } from '../../shared/commands';
import type { AppState } from '../state/app-state';
import type { WorkspaceSnapshot } from '../workspace/workspace';

/** The facts `when` clauses read, from the app state and the open documents. */
export function commandContext(state: AppState, workspace: WorkspaceSnapshot): CommandContext {
  return {
    folderOpen: state.folder !== null,
    postOpen: workspace.activeId !== null,
    postDirty: workspace.activePath !== null && workspace.dirtyPaths.has(workspace.activePath),
    anyDirty: workspace.dirtyPaths.size > 0,
    remoteContentAllowed: state.folder?.remoteContent === 'https',
    remoteContentBlocked: state.folder?.remoteContent === 'block',
    exportImagesEmbedded: state.folder?.exportImages === 'embed',
    exportImagesCopied: state.folder?.exportImages === 'copy',
  };
}
