/** 学时计算规则 (settings): 全天 8 / 半天 4 / 按实际时长 … filling a session's default hours. */
import { selectHoursRules } from '../../db/study/queries';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { fromHalves, toHalves } from './hours';
import type { HoursRuleInput } from './schema';

export async function listHoursRules(ctx: Pick<AppContext, 'db'>) {
  return (await selectHoursRules(ctx.db)).map((r) => ({ id: r.id, name: r.name, kind: r.kind, hours: fromHalves(r.hours_halves) }));
}

const describe = (r: { name: string; kind: string; hours: number }) => ({ 名称: r.name, 计算方式: r.kind === 'fixed' ? `固定${r.hours}学时` : '按实际时长（取整到半小时）' });

export async function saveHoursRule(ctx: AppContext, input: HoursRuleInput) {
  if (input.kind === 'fixed' && input.hours <= 0) throw new AppError('VALIDATION', `规则“${input.name}”为固定学时，请填写大于0的规则学时。`);
  const values = { name: input.name, kind: input.kind, hours_halves: input.kind === 'fixed' ? toHalves(input.hours) : 0 };
  return ctx.db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('study_hours_rule').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `已有名为“${input.name}”的学时计算规则。`);
    if (input.id === undefined) {
      const max = await trx.selectFrom('study_hours_rule').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
      const { id } = await trx.insertInto('study_hours_rule').values({ ...values, sort_order: Number(max?.m ?? 0) + 1 }).returning('id').executeTakeFirstOrThrow();
      await recordAudit(trx, ctx, { action: 'create', entity: 'study_hours_rule', entityId: id, label: input.name, after: describe(input) });
      return { id };
    }
    const row = await trx.selectFrom('study_hours_rule').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${input.id} 的学时计算规则。`);
    await trx.updateTable('study_hours_rule').set(values).where('id', '=', input.id).execute();
    await recordAudit(trx, ctx, { action: 'update', entity: 'study_hours_rule', entityId: input.id, label: input.name, before: describe({ ...row, hours: fromHalves(row.hours_halves) }), after: describe(input) });
    return { id: input.id };
  });
}
