import { Compartment, type EditorState, type Extension, type StateEffect } from '@codemirror/state';
import { focusMode } from './extensions/focus-mode';
import { typewriterScrolling } from './extensions/typewriter-scrolling';

/**
 * The editor's switchable writing modes, each in its own Compartment: turning one on or off
 * reconfigures the shown document's state in place (no new view, no lost undo history). The
 * compartments start empty in every document's state; EditorController applies the current modes
 * to each document it shows.
 */
export type WritingMode = 'focusMode' | 'typewriter';

const MODES: Readonly<Record<WritingMode, { readonly compartment: Compartment; readonly extension: () => Extension }>> = {
  focusMode: { compartment: new Compartment(), extension: focusMode },
  typewriter: { compartment: new Compartment(), extension: typewriterScrolling },
};

export type WritingModeFlags = Readonly<Record<WritingMode, boolean>>;

export const NO_WRITING_MODES: WritingModeFlags = { focusMode: false, typewriter: false };

/** For the editor's extensions: every mode's compartment, off. */
export function writingModeCompartments(): Extension {
  return Object.values(MODES).map((mode) => mode.compartment.of([]));
}

/** The effects that switch a state to `flags`. */
export function writingModeEffects(flags: WritingModeFlags): StateEffect<unknown>[] {
  return (Object.keys(MODES) as WritingMode[]).map((mode) => MODES[mode].compartment.reconfigure(flags[mode] ? MODES[mode].extension() : []));
}

/** Whether a mode is on in a state (what its compartment holds). */
export const writingModeOn = (state: EditorState, mode: WritingMode): boolean => {
  const content = MODES[mode].compartment.get(state);
  return Array.isArray(content) ? content.length > 0 : content !== undefined;
};
