/**
 * 补学: a 缺席/请假 person of a finalized session makes it up later (self-study of
 * the same material, a short 心得) and earns the 补学's hours — counted in the
 * session's year. Refused for someone who attended, before the session's date,
 * on a draft (attendance may still change), and twice for the same person.
 */
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { FINAL } from '../records/lock';
import { toHalves } from './hours';
import type { MakeupInput } from './schema';

async function attendeeOf(trx: AppContext['db'], attendeeId: number) {
  const a = await trx
    .selectFrom('study_attendee')
    .innerJoin('study_session', 'study_session.id', 'study_attendee.session_id')
    .select(['study_attendee.id', 'study_attendee.name', 'study_attendee.attendance', 'study_session.id as sessionId', 'study_session.title', 'study_session.date', 'study_session.status'])
    .where('study_attendee.id', '=', attendeeId)
    .where('study_session.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!a) throw new AppError('NOT_FOUND', `找不到这位参加人员（编号 ${attendeeId}），学习记录可能已被删除。`);
  return a;
}

export async function addMakeup(ctx: AppContext, input: MakeupInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const a = await attendeeOf(trx, input.attendeeId);
    if (a.attendance !== '缺席' && a.attendance !== '请假') {
      throw new AppError('VALIDATION', `${a.name}在学习记录《${a.title}》中为${a.attendance}，不需要补学。`);
    }
    if (a.status !== FINAL) throw new AppError('VALIDATION', `学习记录《${a.title}》还是草稿，定稿后才能登记补学。`);
    if (input.date <= a.date) throw new AppError('VALIDATION', `补学日期（${input.date}）应晚于学习日期（${a.date}）。`);
    const existing = await trx.selectFrom('study_makeup').select('id').where('attendee_id', '=', a.id).executeTakeFirst();
    if (existing) throw new AppError('CONFLICT', `${a.name}已登记过这次学习的补学，如需修改请先删除原补学记录。`);
    const { id } = await trx
      .insertInto('study_makeup')
      .values({ attendee_id: a.id, date: input.date, method: input.method, reflection: input.reflection, hours_halves: toHalves(input.hours), created_at: ctx.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'create',
      entity: 'study_makeup',
      entityId: id,
      label: a.name,
      after: { 补学人: a.name, 学习记录: a.title, 补学日期: input.date, 补学方式: input.method, 补学心得: input.reflection, 补学学时: input.hours },
      detail: `学习记录《${a.title}》的补学`,
    });
    return { id, sessionId: a.sessionId };
  });
}

/** Removes a 补学 entered by mistake (audited with what it held). */
export async function removeMakeup(ctx: AppContext, makeupId: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const m = await trx
      .selectFrom('study_makeup')
      .innerJoin('study_attendee', 'study_attendee.id', 'study_makeup.attendee_id')
      .innerJoin('study_session', 'study_session.id', 'study_attendee.session_id')
      .select(['study_makeup.id', 'study_makeup.date', 'study_makeup.method', 'study_makeup.hours_halves', 'study_attendee.name', 'study_session.title', 'study_session.id as sessionId'])
      .where('study_makeup.id', '=', makeupId)
      .executeTakeFirst();
    if (!m) throw new AppError('NOT_FOUND', `找不到编号为 ${makeupId} 的补学记录。`);
    await trx.deleteFrom('study_makeup').where('id', '=', makeupId).execute();
    await recordAudit(trx, ctx, {
      action: 'delete',
      entity: 'study_makeup',
      entityId: makeupId,
      label: m.name,
      before: { 补学人: m.name, 学习记录: m.title, 补学日期: m.date, 补学方式: m.method, 补学学时: m.hours_halves / 2 },
      detail: `学习记录《${m.title}》的补学`,
    });
    return { id: makeupId, sessionId: m.sessionId };
  });
}
