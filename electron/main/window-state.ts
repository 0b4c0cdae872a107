/**
 * The window's size, position and maximised state, remembered per display: a laptop alone and the
 * same laptop at its desk monitor each get the window where the user last left it there. Pure
 * (no Electron, no disk) so every case is a plain test; window-state-store.ts reads and writes the file.
 */

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The part of Electron's Display this needs. */
export interface DisplayInfo {
  readonly id: number;
  readonly workArea: Rect;
}

export interface SavedWindowState {
  /** The normal (not maximised) bounds, so un-maximising returns to them. */
  readonly bounds: Rect;
  readonly maximized: boolean;
}

export interface WindowStateFile {
  readonly version: 1;
  /** By displayKey(). */
  readonly byDisplay: Readonly<Record<string, SavedWindowState>>;
  /** The display the window was on when it last closed. */
  readonly last?: string;
}

export const EMPTY_WINDOW_STATE: WindowStateFile = { version: 1, byDisplay: {} };

/**
 * A display as the user knows it: its id (stable while connected) and its usable size, so the
 * same id at another resolution is another place to remember.
 */
export function displayKey(display: DisplayInfo): string {
  return `${display.id}@${display.workArea.width}x${display.workArea.height}`;
}

function overlap(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** The display showing most of `bounds` (the primary when it is on none). */
export function displayFor(bounds: Rect, displays: readonly DisplayInfo[], primary: DisplayInfo): DisplayInfo {
  let best = primary;
  let bestArea = 0;
  for (const display of displays) {
    const area = overlap(bounds, display.workArea);
    if (area > bestArea) {
      best = display;
      bestArea = area;
    }
  }
  return best;
}

/** `bounds` moved and shrunk as little as needed to lie wholly inside `area`. */
export function fitInside(bounds: Rect, area: Rect, minimum: { width: number; height: number }): Rect {
  const width = Math.max(Math.min(bounds.width, area.width), Math.min(minimum.width, area.width));
  const height = Math.max(Math.min(bounds.height, area.height), Math.min(minimum.height, area.height));
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, Math.round(area.width * 0.9));
  const height = Math.min(size.height, Math.round(area.height * 0.9));
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height };
}

function isValidRect(value: unknown): value is Rect {
  if (value === null || typeof value !== 'object') return false;
  const rect = value as Record<string, unknown>;
  return ['x', 'y', 'width', 'height'].every((key) => typeof rect[key] === 'number' && Number.isFinite(rect[key])) &&
    (rect.width as number) > 0 &&
    (rect.height as number) > 0;
}

/** Reads whatever the file held; anything malformed is dropped, never trusted. */
export function parseWindowState(json: unknown): WindowStateFile {
  if (json === null || typeof json !== 'object' || (json as { version?: unknown }).version !== 1) return EMPTY_WINDOW_STATE;
  const { byDisplay, last } = json as { byDisplay?: unknown; last?: unknown };
  const entries = byDisplay !== null && typeof byDisplay === 'object' ? Object.entries(byDisplay as Record<string, unknown>) : [];
  const valid = entries.filter(([, state]) => {
    const s = state as { bounds?: unknown; maximized?: unknown } | null;
    return s !== null && typeof s === 'object' && isValidRect(s.bounds) && typeof s.maximized === 'boolean';
  }) as [string, SavedWindowState][];
  return { version: 1, byDisplay: Object.fromEntries(valid), ...(typeof last === 'string' ? { last } : {}) };
}

/**
 * Where to open the window: where it last closed if that display is still here, else where it was
 * last left on the primary display, else the default size centred on the primary display. Always
 * wholly on a display that exists now, so a window never opens off-screen after a monitor is unplugged.
 */
export function restoreWindowState(
  file: WindowStateFile,
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
  defaults: { size: { width: number; height: number }; minimum: { width: number; height: number } },
): SavedWindowState {
  const present = new Map(displays.map((display) => [displayKey(display), display]));
  for (const key of [file.last, displayKey(primary)]) {
    const saved = key === undefined ? undefined : file.byDisplay[key];
    const display = key === undefined ? undefined : present.get(key);
    if (saved !== undefined && display !== undefined) {
      return { bounds: fitInside(saved.bounds, display.workArea, defaults.minimum), maximized: saved.maximized };
    }
  }
  return { bounds: centred(defaults.size, primary.workArea), maximized: false };
}

/** The file after the window closes with `state` on whichever display shows most of it. */
export function rememberWindowState(
  file: WindowStateFile,
  state: SavedWindowState,
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
): WindowStateFile {
  const key = displayKey(displayFor(state.bounds, displays, primary));
  return { version: 1, byDisplay: { ...file.byDisplay, [key]: state }, last: key };
}
