import type { DialogState, SiteExportChoice } from '../state/app-state';
import type { FolderCompletion } from '../../shared/api';
import { ConflictDialog } from './ConflictDialog';
import { ExportSiteDialog } from './ExportSiteDialog';
import type { DialogAnswer } from './dialog-prompts';
import { ImageAltDialog } from './ImageAltDialog';
import { LargePostDialog } from './LargePostDialog';
import { NewPostDialog } from './NewPostDialog';
import { OpenFolderDialog } from './OpenFolderDialog';
import { ReloadDialog } from './ReloadDialog';
import { RenamePostDialog } from './RenamePostDialog';
import { UnsavedChangesDialog } from './UnsavedChangesDialog';

/** What the dialogs' buttons do; the app wires them to its flows. */
export interface DialogHandlers {
  openFolderPath(path: string): void;
  /** Completions for the open-folder path field (folder.complete); null when unavailable. */
  completeFolder(partial: string): Promise<FolderCompletion | null>;
  createPost(title: string): void;
  renamePost(id: string, name: string): void;
  exportSite(choice: SiteExportChoice): void;
  answer(choice: DialogAnswer): void;
  close(): void;
}

/** The one dialog the app state asks for, if any. */
export function AppDialogs({ dialog, handlers }: { dialog: DialogState | null; handlers: DialogHandlers }) {
  switch (dialog?.kind) {
    case 'open-folder':
      return <OpenFolderDialog error={dialog.error} busy={dialog.busy} onOpen={handlers.openFolderPath} onCancel={handlers.close} complete={handlers.completeFolder} />;
    case 'new-post':
      return <NewPostDialog error={dialog.error} busy={dialog.busy} onCreate={handlers.createPost} onCancel={handlers.close} />;
    case 'rename-post':
      return <RenamePostDialog name={dialog.name} error={dialog.error} busy={dialog.busy} onRename={(name) => handlers.renamePost(dialog.id, name)} onCancel={handlers.close} />;
    case 'export-site':
      return <ExportSiteDialog defaults={dialog.defaults} askPath={dialog.askPath} error={dialog.error} busy={dialog.busy} onExport={handlers.exportSite} onCancel={handlers.close} />;
    case 'conflict':
      return <ConflictDialog title={dialog.title} onOverwrite={() => handlers.answer(true)} onCancel={handlers.close} />;
    case 'large-post':
      return <LargePostDialog title={dialog.title} size={dialog.size} onOpen={() => handlers.answer(true)} onCancel={handlers.close} />;
    case 'reload':
      return <ReloadDialog title={dialog.title} onReload={() => handlers.answer(true)} onCancel={handlers.close} />;
    case 'image-alt':
      return <ImageAltDialog fileName={dialog.fileName} alt={dialog.alt} onInsert={(text) => handlers.answer({ text })} onCancel={handlers.close} />;
    case 'unsaved':
      return <UnsavedChangesDialog titles={dialog.titles} onChoose={handlers.answer} />;
    default:
      return null;
  }
}
