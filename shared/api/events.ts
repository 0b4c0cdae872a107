/**
 * Events the host pushes to the renderer. Today only menu commands (the Electron menu); the
 * folder watcher will add its events here.
 */
export const MENU_COMMANDS = ['open-folder', 'new-post', 'save', 'export-html'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const isMenuCommand = (value: unknown): value is MenuCommand =>
  typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);

/** The IPC channel for menu commands; its only spelling. */
export const MENU_CHANNEL = 'postwright:menu';

export interface HostEvents {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
