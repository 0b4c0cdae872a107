import type { AppActions } from '../app/app-actions';
import type { DialogState } from '../app/app-state';
import { ConflictDialog } from './ConflictDialog';
import { DiscardChangesDialog } from './DiscardChangesDialog';
import { NewPostDialog } from './NewPostDialog';
import { OpenFolderDialog } from './OpenFolderDialog';

/** The one dialog the app state asks for, if any. */
export function AppDialogs({ dialog, actions }: { dialog: DialogState | null; actions: AppActions }) {
  switch (dialog?.kind) {
    case 'open-folder':
      return <OpenFolderDialog error={dialog.error} busy={dialog.busy} onOpen={(path) => void actions.openFolderPath(path)} onCancel={actions.closeDialog} />;
    case 'new-post':
      return <NewPostDialog error={dialog.error} busy={dialog.busy} onCreate={(title) => void actions.createPost(title)} onCancel={actions.closeDialog} />;
    case 'conflict':
      return <ConflictDialog title={dialog.title} onOverwrite={() => actions.answer(true)} onCancel={actions.closeDialog} />;
    case 'discard':
      return <DiscardChangesDialog titles={dialog.titles} onDiscard={() => actions.answer(true)} onCancel={actions.closeDialog} />;
    default:
      return null;
  }
}
