import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseWindowState, type WindowStateFile } from './window-state';

/**
 * window-state.json in userData. Synchronous on purpose: it is read once before the window exists
 * and written once as it closes, when an async write could be cut off by the quitting app.
 * A missing or damaged file only costs the remembered position, so errors are logged, not raised.
 */
export function loadWindowState(path: string): WindowStateFile {
  try {
    return parseWindowState(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn('[postwright] window state unreadable, starting afresh', error);
    return parseWindowState(null);
  }
}

export function saveWindowState(path: string, state: WindowStateFile): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
    renameSync(temporary, path);
  } catch (error) {
    console.warn('[postwright] could not remember the window position', error);
  }
}
