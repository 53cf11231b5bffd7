/** How backups read on screen. */
import dayjs from 'dayjs';
import type { ApiOutput } from '../../core/api/types';
import type { ApiTable } from '../../core/api';

export type BackupList = ApiOutput<ApiTable, 'backup', 'list'>;
export type BackupEntry = BackupList['backups'][number];
export type Holds = NonNullable<BackupEntry['holds']>;

export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY年M月D日 HH:mm') : '—');

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** One line: 幸福里社区妇联 · 妇女 1,234 人 · 会议记录 12 条 */
export function describeHolds(holds: Holds | undefined, withName = true): string {
  if (!holds) return '无法读取';
  const parts = [
    ...(withName ? [holds.branchName || '（未填写妇联名称）'] : []),
    `妇女 ${holds.memberCount.toLocaleString('zh-CN')} 人`,
    ...holds.records.filter((r) => r.table !== 'member').map((r) => `${r.label} ${r.count.toLocaleString('zh-CN')} 条`),
  ];
  return parts.join(' · ');
}
