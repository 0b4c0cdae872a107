import type { Setting, SettingsStore } from '../settings/settings-store';
import { FOCUS_MODE, OUTLINE_OPEN, TYPEWRITER } from '../settings/view-settings';
import type { WritingMode, WritingModeFlags } from './writing-modes';

/** The writing view's switches: the editor's modes and whether the outline is expanded. */
export interface WritingViewState extends WritingModeFlags {
  readonly outline: boolean;
}

export type WritingViewToggle = WritingMode | 'outline';

/** Remembered with the window's other preferences (declared in renderer/settings/view-settings.ts). */
const SETTINGS: Readonly<Record<WritingViewToggle, Setting<boolean>>> = { focusMode: FOCUS_MODE, typewriter: TYPEWRITER, outline: OUTLINE_OPEN };

/**
 * Which writing aids are on, for the whole window (not per post). A small store React reads with
 * useSyncExternalStore and the editor controller follows to reconfigure the editor's compartments;
 * with a settings store, the choices outlast a restart.
 */
export class WritingView {
  private state: WritingViewState;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly settings: SettingsStore | null = null) {
    const read = (name: WritingViewToggle) => settings?.get(SETTINGS[name]) ?? SETTINGS[name].fallback;
    this.state = { focusMode: read('focusMode'), typewriter: read('typewriter'), outline: read('outline') };
  }

  getSnapshot = (): WritingViewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  toggle(name: WritingViewToggle): void {
    this.state = { ...this.state, [name]: !this.state[name] };
    this.settings?.set(SETTINGS[name], this.state[name]);
    for (const listener of this.listeners) listener();
  }
}
