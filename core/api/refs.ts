/**
 * Ids that point at another record are checked here, in the handler, before
 * anything is written: a missing 主持人 or 参会人员 is a Chinese NOT_FOUND that
 * names the field, never the database's foreign-key failure (INTERNAL).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';

/** Tables other records point at, and how a person calls one of their rows. */
const NOUN = {
  member: '成员',
  zone: '片区',
  meeting: '会议记录',
  meeting_type: '会议类型',
  meeting_action: '行动事项',
  operator: '操作员',
  delib_item: '议题',
  delib_unit: '承办单位',
  archive_item: '档案条目',
  archive_box: '档案盒',
} as const;
export type ReferencedTable = keyof typeof NOUN;

export interface Reference {
  id: number | null | undefined;
  /** The field as the form names it: “主持人”, “参会人员第3行”, “片区”. */
  field: string;
}

/**
 * Throws NOT_FOUND for the first reference whose id is not a row of `table`
 * (null/undefined ids mean "none chosen" and pass). One query for all of them.
 * Rows in the recycle bin still exist and pass: a record keeps pointing at a
 * member deleted after it was written.
 */
export async function assertReferencesExist(
  db: Kysely<Database>,
  table: ReferencedTable,
  references: readonly Reference[],
): Promise<void> {
  const wanted = [...new Set(references.map((r) => r.id).filter((id): id is number => typeof id === 'number'))];
  if (!wanted.length) return;
  const found = new Set<number>();
  // Chunks keep the statement under SQLite's bound-parameter limit.
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db
      .selectFrom(table)
      .select('id')
      .where('id', 'in', wanted.slice(i, i + 500))
      .execute();
    for (const row of rows) found.add(Number(row.id));
  }
  const missing = references.find((r) => typeof r.id === 'number' && !found.has(r.id));
  if (missing) {
    throw new AppError('NOT_FOUND', `${missing.field}：找不到编号为 ${missing.id} 的${NOUN[table]}，可能已被删除，请重新选择`, {
      field: missing.field,
      table,
      id: missing.id,
    });
  }
}
