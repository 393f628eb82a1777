import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Woonzorgverkenner';
export const DATABASE_FILE = 'woonzorgverkenner.sqlite';

/**
 * The folder Electron calls `userData` (appData/<productName>), so the desktop app and the
 * command line share one database.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** `WOONZORGVERKENNER_DB` overrides the default location (used by the browser build and tests). */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.WOONZORGVERKENNER_DB ?? join(userDataDir(env), DATABASE_FILE);
}
