/**
 * Restoring from a backup file. The file is first copied into the data folder
 * and that copy is checked, so the bytes that were checked are the bytes that
 * get installed; a safety backup of the current data is made; then the data
 * file is swapped by rename (atomic on one volume) and reopened, migrating a
 * backup from an older version.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { bringBackAttachments, type BroughtBack } from '../attachments/backup';
import { AppError } from '../errors';
import { fsyncFile, readDatabaseFacts, type DatabaseFacts } from '../../db/backup';
import { LATEST_VERSION } from '../../db/migrations';
import type { MigrationReport } from '../../db/migrate';
import type { DatabaseHolder } from './holder';
import { createBackup, summarize, type BackupSummary, type MadeBackup } from './service';

export interface InspectedFile {
  path: string;
  size: number;
  /** The file's modification time (ISO). */
  modifiedAt: string;
  holds: BackupSummary;
}

/** Facts of a candidate file, or the Chinese reason it cannot be restored. */
export async function checkRestorable(path: string, shownAs = path): Promise<DatabaseFacts> {
  let facts: DatabaseFacts;
  try {
    facts = await readDatabaseFacts(path, { integrity: true, immutable: true });
  } catch (err) {
    throw new AppError('DB_CORRUPT', `文件“${shownAs}”不是本软件的数据文件或备份（无法作为数据库打开），不能用来恢复。`, {
      cause: String(err),
    });
  }
  if (!facts.isOurs) {
    throw new AppError('DB_OPEN_FAILED', `文件“${shownAs}”是其他软件的 SQLite 数据库，不是社区妇联工作台账的备份，不能用来恢复。`);
  }
  if (facts.integrity !== 'ok') {
    throw new AppError('DB_CORRUPT', `文件“${shownAs}”未通过完整性检查，文件已损坏，不能用来恢复。请换一份备份。`, {
      integrity: facts.integrity,
    });
  }
  if (facts.schemaVersion > LATEST_VERSION) {
    throw new AppError(
      'DB_TOO_NEW',
      `备份“${shownAs}”由更新版本的软件创建（数据库版本 ${facts.schemaVersion}，本软件最高支持 ${LATEST_VERSION}）。请先升级本软件再恢复。`,
      { dbVersion: facts.schemaVersion, supported: LATEST_VERSION },
    );
  }
  return facts;
}

function requireFile(path: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new AppError('NOT_FOUND', `找不到文件“${path}”，请检查路径是否正确、U盘是否已插好。`);
  if (!stat.isFile()) throw new AppError('VALIDATION', `“${path}”是文件夹，请选择一个备份文件（.sqlite）。`);
}

export async function inspectBackupFile(path: string): Promise<InspectedFile> {
  requireFile(path);
  const facts = await checkRestorable(path);
  const stat = statSync(path);
  return { path, size: stat.size, modifiedAt: stat.mtime.toISOString(), holds: summarize(facts) };
}

function fsyncDir(dir: string): void {
  // Makes the rename itself durable on Linux; Windows cannot open a folder for this and does not need to.
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not supported on this platform */
  }
}

/** Puts `staged` (a file in the same folder) in place of the data file. */
export function installOver(staged: string, dataPath: string): void {
  rmSync(`${dataPath}-wal`, { force: true });
  rmSync(`${dataPath}-shm`, { force: true });
  renameSync(staged, dataPath);
  fsyncDir(dirname(dataPath));
}

export function stageCopy(source: string, staged: string): void {
  copyFileSync(source, staged);
  fsyncFile(staged);
}

export interface RestoreResult {
  restored: BackupSummary;
  safetyBackup: MadeBackup;
  migration: MigrationReport;
  /** The restored data's attachment files, brought back from beside the backup. */
  attachments: BroughtBack;
}

export async function restoreFromFile(holder: DatabaseHolder, sourcePath: string, now: Date): Promise<RestoreResult> {
  requireFile(sourcePath);
  return holder.exclusive(async () => {
    const dataPath = holder.current.path;
    if (resolve(sourcePath) === resolve(dataPath)) {
      throw new AppError('VALIDATION', '选择的是当前正在使用的数据文件本身，请选择一份备份文件。');
    }
    const staged = join(dirname(dataPath), `${basename(dataPath)}.restoring`);
    try {
      stageCopy(sourcePath, staged);
      const facts = await checkRestorable(staged, sourcePath);
      const safetyBackup = await createBackup(holder.current, { kind: 'pre-restore', now });
      const reopened = await holder.replaceFile(
        async (path) => installOver(staged, path),
        async (path) => {
          stageCopy(safetyBackup.path, staged);
          installOver(staged, path);
        },
      );
      const attachments = await bringBackAttachments(reopened, sourcePath);
      return { restored: summarize(facts), safetyBackup, migration: reopened.migration, attachments };
    } finally {
      if (existsSync(staged)) rmSync(staged, { force: true });
    }
  });
}
