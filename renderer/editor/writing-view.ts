import { NO_WRITING_MODES, type WritingMode, type WritingModeFlags } from './writing-modes';

/** The writing view's switches: the editor's modes and whether the outline is expanded. */
export interface WritingViewState extends WritingModeFlags {
  readonly outline: boolean;
}

export type WritingViewToggle = WritingMode | 'outline';

/**
 * Which writing aids are on, for the whole window (not per post). A small store React reads with
 * useSyncExternalStore and the editor controller follows to reconfigure the editor's compartments.
 */
export class WritingView {
  private state: WritingViewState = { ...NO_WRITING_MODES, outline: true };
  private readonly listeners = new Set<() => void>();

  getSnapshot = (): WritingViewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  toggle(name: WritingViewToggle): void {
    this.set({ [name]: !this.state[name] });
  }

  set(change: Partial<WritingViewState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener();
  }
}
