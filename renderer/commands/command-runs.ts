import type { CommandRuns } from './command-registry';
import { toggleBold, toggleItalic } from '../editor/commands/toggle-inline-mark';
import type { EditorController } from '../editor/editor-controller';
import { EDITOR_COMMANDS } from '../editor/extensions/command-keymap';
import type { WritingView } from '../editor/writing-view';
import type { FolderFlow } from '../flows/folder-flow';
import type { NewPostFlow } from '../flows/new-post-flow';
import type { PostFileFlow } from '../flows/post-file-flow';
import type { PaletteMode } from '../state/app-state';
import type { DocumentService } from '../workspace/document-service';
import type { AutosaveMode } from '../settings/view-settings';
import type { ViewActions } from '../settings/view-actions';

/** The pieces commands drive; create-app.ts passes the real ones, tests their own. */
export interface CommandTargets {
  readonly folder: Pick<FolderFlow, 'openFolder' | 'setRemoteContent' | 'setExportImages'>;
  readonly newPost: Pick<NewPostFlow, 'newPost'>;
  readonly exportHtml: () => Promise<void>;
  readonly exportPdf: () => Promise<void>;
  readonly exportSite: () => void;
  readonly postFiles: Pick<PostFileFlow, 'askRename' | 'duplicate' | 'trash'>;
  readonly documents: Pick<DocumentService, 'save' | 'saveAll' | 'reloadFromDisk'>;
  readonly editor: Pick<EditorController, 'run'>;
  readonly openPalette: (mode: PaletteMode) => void;
  readonly scrollSync: { toggle(): unknown };
  /** Focus mode, typewriter scrolling and the outline. */
  readonly writingView: Pick<WritingView, 'toggle'>;
  /** A modal dialog is on screen: commands that would change the document or open another wait. */
  readonly dialogOpen: () => boolean;
  readonly setAutosave: (mode: AutosaveMode) => void;
  readonly view: ViewActions;
}

/**
 * What each command does, by id. Adding a command is its entry in shared/commands plus its line
 * here; the menu, the keys, the toolbar and the palette pick it up from there.
 */
export function createCommandRuns(t: CommandTargets): CommandRuns {
  const unlessDialog = (run: () => unknown) => () => {
    if (!t.dialogOpen()) void run();
  };
  return {
    'file.openFolder': () => t.folder.openFolder(),
    'file.newPost': () => t.newPost.newPost(),
    'file.save': unlessDialog(() => t.documents.save()),
    'file.saveAll': unlessDialog(() => t.documents.saveAll()),
    'file.exportHtml': () => t.exportHtml(),
    'file.exportPdf': () => t.exportPdf(),
    'file.exportSite': () => t.exportSite(),
    'file.copyExportImages': () => t.folder.setExportImages('copy'),
    'file.embedExportImages': () => t.folder.setExportImages('embed'),
    'file.reloadFromDisk': unlessDialog(() => t.documents.reloadFromDisk()),
    'file.renamePost': unlessDialog(() => t.postFiles.askRename()),
    'file.duplicatePost': unlessDialog(() => t.postFiles.duplicate()),
    'file.trashPost': unlessDialog(() => t.postFiles.trash()),
    'edit.bold': unlessDialog(() => t.editor.run(toggleBold)),
    'edit.italic': unlessDialog(() => t.editor.run(toggleItalic)),
    'view.blockRemoteContent': () => t.folder.setRemoteContent('block'),
    'view.allowRemoteContent': () => t.folder.setRemoteContent('https'),
    'view.toggleScrollSync': () => {
      t.scrollSync.toggle();
    },
    'view.commandPalette': unlessDialog(() => t.openPalette('commands')),
    'go.post': unlessDialog(() => t.openPalette('posts')),
    'edit.insertLink': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.insertLink'])),
    'edit.find': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.find'])),
    'edit.replace': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.replace'])),
    'edit.findNext': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.findNext'])),
    'edit.findPrevious': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.findPrevious'])),
    'edit.selectNextOccurrence': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.selectNextOccurrence'])),
    'edit.selectAllOccurrences': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.selectAllOccurrences'])),
    'edit.addCursorAbove': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.addCursorAbove'])),
    'edit.addCursorBelow': unlessDialog(() => t.editor.run(EDITOR_COMMANDS['edit.addCursorBelow'])),
    'view.toggleFocusMode': () => t.writingView.toggle('focusMode'),
    'view.toggleTypewriter': () => t.writingView.toggle('typewriter'),
    'view.toggleOutline': () => t.writingView.toggle('outline'),
    'file.autosaveAfterPause': () => t.setAutosave('pause'),
    'file.autosaveOnFocusLoss': () => t.setAutosave('focus'),
    'file.autosaveOff': () => t.setAutosave('off'),
    'view.toggleSidebar': () => t.view.toggleSidebar(),
    'view.togglePreview': () => t.view.togglePreview(),
    'view.zoomIn': () => t.view.zoomIn(),
    'view.zoomOut': () => t.view.zoomOut(),
    'view.zoomReset': () => t.view.zoomReset(),
    'view.themeSystem': () => t.view.setTheme('system'),
    'view.themeLight': () => t.view.setTheme('light'),
    'view.themeDark': () => t.view.setTheme('dark'),
    'view.toggleFrontMatter': () => t.view.toggleFrontMatter(),
  };
}
