/** 片区/网格: a short list the officers keep themselves, in their own order. */
import { z } from 'zod';
import { boundedArray, idRef, requiredText } from '../api/schemas';
import { selectZones, zoneUsage } from '../../db/members/roster-queries';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';

export const zoneSaveSchema = z.object({
  id: idRef('片区').optional(),
  name: z.string({ error: '请填写片区名称' }).overwrite((s) => s.normalize('NFKC')).pipe(requiredText('片区名称', 30)),
});

export const zoneIdSchema = z.object({ id: idRef('片区') });
export const zoneOrderSchema = z.object({ ids: boundedArray(idRef('片区'), 1000, '片区') });

export async function listZones(ctx: AppContext) {
  const rows = await selectZones(ctx.db);
  return rows.map((z) => ({ id: z.id, name: z.name, sortOrder: z.sort_order, memberCount: Number(z.member_count ?? 0) }));
}

export async function saveZone(ctx: AppContext, input: z.output<typeof zoneSaveSchema>) {
  return ctx.db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('zone').select('id').where('name', '=', input.name).executeTakeFirst();
    if (clash && clash.id !== input.id) throw new AppError('CONFLICT', `已有名为“${input.name}”的片区`, { field: 'name' });
    if (input.id !== undefined) {
      const old = await trx.selectFrom('zone').select('name').where('id', '=', input.id).executeTakeFirst();
      if (!old) throw new AppError('NOT_FOUND', '该片区已不存在，请刷新后重试');
      await trx.updateTable('zone').set({ name: input.name }).where('id', '=', input.id).execute();
      if (old.name !== input.name) {
        const entry = { entity: 'zone', entityId: input.id, label: input.name };
        await recordAudit(trx, ctx, { ...entry, action: 'update', before: { 片区名称: old.name }, after: { 片区名称: input.name } });
      }
      return { id: input.id };
    }
    const last = await trx.selectFrom('zone').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst();
    const inserted = await trx
      .insertInto('zone')
      .values({ name: input.name, sort_order: Number(last?.max ?? 0) + 1, created_at: ctx.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const entry = { entity: 'zone', entityId: inserted.id, label: input.name };
    await recordAudit(trx, ctx, { ...entry, action: 'create', after: { 片区名称: input.name } });
    return { id: inserted.id };
  });
}

/** Refused while any member (also one in the recycle bin) is filed under the zone. */
export async function deleteZone(ctx: AppContext, id: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const zone = await trx.selectFrom('zone').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
    if (!zone) throw new AppError('NOT_FOUND', '该片区已不存在，请刷新后重试');
    const usage = await zoneUsage(trx, id);
    if (usage.all > 0) {
      const inBin = usage.deleted ? `（其中${usage.deleted}名在回收站中）` : '';
      throw new AppError(
        'CONFLICT',
        `片区“${zone.name}”中还有${usage.all}名成员${inBin}，不能删除。请先把这些成员改到其他片区。`,
        { memberCount: usage.all },
      );
    }
    await trx.deleteFrom('zone').where('id', '=', id).execute();
    const entry = { entity: 'zone', entityId: id, label: zone.name };
    await recordAudit(trx, ctx, { ...entry, action: 'delete', before: { 片区名称: zone.name } });
  });
  return { id };
}

/** The new order, given as every zone id once. */
export async function reorderZones(ctx: AppContext, ids: readonly number[]) {
  await ctx.db.transaction().execute(async (trx) => {
    const names = new Map((await trx.selectFrom('zone').select(['id', 'name']).execute()).map((z) => [z.id, z.name]));
    const existing = [...names.keys()].sort((a, b) => a - b);
    const given = [...new Set(ids)].sort((a, b) => a - b);
    if (given.length !== ids.length || given.join(',') !== existing.join(',')) {
      throw new AppError('CONFLICT', '片区列表已被修改，请刷新后重新排序');
    }
    for (const [i, id] of ids.entries()) await trx.updateTable('zone').set({ sort_order: i + 1 }).where('id', '=', id).execute();
    const order = ids.map((id) => names.get(id)).join('、');
    await recordAudit(trx, ctx, { action: 'update', entity: 'zone', label: '片区顺序', detail: `调整片区顺序：${order}` });
  });
  return listZones(ctx);
}
