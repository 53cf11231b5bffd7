/**
 * The recovery state: the app started but its data file could not be opened.
 * From here the user restores the newest good backup, opens another file, or
 * tries again; each success installs the opened file in the DatabaseHolder and
 * the normal app takes over without restarting the process.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { openDatabase, type OpenDatabase } from '../../db/open';
import { DatabaseHolder, type StartupProblem } from '../backup/holder';
import { backupsDirFor, localStamp, stagingPath } from '../backup/names';
import { removeStaleTemporaries } from '../backup/cleanup';
import { bringBackAttachments } from '../attachments/backup';
import { checkRestorable, installOver, stageCopy } from '../backup/restore';
import { listBackups, summarize, type BackupFile, type BackupSummary } from '../backup/service';
import { describeOpenFailure } from './problem';

/** Opens the data file, or gives a holder in the recovery state saying why it could not. */
export async function openAtStartup(path: string): Promise<DatabaseHolder> {
  removeStaleTemporaries(path);
  try {
    return new DatabaseHolder(await openDatabase(path));
  } catch (err) {
    return new DatabaseHolder({ emptyAt: path, problem: describeOpenFailure(path, err) });
  }
}

function requireRecoveryState(holder: DatabaseHolder): StartupProblem {
  if (holder.isOpen || !holder.problem) {
    throw new AppError('CONFLICT', '数据文件已经正常打开，不需要在启动页面处理。恢复备份请到“设置 → 数据备份”。');
  }
  return holder.problem;
}

function requireFile(path: string, what: string): void {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new AppError('NOT_FOUND', `找不到${what}“${path}”，请检查路径是否正确、U盘是否已插好。`);
  if (!stat.isFile()) throw new AppError('VALIDATION', `“${path}”是文件夹，请选择一个数据文件（.sqlite）。`);
}

/** Opening failed: the same problem in the words of the start screen, as an AppError. */
function openFailure(path: string, err: unknown): AppError {
  const problem = describeOpenFailure(path, err);
  const code = err instanceof AppError ? err.code : 'DB_OPEN_FAILED';
  return new AppError(code, `${problem.title}：${problem.message}`, { kind: problem.kind, technical: problem.technical });
}

/** Backups in the data folder's `backups/` that pass the full check, newest first. */
export async function goodBackups(dataPath: string): Promise<BackupFile[]> {
  const good: BackupFile[] = [];
  for (const backup of await listBackups(dataPath)) {
    if (!backup.restorable) continue;
    try {
      await checkRestorable(backup.path, backup.name);
      good.push(backup);
    } catch {
      /* damaged or foreign: not offered */
    }
  }
  return good;
}

/**
 * Keeps the file that would not open, byte for byte (with its -wal, which holds
 * committed changes not yet in the main file), in the backups folder under a
 * name the backup list ignores. Returns where, or null when there was no file.
 */
export function keepDamagedCopy(dataPath: string, now: Date): string | null {
  if (!statSync(dataPath, { throwIfNoEntry: false })?.isFile()) return null;
  const dir = backupsDirFor(dataPath);
  mkdirSync(dir, { recursive: true });
  let target = join(dir, `damaged-${localStamp(now)}.sqlite`);
  for (let n = 2; existsSync(target); n++) target = join(dir, `damaged-${localStamp(now)}-${n}.sqlite`);
  copyFileSync(dataPath, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(dataPath + suffix)) copyFileSync(dataPath + suffix, target + suffix);
  }
  return target;
}

export interface StartupRestoreResult {
  restored: BackupSummary;
  /** Where the file that would not open was kept. */
  damagedCopy: string | null;
  dataPath: string;
}

export async function restoreAtStartup(holder: DatabaseHolder, backupPath: string, now: Date): Promise<StartupRestoreResult> {
  const problem = requireRecoveryState(holder);
  if (problem.kind === 'locked') {
    throw new AppError('CONFLICT', '数据文件正被其他程序占用，现在不能用备份覆盖它。请先关闭占用它的程序，再点“重新尝试”。');
  }
  requireFile(backupPath, '备份文件');
  return holder.swap(async () => {
    const dataPath = holder.path;
    if (statSync(dataPath, { throwIfNoEntry: false })?.isDirectory()) {
      throw new AppError('VALIDATION', `数据文件的位置“${dataPath}”是一个文件夹，不能恢复到这里。请用“打开其他数据文件”。`);
    }
    const staged = stagingPath(dataPath);
    try {
      stageCopy(backupPath, staged);
      const facts = await checkRestorable(staged, backupPath);
      const damagedCopy = keepDamagedCopy(dataPath, now);
      installOver(staged, dataPath);
      let opened: OpenDatabase;
      try {
        opened = await openDatabase(dataPath);
      } catch (err) {
        if (damagedCopy) {
          stageCopy(damagedCopy, staged);
          installOver(staged, dataPath);
        }
        throw openFailure(dataPath, err);
      }
      holder.install(opened);
      await bringBackAttachments(opened, backupPath).catch(() => undefined); // what stays missing shows on its record
      return { restored: summarize(facts), damagedCopy, dataPath };
    } finally {
      rmSync(staged, { force: true });
    }
  });
}

/** 打开其他数据文件: that file becomes the running app's data file for this session. */
export async function openOtherFile(holder: DatabaseHolder, path: string): Promise<{ dataPath: string }> {
  requireRecoveryState(holder);
  requireFile(path, '数据文件');
  return holder.swap(async () => {
    try {
      holder.install(await openDatabase(path));
    } catch (err) {
      throw openFailure(path, err);
    }
    return { dataPath: path };
  });
}

/** 重新尝试: the same file again (after the program holding it was closed). */
export async function retryOpen(holder: DatabaseHolder): Promise<{ dataPath: string }> {
  requireRecoveryState(holder);
  return holder.swap(async () => {
    try {
      holder.install(await openDatabase(holder.path));
    } catch (err) {
      holder.problem = describeOpenFailure(holder.path, err);
      throw openFailure(holder.path, err);
    }
    return { dataPath: holder.path };
  });
}
