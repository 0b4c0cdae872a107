import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder Electron's `app.getPath('userData')` gives for "Postwright", computed without
 * Electron, so the CLI and the desktop app remember the same folder and share the sample blog.
 * POSTWRIGHT_USER_DATA overrides it (tests use a temp folder).
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.POSTWRIGHT_USER_DATA) return env.POSTWRIGHT_USER_DATA;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Postwright');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Postwright');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Postwright');
}
