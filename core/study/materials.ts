/** 学习材料 library: reusable documents linked to any number of sessions; found by title and 文号. */
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { MaterialInput } from './schema';

const materialRow = (m: MaterialInput) => ({
  title: m.title,
  issuer: m.issuer,
  doc_number: m.docNumber,
  published_on: m.publishedOn,
  kind: m.kind,
  source: m.source,
  search_text: [m.title, m.docNumber, m.issuer].join('\n').toLowerCase(),
});

const snapshot = (m: MaterialInput) => ({ 标题: m.title, 发文机关: m.issuer, 文号: m.docNumber, 发布日期: m.publishedOn ?? '', 类型: m.kind, 来源: m.source });

export async function listMaterials(ctx: AppContext, f: { query: string }) {
  let q = ctx.db
    .selectFrom('study_material')
    .select(['id', 'title', 'issuer', 'doc_number as docNumber', 'published_on as publishedOn', 'kind', 'source'])
    .select((eb) =>
      eb
        .selectFrom('study_session_material')
        .innerJoin('study_session', 'study_session.id', 'study_session_material.session_id')
        .whereRef('study_session_material.material_id', '=', 'study_material.id')
        .where('study_session.deleted_at', 'is', null)
        .select(eb.fn.countAll<number>().as('n'))
        .as('sessions'),
    )
    .where('deleted_at', 'is', null);
  if (f.query) {
    const like = `%${f.query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb('search_text', 'like', like));
  }
  const rows = await q.orderBy('published_on', 'desc').orderBy('id', 'desc').execute();
  return rows.map((r) => ({ ...r, sessions: Number(r.sessions ?? 0) }));
}

export async function createMaterial(ctx: AppContext, input: MaterialInput) {
  const nowIso = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('study_material')
      .values({ ...materialRow(input), created_at: nowIso, updated_at: nowIso, deleted_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', entity: 'study_material', entityId: id, label: input.title, after: snapshot(input) });
    return { id };
  });
}

export async function updateMaterial(ctx: AppContext, id: number, input: MaterialInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('study_material').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的学习材料，可能已被删除。`);
    await trx.updateTable('study_material').set({ ...materialRow(input), updated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
    const before = snapshot({ title: row.title, issuer: row.issuer, docNumber: row.doc_number, publishedOn: row.published_on, kind: row.kind, source: row.source });
    await recordAudit(trx, ctx, { action: 'update', entity: 'study_material', entityId: id, label: input.title, before, after: snapshot(input) });
    return { id };
  });
}
