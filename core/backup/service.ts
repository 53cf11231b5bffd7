/**
 * Making, verifying, listing and rotating backups. A backup is written under a
 * temporary name, verified (integrity_check, schema version, the same row
 * counts as the source had at that moment), and only then given its real name:
 * a file with a backup name has passed its check.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { carryAttachments, type CarriedAttachments } from '../attachments/backup';
import { carryReportKey } from '../reporting/backup';
import { AppError } from '../errors';
import { onlineBackup, readDataFileId, readDatabaseFacts, type DatabaseFacts, type TableCounts } from '../../db/backup';
import { LATEST_VERSION } from '../../db/migrations';
import type { OpenDatabase } from '../../db/open';
import { labelledCounts, type RecordCount } from './labels';
import { removeStalePartials } from './cleanup';
import { backupFileName, backupsDirFor, backupsRootFor, KIND_LABELS, parseBackupName, type BackupKind } from './names';
import { backupsToDelete } from './rotation';
import { copyToExtraDir, type ExtraCopy } from './extra-copy';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface BackupSummary {
  branchName: string | null;
  memberCount: number;
  records: RecordCount[];
  schemaVersion: number;
  lastChange: string | null;
}

/**
 * Whose backup a file is: `this` data file's (its id inside matches, or it has
 * no id and lies in this file's own folder), an `other` data file's, or
 * `unknown` (made before ids, found outside this file's folder). Restoring
 * anything but `this` needs an explicit confirmation.
 */
export type BackupOwner = 'this' | 'other' | 'unknown';

export function ownerOf(backupPath: string, backupId: string | null, dataPath: string, ownId: string | null): BackupOwner {
  if (backupId && ownId) return backupId === ownId ? 'this' : 'other';
  return resolve(dirname(backupPath)) === resolve(backupsDirFor(dataPath)) ? 'this' : 'unknown';
}

export const OWNER_NOTES: Record<Exclude<BackupOwner, 'this'>, string> = {
  other: '属于另一个数据文件',
  unknown: '旧版备份，未标明属于哪个数据文件',
};

export interface BackupFile {
  name: string;
  path: string;
  kind: BackupKind;
  kindLabel: string;
  /** When it was made (ISO). */
  date: string;
  size: number;
  /** Undefined when the file could not be read: then it is not restorable. */
  holds?: BackupSummary;
  restorable: boolean;
  problem?: string;
  owner: BackupOwner;
  /** Why restoring it needs a confirmation, when it is not this data file's. */
  ownerNote?: string;
}

export interface MadeBackup extends BackupFile {
  verified: { integrity: 'ok'; counts: TableCounts };
  /** The attachment files, copied beside the backup (core/attachments/backup.ts). */
  attachments: CarriedAttachments;
}

export function summarize(facts: DatabaseFacts): BackupSummary {
  return {
    branchName: facts.branchName,
    memberCount: facts.memberCount,
    records: labelledCounts(facts.counts),
    schemaVersion: facts.schemaVersion,
    lastChange: facts.lastChange,
  };
}

function differingCounts(expected: TableCounts, actual: TableCounts): string[] {
  const tables = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  return [...tables].filter((t) => expected[t] !== actual[t]).map((t) => `${t}：应为 ${expected[t] ?? 0}，实为 ${actual[t] ?? 0}`);
}

function freeName(dir: string, kind: Exclude<BackupKind, 'pre-migration'>, now: Date): string {
  for (let n = 1; ; n++) {
    const name = backupFileName(kind, now, n);
    if (!existsSync(join(dir, name)) && !existsSync(join(dir, `${name}.partial`))) return name;
  }
}

export interface CreateBackupOptions {
  kind: Exclude<BackupKind, 'pre-migration'>;
  now: Date;
  /** Another folder (a USB stick); default the `backups` folder beside the data file. */
  targetDir?: string;
}

export async function createBackup(source: OpenDatabase, options: CreateBackupOptions): Promise<MadeBackup> {
  const dir = resolve(options.targetDir ?? backupsDirFor(source.path));
  try {
    await mkdir(dir, { recursive: true });
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AppError('VALIDATION', `无法使用文件夹“${dir}”保存备份：文件夹不存在或没有写入权限。请换一个位置。`);
  }
  removeStalePartials(dir);
  const name = freeName(dir, options.kind, options.now);
  const partial = join(dir, `${name}.partial`);
  let counts: TableCounts;
  try {
    counts = await onlineBackup(source, partial);
  } catch (err) {
    rmSync(partial, { force: true });
    throw new AppError('INTERNAL', `备份写入“${dir}”时失败，备份未完成（当前数据未受影响）。请检查磁盘空间或换一个位置。`, {
      cause: String(err),
    });
  }
  const facts = await readDatabaseFacts(partial, { integrity: true, immutable: true }).catch(() => undefined);
  const problems = !facts
    ? ['备份文件无法打开']
    : [
        ...(facts.integrity === 'ok' ? [] : [`完整性检查：${facts.integrity}`]),
        ...(facts.isOurs && facts.schemaVersion > 0 ? [] : ['读不到数据库版本']),
        ...differingCounts(counts, facts.counts),
      ];
  if (problems.length) {
    rmSync(partial, { force: true });
    throw new AppError('INTERNAL', `备份写完后校验未通过，已删除这份不可靠的备份：${problems.join('；')}`, { problems });
  }
  const path = join(dir, name);
  renameSync(partial, path);
  carryReportKey(source.path, path);
  return {
    ...describe(path, name, options.kind, options.now, facts!, 'this'),
    verified: { integrity: 'ok', counts },
    attachments: await carryAttachments(source.path, path),
  };
}

function describe(path: string, name: string, kind: BackupKind, date: Date, facts: DatabaseFacts, owner: BackupOwner): BackupFile {
  const tooNew = facts.schemaVersion > LATEST_VERSION;
  return {
    owner,
    ...(owner === 'this' ? {} : { ownerNote: OWNER_NOTES[owner] }),
    name,
    path,
    kind,
    kindLabel: KIND_LABELS[kind],
    date: date.toISOString(),
    size: statSync(path).size,
    holds: summarize(facts),
    restorable: facts.isOurs && !tooNew,
    problem: tooNew ? '由更新版本的软件创建，需先升级本软件' : undefined,
  };
}

/** Backup-named files directly in `dir`. */
function backupNamesIn(dir: string): { name: string; path: string; kind: BackupKind; date: Date }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, path: join(dir, name), ...parsed }] : [];
  });
}

/** Other data files' folders under `backups/`, where a renamed or copied data file's older backups are. */
function otherFolders(dataPath: string): string[] {
  const root = backupsRootFor(dataPath);
  const own = resolve(backupsDirFor(dataPath));
  try {
    return readdirSync(root, { withFileTypes: true })
      .filter((e) => e.isDirectory() && resolve(join(root, e.name)) !== own)
      .map((e) => join(root, e.name));
  } catch {
    return [];
  }
}

/**
 * This data file's backups, newest first: its own folder, the backups older
 * versions kept straight in `backups/`, and backups in other folders whose id
 * says they are this file's (it was renamed or copied). Each is opened briefly
 * (no full integrity check) to say what it holds. `ownId` is the open data
 * file's id; null while it cannot be read (the start-up recovery screen).
 */
export async function listBackups(dbPath: string, ownId: string | null = null): Promise<BackupFile[]> {
  const candidates = [...backupNamesIn(backupsDirFor(dbPath)), ...backupNamesIn(backupsRootFor(dbPath))];
  if (ownId) {
    for (const dir of otherFolders(dbPath)) {
      for (const file of backupNamesIn(dir)) if ((await readDataFileId(file.path)) === ownId) candidates.push(file);
    }
  }
  const files: BackupFile[] = [];
  for (const { name, path, kind, date } of candidates) {
    try {
      const facts = await readDatabaseFacts(path, { immutable: true });
      const owner = ownerOf(path, facts.dataFileId, dbPath, ownId);
      if (owner === 'other' && resolve(dirname(path)) !== resolve(backupsDirFor(dbPath))) continue; // another file's, in its place
      files.push(describe(path, name, kind, date, facts, owner));
    } catch {
      const size = statSync(path, { throwIfNoEntry: false })?.size;
      if (size === undefined) continue; // deleted meanwhile (rotation, the user, a test tearing down)
      const owner = ownerOf(path, null, dbPath, ownId);
      const base = { name, path, kind, kindLabel: KIND_LABELS[kind], date: date.toISOString(), size, owner };
      files.push({ ...base, ...(owner === 'this' ? {} : { ownerNote: OWNER_NOTES[owner] }), restorable: false, problem: '无法读取，文件可能已损坏' });
    }
  }
  return files.sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * Deletes the automatic backups of this data file the rotation no longer
 * keeps; returns their names. Each automatic backup's member count is read so
 * that backups of an emptied or truncated file never push out the last good one.
 */
/** Rotation in this file's backups folder, or in `dir` (the extra copy's folder, core/backup/extra-copy.ts). */
export async function rotateBackups(dbPath: string, dir = backupsDirFor(dbPath)): Promise<string[]> {
  const candidates = backupNamesIn(dir);
  if (!backupsToDelete(candidates).length) return [];
  const memberCounts = new Map<string, number>();
  for (const c of candidates.filter((c) => c.kind === 'auto')) {
    const facts = await readDatabaseFacts(c.path, { immutable: true }).catch(() => undefined);
    if (facts) memberCounts.set(c.name, facts.memberCount);
  }
  const doomed = backupsToDelete(candidates, memberCounts);
  for (const name of doomed) rmSync(join(dir, name), { force: true });
  return doomed;
}

/** The newest automatic or manual backup in the backups folder, by the time in its name. */
export function newestBackupDate(dbPath: string): Date | undefined {
  const dir = backupsDirFor(dbPath);
  if (!existsSync(dir)) return undefined;
  const dates = readdirSync(dir)
    .map(parseBackupName)
    .filter((p) => p && (p.kind === 'auto' || p.kind === 'manual'))
    .map((p) => p!.date.getTime());
  return dates.length ? new Date(Math.max(...dates)) : undefined;
}

export interface AutoBackupResult {
  made?: MadeBackup;
  deleted: string[];
  /** The second copy in the folder set in the wizard or 数据备份 (absent when none is set). */
  extra?: ExtraCopy;
}

/**
 * Called by the Electron main process and the harness after opening the data
 * file: makes an automatic backup when the newest is older than 24 hours (or
 * there is none), then applies the rotation.
 */
export async function autoBackupIfDue(opened: OpenDatabase, now: Date): Promise<AutoBackupResult> {
  if (opened.path === ':memory:') return { deleted: [] };
  const newest = newestBackupDate(opened.path);
  if (newest && now.getTime() - newest.getTime() < DAY_MS) return { deleted: [] };
  const made = await createBackup(opened, { kind: 'auto', now });
  const deleted = await rotateBackups(opened.path);
  return { made, deleted, extra: await copyToExtraDir(opened, 'auto', now) };
}
