import type { CommandKeys } from './key-binding';
import type { WhenClause } from './when';

/**
 * Every command of the app, declared once: id, label, category, default keys, when it applies and
 * where the menu shows it. Metadata only, so the Electron menu (main) and the renderer read the
 * same list; what a command does is in renderer/commands/command-runs.ts, keyed by these ids (a
 * command without a run, or a run without a command, is a type error there).
 */
export interface CommandMeta {
  readonly label: string;
  /** The palette shows `Category: Label`. */
  readonly category: 'File' | 'Edit' | 'View' | 'Go' | 'Help';
  readonly keys?: CommandKeys;
  /** More bindings that run it too (F1 for the palette); not shown in menus. */
  readonly extraKeys?: readonly string[];
  readonly when?: WhenClause;
  /** The menu and the group in it (a separator between groups); absent: not in the menu. */
  readonly menu?: { readonly menu: MenuId; readonly group: number };
  /** Shown in the toolbar with this short label, at this place from the left (start or end group). */
  readonly toolbar?: { readonly label: string; readonly side: 'start' | 'end'; readonly position: number };
  /** False for commands that only make sense from their own key or button (the palette itself). */
  readonly inPalette?: boolean;
  /**
   * 'editor': the editor's own keymap binds the keys (they act on the text under the cursor, and
   * CodeMirror must see them first); the window's keyboard handler leaves them alone.
   */
  readonly keyScope?: 'editor';
}

export type MenuId = 'file' | 'edit' | 'view' | 'go' | 'help';

const COMMAND_TABLE = {
  'file.openFolder': {
    label: 'Open Folder…',
    category: 'File',
    keys: { default: 'Mod+O' },
    menu: { menu: 'file', group: 1 },
    toolbar: { label: 'Open folder…', side: 'start', position: 1 },
  },
  'file.newPost': {
    label: 'New Post…',
    category: 'File',
    keys: { default: 'Mod+N' },
    when: ['folderOpen'],
    menu: { menu: 'file', group: 1 },
    toolbar: { label: 'New post…', side: 'start', position: 2 },
  },
  'file.save': {
    label: 'Save',
    category: 'File',
    keys: { default: 'Mod+S' },
    when: ['postOpen'],
    menu: { menu: 'file', group: 2 },
    toolbar: { label: 'Save', side: 'end', position: 4 },
  },
  'file.saveAll': {
    label: 'Save All',
    category: 'File',
    keys: { default: 'Mod+Alt+S' },
    when: ['anyDirty'],
    menu: { menu: 'file', group: 2 },
  },
  'file.exportHtml': {
    label: 'Export to HTML…',
    category: 'File',
    keys: { default: 'Mod+E' },
    when: ['postOpen'],
    menu: { menu: 'file', group: 3 },
    toolbar: { label: 'Export HTML…', side: 'end', position: 3 },
  },
  'file.exportPdf': {
    label: 'Export to PDF…',
    category: 'File',
    when: ['postOpen'],
    menu: { menu: 'file', group: 3 },
  },
  'file.exportSite': {
    label: 'Export Site…',
    category: 'File',
    when: ['folderOpen'],
    menu: { menu: 'file', group: 3 },
  },
  // Palette only, like the remote-content pair: the menu cannot read which way the folder is set.
  'file.copyExportImages': {
    label: 'Copy Images Beside Exported HTML in This Folder',
    category: 'File',
    when: ['folderOpen', 'exportImagesEmbedded'],
  },
  'file.embedExportImages': {
    label: 'Embed Images in Exported HTML in This Folder',
    category: 'File',
    when: ['folderOpen', 'exportImagesCopied'],
  },
  'file.reloadFromDisk': {
    label: 'Reload Post from Disk',
    category: 'File',
    when: ['postOpen'],
    menu: { menu: 'file', group: 3 },
  },
  'file.renamePost': {
    label: 'Rename Post…',
    category: 'File',
    keys: { default: 'F2' },
    when: ['postOpen'],
    menu: { menu: 'file', group: 4 },
  },
  'file.duplicatePost': {
    label: 'Duplicate Post',
    category: 'File',
    when: ['postOpen'],
    menu: { menu: 'file', group: 4 },
  },
  'file.trashPost': {
    label: 'Move Post to Trash',
    category: 'File',
    when: ['postOpen'],
    menu: { menu: 'file', group: 4 },
  },
  'edit.bold': { label: 'Bold', category: 'Edit', keys: { default: 'Mod+B' }, when: ['postOpen'], keyScope: 'editor' },
  'edit.italic': { label: 'Italic', category: 'Edit', keys: { default: 'Mod+I' }, when: ['postOpen'], keyScope: 'editor' },
  'view.blockRemoteContent': {
    label: 'Block Remote Images in This Folder',
    category: 'View',
    when: ['folderOpen', 'remoteContentAllowed'],
    // Palette only: the Electron menu is built once from this list and cannot read the page's
    // facts, so it would show both ways at once.
  },
  'view.allowRemoteContent': {
    label: 'Allow HTTPS Images in This Folder',
    category: 'View',
    when: ['folderOpen', 'remoteContentBlocked'],
  },
  'view.toggleScrollSync': {
    label: 'Toggle Scroll Sync',
    category: 'View',
    when: ['postOpen'],
    menu: { menu: 'view', group: 1 },
  },
  'view.commandPalette': {
    label: 'Command Palette…',
    category: 'View',
    keys: { default: 'Mod+Shift+P' },
    extraKeys: ['F1'],
    menu: { menu: 'view', group: 0 },
    inPalette: false,
  },
  'go.post': {
    label: 'Go to Post…',
    category: 'Go',
    keys: { default: 'Mod+P' },
    when: ['folderOpen'],
    menu: { menu: 'go', group: 0 },
  },
  // The writing desk's editor commands (issue 10), all bound in the editor's keymap from these
  // entries (renderer/editor/extensions/command-keymap.ts). Find and Replace are not editor-scoped:
  // from the post list or the preview they open the editor's panel too.
  'edit.insertLink': { label: 'Insert Link', category: 'Edit', keys: { default: 'Mod+K' }, when: ['postOpen'], keyScope: 'editor' },
  'edit.find': { label: 'Find…', category: 'Edit', keys: { default: 'Mod+F' }, when: ['postOpen'] },
  // Replace is Cmd-Alt-F on macOS and Ctrl-H on Windows and Linux, as in their editors.
  'edit.replace': { label: 'Replace…', category: 'Edit', keys: { default: 'Ctrl+H', mac: 'Mod+Alt+F' }, when: ['postOpen'] },
  'edit.findNext': { label: 'Find Next', category: 'Edit', keys: { default: 'F3', mac: 'Mod+G' }, when: ['postOpen'] },
  'edit.findPrevious': { label: 'Find Previous', category: 'Edit', keys: { default: 'Shift+F3', mac: 'Mod+Shift+G' }, when: ['postOpen'] },
  'edit.selectNextOccurrence': { label: 'Add Next Occurrence to Selection', category: 'Edit', keys: { default: 'Mod+D' }, when: ['postOpen'], keyScope: 'editor' },
  'edit.selectAllOccurrences': { label: 'Select All Occurrences', category: 'Edit', keys: { default: 'Mod+Shift+L' }, when: ['postOpen'], keyScope: 'editor' },
  'edit.addCursorAbove': { label: 'Add Cursor Above', category: 'Edit', keys: { default: 'Mod+Alt+ArrowUp' }, when: ['postOpen'], keyScope: 'editor' },
  'edit.addCursorBelow': { label: 'Add Cursor Below', category: 'Edit', keys: { default: 'Mod+Alt+ArrowDown' }, when: ['postOpen'], keyScope: 'editor' },
  // F8/F9 as in Typora; iA Writer's Cmd-D is taken by Add Next Occurrence.
  'view.toggleFocusMode': { label: 'Toggle Focus Mode', category: 'View', keys: { default: 'F8' }, when: ['postOpen'], menu: { menu: 'view', group: 2 } },
  'view.toggleTypewriter': { label: 'Toggle Typewriter Scrolling', category: 'View', keys: { default: 'F9' }, when: ['postOpen'], menu: { menu: 'view', group: 2 } },
  // No key, like VS Code's outline: the free letters with Mod+Shift are the browser's in `serve`.
  'view.toggleOutline': { label: 'Toggle Outline', category: 'View', when: ['postOpen'], menu: { menu: 'view', group: 2 } },
  'file.autosaveAfterPause': {
    label: 'Autosave After a Pause',
    category: 'File',
    menu: { menu: 'file', group: 5 },
  },
  'file.autosaveOnFocusLoss': {
    label: 'Autosave When Switching Away',
    category: 'File',
    menu: { menu: 'file', group: 5 },
  },
  'file.autosaveOff': {
    label: 'Turn Autosave Off',
    category: 'File',
    menu: { menu: 'file', group: 5 },
  },
  // macOS apps show and hide the sidebar with ⌃⌘S (Finder, Mail, Notes); Ctrl+B is Bold here.
  'view.toggleSidebar': {
    label: 'Toggle Sidebar',
    category: 'View',
    keys: { default: 'Mod+Shift+B', mac: 'Ctrl+Cmd+S' },
    menu: { menu: 'view', group: 2 },
    toolbar: { label: 'Posts', side: 'start', position: 0 },
  },
  'view.togglePreview': {
    label: 'Toggle Preview',
    category: 'View',
    keys: { default: 'Mod+Alt+P' },
    menu: { menu: 'view', group: 2 },
    toolbar: { label: 'Preview', side: 'end', position: 5 },
  },
  // The text of the editor and the preview, not the window's controls: these take the keys the
  // browser and Electron's zoom roles use for page zoom (app-menu.ts drops those roles).
  'view.zoomIn': {
    label: 'Zoom In Text',
    category: 'View',
    keys: { default: 'Mod+=' },
    // Ctrl/Cmd with "+" as typed on a US layout (Shift+=), on layouts with an own + key, and the keypad's.
    extraKeys: ['Mod+Shift+Plus', 'Mod+Plus'],
    menu: { menu: 'view', group: 3 },
  },
  'view.zoomOut': {
    label: 'Zoom Out Text',
    category: 'View',
    keys: { default: 'Mod+-' },
    menu: { menu: 'view', group: 3 },
  },
  'view.zoomReset': {
    label: 'Actual Text Size',
    category: 'View',
    keys: { default: 'Mod+0' },
    menu: { menu: 'view', group: 3 },
  },
  'view.themeSystem': {
    label: 'Theme: Follow System',
    category: 'View',
    menu: { menu: 'view', group: 4 },
  },
  'view.themeLight': {
    label: 'Theme: Light',
    category: 'View',
    menu: { menu: 'view', group: 4 },
  },
  'view.themeDark': {
    label: 'Theme: Dark',
    category: 'View',
    menu: { menu: 'view', group: 4 },
  },
  'view.toggleFrontMatter': {
    label: 'Toggle Front Matter Panel',
    category: 'View',
    when: ['postOpen'],
    menu: { menu: 'view', group: 2 },
  },
} as const satisfies Readonly<Record<string, CommandMeta>>;

export type CommandId = keyof typeof COMMAND_TABLE;

/** The list, each entry read as CommandMeta (the ids stay the literal union above). */
export const COMMANDS: Readonly<Record<CommandId, CommandMeta>> = COMMAND_TABLE;

export const COMMAND_IDS = Object.keys(COMMANDS) as CommandId[];

export const isCommandId = (value: unknown): value is CommandId => typeof value === 'string' && Object.hasOwn(COMMANDS, value);

export const commandMeta = (id: CommandId): CommandMeta => COMMANDS[id];

/** "File: Save", as the palette lists it. */
export const commandTitle = (id: CommandId): string => `${COMMANDS[id].category}: ${COMMANDS[id].label}`;
