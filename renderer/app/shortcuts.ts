import type { MenuCommand } from '../../shared/api';

/** The app-wide shortcuts; the same commands as the Electron menu and the toolbar. */
const SHORTCUT_KEYS: Readonly<Record<string, MenuCommand>> = { s: 'save', n: 'new-post', o: 'open-folder', e: 'export-html' };

export type ShortcutEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Which command a key press means: Mod (Cmd on macOS, Ctrl elsewhere) + S / N / O / E. */
export function shortcutCommand(event: ShortcutEvent, isMac: boolean): MenuCommand | null {
  const mod = isMac ? event.metaKey && !event.ctrlKey : event.ctrlKey && !event.metaKey;
  if (!mod || event.altKey || event.shiftKey) return null;
  return SHORTCUT_KEYS[event.key.toLowerCase()] ?? null;
}

/** "Ctrl+S" or "⌘S", for tooltips. */
export function shortcutLabel(key: string, isMac: boolean): string {
  return isMac ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`;
}

export const isMacPlatform = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
