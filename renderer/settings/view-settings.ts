import { choiceSetting, rangeSetting, switchSetting } from './settings-store';

/**
 * The window's preferences, each declared once with its storage key, choices and default. The
 * two older keys (split ratio, scroll sync) keep their names so a writer's choice survives.
 */

export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
/** Light or dark as the OS says, unless the writer picked one. */
export const THEME = choiceSetting<ThemeChoice>('postwright.theme', THEMES, 'system');

export const AUTOSAVE_MODES = ['off', 'pause', 'focus'] as const;
export type AutosaveMode = (typeof AUTOSAVE_MODES)[number];
/** When edits are written without Save: never, after a short pause in typing, or when the writer looks away. */
export const AUTOSAVE = choiceSetting<AutosaveMode>('postwright.autosave', AUTOSAVE_MODES, 'pause');

export const SIDEBAR_HIDDEN = switchSetting('postwright.sidebarHidden', false);
export const PREVIEW_HIDDEN = switchSetting('postwright.previewHidden', false);
export const SCROLL_SYNC = switchSetting('postwright.scrollSync', true);
/** The front matter panel above the editor: open, and its "Other fields" closed, by default. */
export const FRONT_MATTER_PANEL = switchSetting('postwright.frontMatterPanel', true);
export const FRONT_MATTER_OTHER_FIELDS = switchSetting('postwright.frontMatterOtherFields', false);

/** Writing aids (renderer/editor/writing-view.ts): focus mode, typewriter scrolling, the outline unfolded. */
export const FOCUS_MODE = switchSetting('postwright.focusMode', false);
export const TYPEWRITER = switchSetting('postwright.typewriter', false);
export const OUTLINE_OPEN = switchSetting('postwright.outline', true);

/** The editor's share of the split, kept between 25 % and 75 % so neither pane vanishes. */
export const SPLIT_RATIO = rangeSetting('postwright.split-ratio', 0.25, 0.75, 0.5);

/**
 * Text size of the editor and the preview, as a factor of their normal size. The steps are the
 * ones browsers use for page zoom, from 50 % (a whole post at a glance) to 300 % (reading at a
 * distance or with low vision); the window's own controls keep their size.
 */
export const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3] as const;
export const TEXT_ZOOM = rangeSetting('postwright.textZoom', ZOOM_STEPS[0], ZOOM_STEPS[ZOOM_STEPS.length - 1]!, 1);

/** The next zoom step in a direction from any factor (one stored by hand may sit between steps). */
export function nextZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > current + 1e-6) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((step) => step < current - 1e-6) ?? ZOOM_STEPS[0];
}
