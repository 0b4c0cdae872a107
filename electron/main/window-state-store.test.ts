import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWindowState, saveWindowState } from './window-state-store';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'postwright-window-state-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('window state file', () => {
  it('round-trips what it saved', () => {
    const file = join(dir, 'window-state.json');
    const state = { version: 1 as const, byDisplay: { '1@1440x875': { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true } }, last: '1@1440x875' };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
  });

  it('starts afresh, quietly, when there is no file yet', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(loadWindowState(join(dir, 'none.json'))).toEqual({ version: 1, byDisplay: {} });
    expect(warn).not.toHaveBeenCalled();
  });

  it('starts afresh, with a warning, from a damaged file, and never throws on a failed save', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const file = join(dir, 'window-state.json');
    await writeFile(file, '{ not json');
    expect(loadWindowState(file)).toEqual({ version: 1, byDisplay: {} });
    saveWindowState(join(dir, 'missing-folder', 'window-state.json'), { version: 1, byDisplay: {} });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(await readFile(file, 'utf8')).toBe('{ not json');
  });
});
