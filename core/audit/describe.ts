/** One audit row as lines a person reads: the note, then "字段：旧 → 新" (values already masked by the core). */
interface Described {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  detail: string;
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : String(v));

/** "姓名：王芳 → 王芳芳" lines; a create or delete lists its values alone. */
export function describeChange(row: Pick<Described, 'before' | 'after'>): string[] {
  const keys = [...new Set([...Object.keys(row.before ?? {}), ...Object.keys(row.after ?? {})])];
  const changes = keys.map((k) =>
    row.before && row.after ? `${k}：${show(row.before[k])} → ${show(row.after[k])}` : `${k}：${show((row.after ?? row.before)?.[k])}`,
  );
  return changes;
}

/** The note first, then the changes: the viewer's 内容 column. */
export function describeRow(row: Described): string[] {
  return row.detail ? [row.detail, ...describeChange(row)] : describeChange(row);
}
