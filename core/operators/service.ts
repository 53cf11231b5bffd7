/** 设置 → 操作员: profiles, roles, passwords, the idle-lock minutes. At least one 管理员 always remains. */
import { selectOperators, readAppSetting, writeAppSetting } from '../../db/operators/queries';
import { deleteFontSize } from '../../db/font/queries';
import type { OperatorRole } from '../../db/schema';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { hashPassword } from './password';

export const IDLE_MINUTES_KEY = 'lock.idleMinutes';
export const DEFAULT_IDLE_MINUTES = 15;

export const idleMinutes = (ctx: AppContext) => readAppSetting(ctx.db, IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES);

export async function listOperators(ctx: AppContext) {
  const rows = await selectOperators(ctx.db);
  return {
    operators: rows.map((o) => ({ id: o.id, name: o.name, role: o.role, hasPassword: o.has_password, createdAt: o.created_at })),
    idleMinutes: await idleMinutes(ctx),
  };
}

const notFound = (id: number) => new AppError('NOT_FOUND', `找不到编号为 ${id} 的操作员，可能已被删除`);
const lastAdmin = () => new AppError('CONFLICT', '至少要保留一位管理员，否则没有人能管理操作员和恢复备份。');

export async function saveOperator(ctx: AppContext, input: { id?: number; name: string; role: OperatorRole }) {
  const now = ctx.now().toISOString();
  const result = await ctx.db.transaction().execute(async (trx) => {
    const all = await trx.selectFrom('operator').select(['id', 'name', 'role']).execute();
    const clash = all.find((o) => o.name === input.name && o.id !== input.id);
    if (clash) throw new AppError('CONFLICT', `已有名为“${input.name}”的操作员，请换一个名字（可加上姓氏或编号区分）`, { field: 'name' });
    if (input.id === undefined) {
      if (!all.length && input.role !== '管理员') {
        throw new AppError('VALIDATION', '第一位操作员必须是管理员', { field: 'role' });
      }
      const { id } = await trx
        .insertInto('operator')
        .values({ name: input.name, role: input.role, password_hash: null, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, ctx, { action: 'create', entity: 'operator', entityId: id, label: input.name, after: { 姓名: input.name, 角色: input.role } });
      return { id, first: !all.length };
    }
    const existing = all.find((o) => o.id === input.id);
    if (!existing) throw notFound(input.id);
    const adminsAfter = all.filter((o) => (o.id === input.id ? input.role : o.role) === '管理员').length;
    if (adminsAfter === 0) throw lastAdmin();
    await trx.updateTable('operator').set({ name: input.name, role: input.role, updated_at: now }).where('id', '=', input.id).execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: 'operator',
      entityId: input.id,
      label: input.name,
      before: { 姓名: existing.name, 角色: existing.role },
      after: { 姓名: input.name, 角色: input.role },
    });
    return { id: input.id, first: false };
  });
  // Whoever set up the first operator carries on as her, instead of meeting a lock screen.
  if (result.first) ctx.session?.signIn(result.id);
  return { id: result.id };
}

export async function setOperatorPassword(ctx: AppContext, id: number, password: string | null) {
  const hash = password === null ? null : await hashPassword(password);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('operator').select(['name']).where('id', '=', id).executeTakeFirst();
    if (!existing) throw notFound(id);
    await trx.updateTable('operator').set({ password_hash: hash, updated_at: ctx.now().toISOString() }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'update', entity: 'operator', entityId: id, label: existing.name, detail: hash ? '设置了密码' : '清除了密码' });
  });
  // Setting a password must not lock out the person doing it.
  if (ctx.session && ctx.operator?.id != null && !ctx.session.locked) ctx.session.signIn(ctx.operator.id);
  return { id, hasPassword: hash !== null };
}

export async function deleteOperator(ctx: AppContext, id: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const all = await trx.selectFrom('operator').select(['id', 'name', 'role']).execute();
    const existing = all.find((o) => o.id === id);
    if (!existing) throw notFound(id);
    if (!all.some((o) => o.id !== id && o.role === '管理员')) throw lastAdmin();
    await trx.deleteFrom('operator').where('id', '=', id).execute();
    await deleteFontSize(trx, id);
    await recordAudit(trx, ctx, { action: 'delete', entity: 'operator', entityId: id, label: existing.name, before: { 姓名: existing.name, 角色: existing.role } });
  });
  return { id };
}

export async function saveIdleMinutes(ctx: AppContext, minutes: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await readAppSetting(trx, IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES);
    await writeAppSetting(trx, IDLE_MINUTES_KEY, minutes);
    await recordAudit(trx, ctx, { action: 'update', entity: 'lock_settings', label: '无操作自动锁定', before: { 分钟: before }, after: { 分钟: minutes } });
  });
  return { idleMinutes: minutes };
}
