import { describe, expect, it } from 'vitest';
import {
  EMPTY_WINDOW_STATE,
  displayFor,
  displayKey,
  fitInside,
  parseWindowState,
  rememberWindowState,
  restoreWindowState,
  type DisplayInfo,
} from './window-state';

const laptop: DisplayInfo = { id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } };
// A monitor to the right of the laptop.
const monitor: DisplayInfo = { id: 2, workArea: { x: 1440, y: 0, width: 2560, height: 1400 } };
const defaults = { size: { width: 1280, height: 820 }, minimum: { width: 800, height: 500 } };

describe('restoreWindowState', () => {
  it('opens the default size centred on the primary display the first time', () => {
    expect(restoreWindowState(EMPTY_WINDOW_STATE, [laptop], laptop, defaults)).toEqual({
      // 90% of the 875-pixel-high work area at most.
      bounds: { x: 80, y: 69, width: 1280, height: 788 },
      maximized: false,
    });
  });

  it('shrinks the default to fit a small screen', () => {
    const small: DisplayInfo = { id: 3, workArea: { x: 0, y: 0, width: 1024, height: 600 } };
    const { bounds } = restoreWindowState(EMPTY_WINDOW_STATE, [small], small, defaults);
    expect(bounds.width).toBeLessThanOrEqual(1024);
    expect(bounds.height).toBeLessThanOrEqual(600);
  });

  it('brings the window back where it closed, maximised or not', () => {
    const onMonitor = { bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: true };
    const file = rememberWindowState(EMPTY_WINDOW_STATE, onMonitor, [laptop, monitor], laptop);
    expect(restoreWindowState(file, [laptop, monitor], laptop, defaults)).toEqual(onMonitor);
  });

  it('remembers each display apart: unplugged from the monitor, it opens where it was on the laptop', () => {
    const onLaptop = { bounds: { x: 40, y: 60, width: 1200, height: 760 }, maximized: false };
    const onMonitor = { bounds: { x: 1600, y: 100, width: 1800, height: 1100 }, maximized: true };
    let file = rememberWindowState(EMPTY_WINDOW_STATE, onLaptop, [laptop], laptop);
    file = rememberWindowState(file, onMonitor, [laptop, monitor], laptop);
    expect(restoreWindowState(file, [laptop], laptop, defaults)).toEqual(onLaptop);
    // Plugged back in: the monitor again.
    expect(restoreWindowState(file, [laptop, monitor], laptop, defaults)).toEqual(onMonitor);
  });

  it('never opens off-screen: a display that is gone falls back to the primary', () => {
    const file = rememberWindowState(EMPTY_WINDOW_STATE, { bounds: { x: 3000, y: 200, width: 1000, height: 800 }, maximized: false }, [laptop, monitor], laptop);
    const { bounds } = restoreWindowState(file, [laptop], laptop, defaults);
    expect(bounds).toEqual({ x: 80, y: 69, width: 1280, height: 788 });
  });

  it('pulls a window that hung over the edge back onto its display', () => {
    const file = rememberWindowState(EMPTY_WINDOW_STATE, { bounds: { x: 1000, y: 600, width: 1200, height: 800 }, maximized: false }, [laptop], laptop);
    const { bounds } = restoreWindowState(file, [laptop], laptop, defaults);
    expect(bounds).toEqual({ x: 240, y: 100, width: 1200, height: 800 });
  });

  it('treats the same display at another resolution as another place', () => {
    const file = rememberWindowState(EMPTY_WINDOW_STATE, { bounds: { x: 10, y: 30, width: 1400, height: 840 }, maximized: false }, [laptop], laptop);
    const scaled: DisplayInfo = { id: 1, workArea: { x: 0, y: 25, width: 1280, height: 775 } };
    // Nothing remembered there yet: the default, centred.
    expect(restoreWindowState(file, [scaled], scaled, defaults).bounds).toEqual({ x: 64, y: 64, width: 1152, height: 698 });
  });
});

describe('displayFor, fitInside and displayKey', () => {
  it('picks the display showing most of the window', () => {
    expect(displayFor({ x: 1300, y: 100, width: 1000, height: 800 }, [laptop, monitor], laptop)).toBe(monitor);
    expect(displayFor({ x: -5000, y: -5000, width: 100, height: 100 }, [laptop, monitor], laptop)).toBe(laptop);
  });

  it('keeps the minimum size unless the display itself is smaller', () => {
    expect(fitInside({ x: 0, y: 0, width: 200, height: 100 }, laptop.workArea, defaults.minimum)).toEqual({ x: 0, y: 25, width: 800, height: 500 });
  });

  it('keys a display by id and usable size', () => {
    expect(displayKey(monitor)).toBe('2@2560x1400');
  });
});

describe('parseWindowState', () => {
  it('keeps valid entries and drops malformed ones', () => {
    const parsed = parseWindowState({
      version: 1,
      last: '1@1440x875',
      byDisplay: {
        '1@1440x875': { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: false },
        bad1: { bounds: { x: 'a', y: 2, width: 900, height: 600 }, maximized: false },
        bad2: { bounds: { x: 1, y: 2, width: -5, height: 600 }, maximized: false },
        bad3: { bounds: { x: 1, y: 2, width: 900, height: Infinity }, maximized: false },
        bad4: { bounds: { x: 1, y: 2, width: 900, height: 600 } },
        bad5: null,
      },
    });
    expect(Object.keys(parsed.byDisplay)).toEqual(['1@1440x875']);
    expect(parsed.last).toBe('1@1440x875');
  });

  it.each([null, 'text', 42, [], { version: 2, byDisplay: {} }, { version: 1, byDisplay: 'x' }])('starts afresh from %j', (json) => {
    expect(parseWindowState(json).byDisplay).toEqual({});
  });
});
