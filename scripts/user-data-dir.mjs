// Where the browser fallback keeps recent projects and demo copies: the same place Electron's
// app.getPath('userData') would use for an app named Fynd.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data folder for Fynd on this OS (FYND_USER_DATA overrides it). */
export function userDataDir() {
  if (process.env.FYND_USER_DATA) return process.env.FYND_USER_DATA;
  if (process.platform === 'win32')
    return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Fynd');
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Fynd');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Fynd');
}
