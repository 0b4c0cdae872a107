/**
 * Key bindings written once, as `Mod+Shift+P`: `Mod` is Cmd on macOS and Ctrl elsewhere, as in
 * CodeMirror's keymaps and VS Code's keybindings. The same string is matched against key events
 * (renderer), turned into an Electron accelerator (menu) and shown in tooltips and the palette.
 */
export type KeyPlatform = 'mac' | 'windows' | 'linux';

/** The binding of a command: one for every OS, or overridden per OS (`null`: none there). */
export interface CommandKeys {
  readonly default: string;
  readonly mac?: string | null;
  readonly windows?: string | null;
  readonly linux?: string | null;
}

interface ParsedKey {
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  /** Lower-case `event.key` for letters, as written otherwise (`F1`, `Enter`). */
  readonly key: string;
}

export const keyPlatform = (platform: string): KeyPlatform =>
  platform === 'darwin' || /^mac/i.test(platform) ? 'mac' : platform === 'win32' || /^win/i.test(platform) ? 'windows' : 'linux';

/** The binding on one OS, or null when the command has none there. */
export function bindingFor(keys: CommandKeys | undefined, platform: KeyPlatform): string | null {
  if (!keys) return null;
  const own = keys[platform];
  return own === undefined ? keys.default : own;
}

export function parseKey(binding: string, platform: KeyPlatform): ParsedKey {
  const parts = binding.split('+');
  // "+" itself is written `Plus` (as Electron's accelerators do), since `+` joins the parts.
  const written = parts.pop() ?? '';
  const key = written === 'Plus' ? '+' : written;
  const has = (name: string) => parts.includes(name);
  const mod = has('Mod');
  return {
    ctrl: has('Ctrl') || (mod && platform !== 'mac'),
    meta: has('Cmd') || (mod && platform === 'mac'),
    alt: has('Alt'),
    shift: has('Shift'),
    key: key.length === 1 ? key.toLowerCase() : key,
  };
}

/** The fields of a DOM KeyboardEvent a binding is matched against (no DOM types in shared/). */
export interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

/** True when a key event is exactly this binding (no extra modifier). */
export function matchesKey(event: KeyEventLike, binding: string, platform: KeyPlatform): boolean {
  const want = parseKey(binding, platform);
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return (
    key === want.key &&
    event.ctrlKey === want.ctrl &&
    event.metaKey === want.meta &&
    event.altKey === want.alt &&
    event.shiftKey === want.shift
  );
}

const MAC_SYMBOLS = { ctrl: '⌃', alt: '⌥', shift: '⇧', meta: '⌘' } as const;

/** "Ctrl+Shift+P" or "⇧⌘P": what a person reads in a tooltip or the palette. */
export function keyLabel(binding: string, platform: KeyPlatform): string {
  const k = parseKey(binding, platform);
  const key = k.key.length === 1 ? k.key.toUpperCase() : k.key;
  if (platform === 'mac') {
    return `${k.ctrl ? MAC_SYMBOLS.ctrl : ''}${k.alt ? MAC_SYMBOLS.alt : ''}${k.shift ? MAC_SYMBOLS.shift : ''}${k.meta ? MAC_SYMBOLS.meta : ''}${key}`;
  }
  return [k.ctrl && 'Ctrl', k.alt && 'Alt', k.shift && 'Shift', k.meta && 'Meta', key].filter(Boolean).join('+');
}

/** The `aria-keyshortcuts` value (WAI-ARIA spells modifiers Control, Meta, Alt, Shift). */
export function ariaKeyShortcut(binding: string, platform: KeyPlatform): string {
  const k = parseKey(binding, platform);
  const key = k.key.length === 1 ? k.key.toUpperCase() : k.key;
  return [k.ctrl && 'Control', k.meta && 'Meta', k.alt && 'Alt', k.shift && 'Shift', key].filter(Boolean).join('+');
}

/** The Electron accelerator of a binding on one OS (`Mod` resolved, so the menu shows the right key). */
export function electronAccelerator(binding: string, platform: KeyPlatform): string {
  const k = parseKey(binding, platform);
  const key = k.key === '+' ? 'Plus' : k.key.length === 1 ? k.key.toUpperCase() : k.key;
  return [k.meta && 'Cmd', k.ctrl && 'Ctrl', k.alt && 'Alt', k.shift && 'Shift', key].filter(Boolean).join('+');
}
