/**
 * Names officers understand for the tables a backup holds. A table without a
 * label here is still counted and verified, just not listed in 内容 on screen;
 * modules that add tables add a line here.
 */
export const TABLE_LABELS: Record<string, string> = {
  member: '妇女花名册记录',
  zone: '网格/片区',
  member_status_event: '人员状态变动',
  meeting: '会议记录',
  study_session: '学习记录',
  study_material: '学习材料',
  attachment: '附件',
};

export interface RecordCount {
  table: string;
  label: string;
  count: number;
}

export function labelledCounts(counts: Record<string, number>): RecordCount[] {
  return Object.entries(TABLE_LABELS)
    .filter(([table]) => (counts[table] ?? 0) > 0)
    .map(([table, label]) => ({ table, label, count: counts[table]! }));
}
