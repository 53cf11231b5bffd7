/**
 * Backups carry their attachments. Beside every backup file sits an
 * `attachments` folder (shared by all backups in that folder: files are named by
 * hash, so each is kept once); a backup copies in what its database lists and
 * says how many it carries and which it could not (missing or changed at the
 * source). A restore brings back, from beside the backup file, the files the
 * restored data lists and the data folder lacks; what it cannot find stays
 * listed as missing on its record, never silently dropped.
 */
import { readFilesOf, selectAllFiles } from '../../db/attachments/queries';
import type { OpenDatabase } from '../../db/open';
import { attachmentsDirFor, copyVerified, quickState } from './files';

export interface CarriedAttachments {
  /** The folder they are in, beside the backup file. */
  folder: string;
  /** Files the backup lists. */
  total: number;
  /** Of those, not in the folder (missing or changed in the data folder too). */
  missing: string[];
  /** One sentence for the officer. */
  note: string;
}

/** After `backupPath` is written: puts the files it lists into `attachments/` beside it. */
export async function carryAttachments(dataPath: string, backupPath: string): Promise<CarriedAttachments> {
  const from = attachmentsDirFor(dataPath);
  const folder = attachmentsDirFor(backupPath);
  const files = await readFilesOf(backupPath);
  const missing: string[] = [];
  for (const file of files) {
    if (from === folder || quickState(folder, file) === 'ok') continue;
    // A file that cannot be copied (disk full, unreadable) does not undo the verified database backup: it is reported.
    if (!(await copyVerified(from, folder, file).catch(() => false))) missing.push(file.sha256);
  }
  const note = !files.length
    ? '数据中没有附件。'
    : missing.length
      ? `附件 ${files.length} 个，其中 ${missing.length} 个在数据文件夹中已缺失或被改动，未能备份；其余已复制到备份旁的 attachments 文件夹。`
      : `附件 ${files.length} 个已一并备份到备份文件旁的 attachments 文件夹（移动或复制备份时请连同该文件夹）。`;
  return { folder, total: files.length, missing, note };
}

export interface BroughtBack {
  total: number;
  /** Copied from beside the backup into the data folder. */
  restored: number;
  /** Neither in the data folder nor beside the backup: shown as 文件缺失 on their records. */
  missing: number;
  note: string;
}

/** After the data file was replaced by `backupPath`: the restored data's files, back into the data folder. */
export async function bringBackAttachments(restored: Pick<OpenDatabase, 'db' | 'path'>, backupPath: string): Promise<BroughtBack> {
  const to = attachmentsDirFor(restored.path);
  const from = attachmentsDirFor(backupPath);
  const files = await selectAllFiles(restored.db);
  let copied = 0;
  let missing = 0;
  for (const file of files) {
    if (quickState(to, file) === 'ok') continue;
    if (from !== to && (await copyVerified(from, to, file).catch(() => false))) copied++;
    else missing++;
  }
  const note = !files.length
    ? '恢复的数据中没有附件。'
    : missing
      ? `恢复的数据有附件 ${files.length} 个，其中 ${missing} 个在备份旁的 attachments 文件夹中也找不到，相关记录中会显示“文件缺失”。`
      : `恢复的数据有附件 ${files.length} 个，均已就位。`;
  return { total: files.length, restored: copied, missing, note };
}
