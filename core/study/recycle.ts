/**
 * Study sessions and materials in the 回收站. Only a 草稿 session can be deleted
 * (a 定稿 one is corrected by 更正); a material still linked to a session stays.
 * Purging a session removes its attendance, 发言, 补学 and links (ON DELETE CASCADE).
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { RecycleType } from '../recycle/registry';
import { FINAL } from '../records/lock';
import { sessionSnapshot } from './audit';

export const studyRecycle: RecycleType = {
  type: 'study',
  title: '学习记录',
  table: 'study_session',
  labelColumn: 'title',
  snapshot: sessionSnapshot,
  async refuseDelete(trx, id) {
    const s = await trx.selectFrom('study_session').select(['title', 'status']).where('id', '=', id).executeTakeFirst();
    if (s?.status !== FINAL) return null;
    return `学习记录《${s.title}》已定稿，不能删除。如需更正，请在记录中添加“更正”并写明原因。`;
  },
};

export const studyMaterialRecycle: RecycleType = {
  type: 'study_material',
  title: '学习材料',
  table: 'study_material',
  labelColumn: 'title',
  async snapshot(db, id) {
    const m = await db.selectFrom('study_material').selectAll().where('id', '=', id).executeTakeFirst();
    return m ? { 标题: m.title, 发文机关: m.issuer, 文号: m.doc_number, 发布日期: m.published_on ?? '', 类型: m.kind, 来源: m.source } : null;
  },
  async refuseDelete(trx, id) {
    const linked = await trx
      .selectFrom('study_session_material')
      .innerJoin('study_session', 'study_session.id', 'study_session_material.session_id')
      .select('study_session.title')
      .where('study_session_material.material_id', '=', id)
      .where('study_session.deleted_at', 'is', null)
      .executeTakeFirst();
    return linked ? `这份学习材料已用于学习记录《${linked.title}》，不能删除。` : null;
  },
  async refusePurge(trx, id) {
    const linked = await trx.selectFrom('study_session_material').select('session_id').where('material_id', '=', id).executeTakeFirst();
    return linked ? '回收站中的学习记录仍引用这份学习材料，请先彻底删除那条学习记录。' : null;
  },
};

/** Study sessions that name a member (主持人, 主讲人, 记录人, 参加人员): she cannot be purged while they do. */
export async function sessionsNaming(trx: Transaction<Database>, memberId: number) {
  const rows = await trx
    .selectFrom('study_session')
    .select(['title', 'date'])
    .where((eb) =>
      eb.or([
        eb('host_member_id', '=', memberId),
        eb('speaker_member_id', '=', memberId),
        eb('recorder_member_id', '=', memberId),
        eb('id', 'in', eb.selectFrom('study_attendee').select('session_id').where('member_id', '=', memberId)),
      ]),
    )
    .orderBy('date')
    .limit(4)
    .execute();
  return rows.map((r) => `${r.date}“${r.title}”`);
}
