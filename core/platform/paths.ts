/** Where the data file lives: `--db PATH`, else FULIAN_DB, else the per-user app data folder. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATA_FOLDER_NAME = 'fulian-ledger';
export const DB_FILE_NAME = 'fulian.sqlite';

/** The same folder Electron's `app.getPath('appData')` gives, plus our folder name. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir()) {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), DATA_FOLDER_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', DATA_FOLDER_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), DATA_FOLDER_NAME);
}

export function argValue(argv: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === flag) return argv[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

export function resolveDbPath(argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): string {
  return argValue(argv, '--db') || env.FULIAN_DB || join(defaultDataDir(env), DB_FILE_NAME);
}
