/** How a 议题 reads in the audit log (masked when stored) and the 回收站. */
import type { Kysely } from 'kysely';
import { selectItemRow, selectSeconders } from '../../db/deliberation/queries';
import type { Database } from '../../db/schema';

export async function itemSnapshot(db: Kysely<Database>, id: number): Promise<Record<string, unknown> | null> {
  const row = await selectItemRow(db, id, { includeDeleted: true });
  if (!row) return null;
  const seconders = await selectSeconders(db, [id]);
  return {
    编号: row.code,
    标题: row.title,
    诉求内容: row.content,
    来源: row.source,
    类别: row.category,
    议事方式: row.method,
    提出日期: row.raised_on,
    提出人: row.proposer_member_id !== null ? row.proposer_name : `${row.proposer_name}（居民，经${row.via_name ?? ''}转达）`,
    联系方式: row.proposer_contact,
    附议人: seconders.map((s) => s.name).join('、'),
    状态: row.state,
  };
}
