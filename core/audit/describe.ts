/** One audit row as lines a person reads: the note, then "字段：旧 → 新" (values already masked by the core). */
interface Described {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  detail: string;
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : String(v));

const filled = (v: unknown) => v !== null && v !== undefined && v !== '';

/**
 * An update: one "姓名：王芳 → 王芳芳" line per changed field. A create or
 * delete: its filled-in values on one line ("姓名：王芳；身份证号：…").
 */
export function describeChange(row: Pick<Described, 'before' | 'after'>): string[] {
  if (row.before && row.after) {
    const keys = [...new Set([...Object.keys(row.before), ...Object.keys(row.after)])];
    return keys.map((k) => `${k}：${show(row.before![k])} → ${show(row.after![k])}`);
  }
  const values = Object.entries(row.after ?? row.before ?? {}).filter(([, v]) => filled(v));
  return values.length ? [values.map(([k, v]) => `${k}：${String(v)}`).join('；')] : [];
}

/** The note first, then the changes: the viewer's 内容 column. */
export function describeRow(row: Described): string[] {
  return row.detail ? [row.detail, ...describeChange(row)] : describeChange(row);
}
