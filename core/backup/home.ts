/**
 * The 首页's backup line: when this data file was last backed up (automatic or
 * 手动, read from the backups' names in its folder, no file opened), warning
 * after 7 days, error after 30 or when there is none yet.
 */
import type { AppContext } from '../context';
import type { HomeSource, Severity } from '../home/entry';
import { backupsDirFor, backupsRootFor } from './names';
import { backupNamesIn } from './service';

export const BACKUP_WARN_DAYS = 7;
export const BACKUP_ERROR_DAYS = 30;

export interface BackupStatus {
  /** ISO time of the newest backup, or null. */
  lastAt: string | null;
  /** Whole days since then. */
  ageDays: number | null;
  severity: Severity;
  text: string;
}

export function backupStatus(ctx: Pick<AppContext, 'dbPath' | 'now'>): BackupStatus {
  const dates = [...backupNamesIn(backupsDirFor(ctx.dbPath)), ...backupNamesIn(backupsRootFor(ctx.dbPath))]
    .filter((b) => b.kind === 'auto' || b.kind === 'manual')
    .map((b) => b.date.getTime());
  if (!dates.length) return { lastAt: null, ageDays: null, severity: 'error', text: '这个数据文件还没有备份过，请立即备份。' };
  const last = Math.max(...dates);
  const ageDays = Math.floor((ctx.now().getTime() - last) / 86_400_000);
  const severity: Severity = ageDays > BACKUP_ERROR_DAYS ? 'error' : ageDays > BACKUP_WARN_DAYS ? 'warning' : 'info';
  const when = ageDays <= 0 ? '今天' : `${ageDays}天前`;
  const text = severity === 'info' ? `最近一次备份在${when}。` : `最近一次备份在${when}，已超过${severity === 'error' ? BACKUP_ERROR_DAYS : BACKUP_WARN_DAYS}天，请立即备份。`;
  return { lastAt: new Date(last).toISOString(), ageDays, severity, text };
}

/** No entries of its own: the 首页 shows `backup` (this status) as its own line, with 立即备份. */
export const backupHome: HomeSource = { module: 'backup', needs: 'backup.list' };
