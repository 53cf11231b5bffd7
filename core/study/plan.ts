/**
 * 年度学习计划: planned topics by month with planned 形式 and 主讲人, and the plan
 * set against what was held — per month, months with no session flagged, each
 * plan item with the sessions that fulfil it.
 */
import type { AppContext } from '../context';
import { recordAudit } from '../audit/record';
import { AppError } from '../errors';
import type { PlanItemInput } from './schema';

type PlanFields = Pick<PlanItemInput, 'year' | 'month' | 'topic' | 'speaker' | 'note'> & { form: string };
const snapshot = (p: PlanFields) => ({ 年度: p.year, 月份: p.month, 学习主题: p.topic, 学习形式: p.form, 主讲人: p.speaker, 备注: p.note });
const label = (p: Pick<PlanItemInput, 'year' | 'month' | 'topic'>) => `${p.year}年${p.month}月 ${p.topic}`;

export async function planItems(ctx: Pick<AppContext, 'db'>, year: number) {
  return ctx.db.selectFrom('study_plan_item').select(['id', 'year', 'month', 'topic', 'form', 'speaker', 'note']).where('year', '=', year).orderBy('month').orderBy('id').execute();
}

export async function savePlanItem(ctx: AppContext, input: PlanItemInput) {
  const nowIso = ctx.now().toISOString();
  const values = { year: input.year, month: input.month, topic: input.topic, form: input.form, speaker: input.speaker, note: input.note };
  return ctx.db.transaction().execute(async (trx) => {
    if (input.id === undefined) {
      const { id } = await trx.insertInto('study_plan_item').values({ ...values, created_at: nowIso, updated_at: nowIso }).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, ctx, { action: 'create', entity: 'study_plan', entityId: id, label: label(input), after: snapshot(input) });
      return { id };
    }
    const row = await trx.selectFrom('study_plan_item').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${input.id} 的学习计划。`);
    const linked = await trx.selectFrom('study_session').select('date').where('plan_item_id', '=', input.id).where('deleted_at', 'is', null).execute();
    if (row.year !== input.year && linked.length) throw new AppError('CONFLICT', `计划“${row.topic}”已有学习记录对应，不能改到其他年度。`);
    await trx.updateTable('study_plan_item').set({ ...values, updated_at: nowIso }).where('id', '=', input.id).execute();
    await recordAudit(trx, ctx, { action: 'update', entity: 'study_plan', entityId: input.id, label: label(input), before: snapshot(row), after: snapshot(input) });
    return { id: input.id };
  });
}

/** A plan item no session fulfils can go; one with sessions is kept (the ledger shows the link). */
export async function removePlanItem(ctx: AppContext, id: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('study_plan_item').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的学习计划。`);
    const linked = await trx.selectFrom('study_session').select('title').where('plan_item_id', '=', id).where('deleted_at', 'is', null).execute();
    if (linked.length) throw new AppError('CONFLICT', `计划“${row.topic}”已有学习记录《${linked[0]!.title}》对应，不能删除。`);
    await trx.updateTable('study_session').set({ plan_item_id: null }).where('plan_item_id', '=', id).execute();
    await trx.deleteFrom('study_plan_item').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'delete', entity: 'study_plan', entityId: id, label: label(row), before: snapshot(row) });
    return { id };
  });
}

export interface PlanMonth {
  month: number;
  planned: Array<{ id: number; topic: string; form: string; speaker: string; note: string; sessions: Array<{ id: number; title: string; date: string }> }>;
  held: Array<{ id: number; title: string; date: string; form: string; status: string; planItemId: number | null }>;
  /** No session held this month. */
  empty: boolean;
  /** Planned items of this month that no session fulfils. */
  unfulfilled: number;
}

/** Planned vs held for every month of a year (all 12 listed). A session counts in the month of its date. */
export async function planVsHeld(ctx: Pick<AppContext, 'db'>, year: number) {
  const [items, sessions] = await Promise.all([
    planItems(ctx, year),
    ctx.db
      .selectFrom('study_session')
      .select(['id', 'title', 'date', 'form', 'status', 'plan_item_id as planItemId'])
      .where('deleted_at', 'is', null)
      .where('date', '>=', `${year}-01-01`)
      .where('date', '<=', `${year}-12-31`)
      .orderBy('date')
      .orderBy('id')
      .execute(),
  ]);
  const months: PlanMonth[] = Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const planned = items
      .filter((p) => p.month === month)
      .map((p) => ({ id: p.id, topic: p.topic, form: p.form, speaker: p.speaker, note: p.note, sessions: sessions.filter((s) => s.planItemId === p.id).map(({ id, title, date }) => ({ id, title, date })) }));
    const held = sessions.filter((s) => Number(s.date.slice(5, 7)) === month);
    return { month, planned, held, empty: held.length === 0, unfulfilled: planned.filter((p) => p.sessions.length === 0).length };
  });
  return {
    year,
    months,
    totals: {
      planned: items.length,
      fulfilled: items.filter((p) => sessions.some((s) => s.planItemId === p.id)).length,
      held: sessions.length,
      unplanned: sessions.filter((s) => s.planItemId === null).length,
      emptyMonths: months.filter((m) => m.empty).map((m) => m.month),
    },
  };
}
export type PlanVsHeld = Awaited<ReturnType<typeof planVsHeld>>;
