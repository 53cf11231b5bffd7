/**
 * Restoring from a backup file. The file is first copied into the data folder
 * and that copy is checked, so the bytes that were checked are the bytes that
 * get installed; a safety backup of the current data is made; then the data
 * file is swapped by rename (atomic on one volume) and reopened, migrating a
 * backup from an older version.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { bringBackAttachments, type BroughtBack } from '../attachments/backup';
import { bringBackReportKey } from '../reporting/backup';
import { AppError } from '../errors';
import { DATA_FILE_ID_KEY, fsyncFile, readDatabaseFacts, type DatabaseFacts } from '../../db/backup';
import { readAppSetting, writeAppSetting } from '../../db/operators/queries';
import { LATEST_VERSION } from '../../db/migrations';
import type { MigrationReport } from '../../db/migrate';
import type { DatabaseHolder } from './holder';
import { stagingPath } from './names';
import { createBackup, OWNER_NOTES, ownerOf, summarize, type BackupOwner, type BackupSummary, type MadeBackup } from './service';

export interface InspectedFile {
  path: string;
  /** Whose backup it is, seen from the open data file (core/backup/service ownerOf). */
  owner: BackupOwner;
  ownerNote?: string;
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

/** The open data file a backup is compared with: its path and id. */
export interface DataFileIdentity {
  dataPath: string;
  id: string | null;
}

export async function dataFileIdentity(holder: DatabaseHolder): Promise<DataFileIdentity> {
  const opened = holder.current;
  return { dataPath: opened.path, id: await readAppSetting<string | null>(opened.db, DATA_FILE_ID_KEY, null) };
}

export async function inspectBackupFile(path: string, here?: DataFileIdentity): Promise<InspectedFile> {
  requireFile(path);
  const facts = await checkRestorable(path);
  const stat = statSync(path);
  const owner = here ? ownerOf(path, facts.dataFileId, here.dataPath, here.id) : 'this';
  return {
    path,
    owner,
    ...(owner === 'this' ? {} : { ownerNote: OWNER_NOTES[owner] }),
    size: stat.size,
    modifiedAt: stat.mtime.toISOString(),
    holds: summarize(facts),
  };
}

/** Refuses another data file's backup unless the officer confirmed it in so many words. */
function requireOwnOrConfirmed(owner: BackupOwner, facts: DatabaseFacts, dataPath: string, confirmed: boolean): void {
  if (owner === 'this' || confirmed) return;
  const holds = `${facts.branchName ?? '未填名称'}，妇女 ${facts.memberCount} 人`;
  const whose = owner === 'other' ? '是另一个数据文件的备份' : '是旧版软件做的备份，无法确认属于哪个数据文件';
  throw new AppError(
    'CONFLICT',
    `这份备份（${holds}）${whose}，不是当前数据文件“${basename(dataPath)}”的备份。` +
      '用它恢复会让当前数据文件变成那份备份的内容。如确实要这样做，请先勾选确认，再恢复。',
    { needsConfirmation: 'other-file', owner },
  );
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

/**
 * The candidate is copied and checked while the app goes on working; only the
 * safety backup and the swap hold the data file (DatabaseHolder.swap), so every
 * write acknowledged before the hold is in the safety backup and every write
 * after it goes to the restored file.
 */
export interface RestoreOptions {
  /** The officer confirmed restoring a backup that is not this data file's. */
  confirmOtherFile?: boolean;
}

export async function restoreFromFile(
  holder: DatabaseHolder,
  sourcePath: string,
  now: Date,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  requireFile(sourcePath);
  const dataPath = holder.current.path;
  if (resolve(sourcePath) === resolve(dataPath)) {
    throw new AppError('VALIDATION', '选择的是当前正在使用的数据文件本身，请选择一份备份文件。');
  }
  const staged = stagingPath(dataPath);
  return holder.exclusive(async () => {
    try {
      stageCopy(sourcePath, staged);
      const facts = await checkRestorable(staged, sourcePath);
      const here = await dataFileIdentity(holder);
      requireOwnOrConfirmed(ownerOf(sourcePath, facts.dataFileId, dataPath, here.id), facts, dataPath, Boolean(options.confirmOtherFile));
      return await holder.takeFile(async () => {
        const safetyBackup = await createBackup(holder.current, { kind: 'pre-restore', now });
        const reopened = await holder.replaceFile(
          async (path) => installOver(staged, path),
          async (path) => {
            stageCopy(safetyBackup.path, staged);
            installOver(staged, path);
          },
        );
        // The restored data goes on as this data file: its backups stay this file's.
        if (here.id && facts.dataFileId !== here.id) await writeAppSetting(reopened.db, DATA_FILE_ID_KEY, here.id);
        const attachments = await bringBackAttachments(reopened, sourcePath);
        bringBackReportKey(reopened.path, sourcePath);
        return { restored: summarize(facts), safetyBackup, migration: reopened.migration, attachments };
      });
    } finally {
      if (existsSync(staged)) rmSync(staged, { force: true });
    }
  });
}
