/**
 * Temporaries a killed backup, restore or first start leaves behind: removed at
 * start-up and before the next backup. Only names this app makes are touched
 * (`<backup name>.partial`, `<data file>.restoring`, `<data file>.creating`,
 * with SQLite's -journal/-wal/-shm beside them), and only once nothing has
 * written to them for a while, so a backup running in another window is safe.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backupsDirFor, backupsRootFor, creatingPath, stagingPath } from './names';

export const STALE_AFTER_MS = 10 * 60 * 1000;

const SQLITE_SIDE_FILES = ['', '-journal', '-wal', '-shm'];
const PARTIAL_BACKUP = /^(auto-daily|manual|pre-restore)-\d{8}-\d{6}(-\d+)?\.sqlite\.partial(-journal|-wal|-shm)?$/;

function removeIfStale(path: string, now: number): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat?.isFile() || now - stat.mtimeMs < STALE_AFTER_MS) return false;
  try {
    rmSync(path, { force: true });
    return true;
  } catch {
    return false; // held open by someone: try again next time
  }
}

/** Half-written backups in `dir`; returns the paths removed. */
export function removeStalePartials(dir: string, now = Date.now()): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => PARTIAL_BACKUP.test(name))
    .map((name) => join(dir, name))
    .filter((path) => removeIfStale(path, now));
}

/** Everything of ours left over around `dataPath`; returns the paths removed. */
export function removeStaleTemporaries(dataPath: string, now = Date.now()): string[] {
  const besideData = [stagingPath(dataPath), creatingPath(dataPath)].flatMap((base) => SQLITE_SIDE_FILES.map((s) => base + s));
  return [
    ...besideData.filter((path) => removeIfStale(path, now)),
    ...removeStalePartials(backupsDirFor(dataPath), now),
    ...removeStalePartials(backupsRootFor(dataPath), now),
  ];
}
