/**
 * The extra backup folder (a second disk or a USB stick), set in the first-run
 * wizard or 设置 → 数据备份. Each automatic and 立即备份 backup is also made
 * there — the same verified online backup, into `<folder>\<data file name>\`
 * with the same rotation — so that losing the PC's disk does not lose the data.
 * A missing stick never fails the backup itself: the result says why the copy
 * was not made.
 */
import { statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, isAbsolute, join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { OpenDatabase } from '../../db/open';
import { readAppSetting, writeAppSetting } from '../../db/operators/queries';
import { AppError } from '../errors';
import { backupsDirFor, type BackupKind } from './names';
import { createBackup, rotateBackups } from './service';

export const EXTRA_DIR_KEY = 'backup.extraDir';

export type ExtraCopy = { dir: string; name: string } | { dir: string; error: string };

export const readExtraDir = (db: Kysely<Database>) => readAppSetting<string>(db, EXTRA_DIR_KEY, '');

/** Where this data file's extra copies go inside the chosen folder. */
export function extraCopyDir(extraDir: string, dbPath: string) {
  return join(resolve(extraDir), basename(backupsDirFor(dbPath)));
}

/** Checks the folder can be written now (it is created if missing), then stores it; '' turns the copy off. */
export async function saveExtraDir(db: Kysely<Database>, dir: string) {
  if (dir !== '') {
    if (!isAbsolute(dir)) throw new AppError('VALIDATION', `备份也保存到：请填写完整的文件夹位置（如 E:\\台账备份），“${dir}”不是完整位置。`);
    try {
      await mkdir(dir, { recursive: true });
      if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    } catch {
      throw new AppError('VALIDATION', `备份也保存到：无法使用文件夹“${dir}”（不存在、不是文件夹或没有写入权限）。请插好U盘或换一个位置。`);
    }
  }
  await writeAppSetting(db, EXTRA_DIR_KEY, dir);
  return dir;
}

/** After a backup into the own folder: the same backup into the extra folder, if one is set. */
export async function copyToExtraDir(opened: OpenDatabase, kind: Exclude<BackupKind, 'pre-migration' | 'pre-restore'>, now: Date): Promise<ExtraCopy | undefined> {
  const extraDir = await readExtraDir(opened.db);
  if (!extraDir) return undefined;
  const dir = extraCopyDir(extraDir, opened.path);
  try {
    const made = await createBackup(opened, { kind, now, targetDir: dir });
    await rotateBackups(opened.path, dir);
    return { dir, name: made.name };
  } catch (err) {
    return { dir, error: err instanceof AppError ? err.message : `备份未能复制到“${dir}”。` };
  }
}
