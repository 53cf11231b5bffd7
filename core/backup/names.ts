/**
 * Where backups live and what their names say. Each data file has its own
 * folder, `backups/<file name without .sqlite>/` beside it, so two data files
 * in one folder never share (or rotate away) each other's backups. Names say
 * what a backup is and when it was made, in local time:
 * `auto-daily-20261129-080000.sqlite`, `manual-…`, `pre-restore-…`, plus the
 * `before-migration-v2-20261129T000000.sqlite` copies db/migrate.ts makes (UTC).
 * Versions before per-file folders put every backup straight into `backups/`.
 */
import { basename, dirname, extname, join } from 'node:path';

export type BackupKind = 'auto' | 'manual' | 'pre-restore' | 'pre-migration';

export const KIND_LABELS: Record<BackupKind, string> = {
  auto: '自动备份',
  manual: '手动备份',
  'pre-restore': '恢复前安全备份',
  'pre-migration': '升级前备份',
};

const PREFIX: Record<Exclude<BackupKind, 'pre-migration'>, string> = {
  auto: 'auto-daily',
  manual: 'manual',
  'pre-restore': 'pre-restore',
};

/** The shared `backups/` folder beside the data file; older versions kept every backup directly in it. */
export function backupsRootFor(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/** This data file's own backups folder. */
export function backupsDirFor(dbPath: string): string {
  const name = basename(dbPath);
  const ext = extname(name);
  const stem = (ext && ext !== name ? name.slice(0, -ext.length) : name) || 'data';
  return join(backupsRootFor(dbPath), stem);
}

/** Where a restore copies the backup before checking and installing it. */
export function stagingPath(dataPath: string): string {
  return `${dataPath}.restoring`;
}

/** Where a new data file is built before it is given its name (db/open.ts). */
export function creatingPath(dataPath: string): string {
  return `${dataPath}.creating`;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function localStamp(date: Date): string {
  return (
    `${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}-` +
    `${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`
  );
}

/** `n` > 1 when a file of the same kind was already made in the same second. */
export function backupFileName(kind: Exclude<BackupKind, 'pre-migration'>, date: Date, n = 1): string {
  return `${PREFIX[kind]}-${localStamp(date)}${n > 1 ? `-${n}` : ''}.sqlite`;
}

const OURS = /^(auto-daily|manual|pre-restore)-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:-\d+)?\.sqlite$/;
const MIGRATION = /^before-migration-v\d+-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})\.sqlite$/;

/** Kind and time from a file name; undefined for files that are not our backups. */
export function parseBackupName(name: string): { kind: BackupKind; date: Date } | undefined {
  const ours = OURS.exec(name);
  if (ours) {
    const [, prefix, y, mo, d, h, mi, s] = ours;
    const kind = (Object.keys(PREFIX) as (keyof typeof PREFIX)[]).find((k) => PREFIX[k] === prefix)!;
    return { kind, date: new Date(+y!, +mo! - 1, +d!, +h!, +mi!, +s!) };
  }
  const migration = MIGRATION.exec(name);
  if (migration) {
    const [, y, mo, d, h, mi, s] = migration;
    return { kind: 'pre-migration', date: new Date(Date.UTC(+y!, +mo! - 1, +d!, +h!, +mi!, +s!)) };
  }
  return undefined;
}
