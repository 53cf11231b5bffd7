/** Soft delete, the 回收站 list, restore and purge for every registered kind of record; each audited in its transaction. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { dropAttachmentsOf, deleteUnusedFiles } from '../attachments/service';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { RECYCLE_TYPES, recycleType, type RecycleType } from './registry';

function typeOf(type: string): RecycleType {
  const found = recycleType(type);
  if (!found) throw new AppError('VALIDATION', `回收站不支持这类记录（${type}）`);
  return found;
}

async function rowOf(db: Kysely<Database>, t: RecycleType, id: number) {
  const { rows } = await sql<{ id: number; label: string; deleted_at: string | null }>`
    select id, ${sql.ref(t.labelColumn)} as label, deleted_at from ${sql.table(t.table)} where id = ${id}`.execute(db);
  return rows[0];
}

const setDeletedAt = (db: Kysely<Database>, t: RecycleType, id: number, value: string | null) =>
  sql`update ${sql.table(t.table)} set deleted_at = ${value} where id = ${id}`.execute(db);

/** 删除: the record leaves every list and waits in the 回收站. */
export async function deleteRecord(ctx: AppContext, type: string, id: number) {
  const t = typeOf(type);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, t, id);
    if (!row || row.deleted_at) throw new AppError('NOT_FOUND', `找不到这条${t.title}记录（编号 ${id}），可能已被删除`);
    const refusal = await t.refuseDelete?.(trx, id);
    if (refusal) throw new AppError('CONFLICT', refusal);
    const before = (await t.snapshot?.(trx, id)) ?? null;
    await setDeletedAt(trx, t, id, ctx.now().toISOString());
    await recordAudit(trx, ctx, { action: 'delete', entity: t.type, entityId: id, label: row.label, before, detail: '移入回收站' });
    return { id, label: row.label };
  });
}

export async function restoreRecord(ctx: AppContext, type: string, id: number) {
  const t = typeOf(type);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, t, id);
    if (!row?.deleted_at) throw new AppError('NOT_FOUND', `回收站中没有这条${t.title}记录（编号 ${id}），可能已被恢复或彻底删除`);
    await setDeletedAt(trx, t, id, null);
    await recordAudit(trx, ctx, { action: 'restore', entity: t.type, entityId: id, label: row.label });
    return { id, label: row.label };
  });
}

/** 彻底删除: only from the 回收站, after the UI's confirmation; the audit log keeps what was removed (masked). */
export async function purgeRecord(ctx: AppContext, type: string, id: number) {
  const t = typeOf(type);
  const { unusedFiles, ...purged } = await ctx.db.transaction().execute(async (trx) => {
    const row = await rowOf(trx, t, id);
    if (!row?.deleted_at) throw new AppError('NOT_FOUND', `回收站中没有这条${t.title}记录（编号 ${id}），只有回收站中的记录可以彻底删除`);
    const refusal = await t.refusePurge?.(trx, id);
    if (refusal) throw new AppError('CONFLICT', refusal);
    const before = (await t.snapshot?.(trx, id)) ?? null;
    await sql`delete from ${sql.table(t.table)} where id = ${id}`.execute(trx);
    const unusedFiles = await dropAttachmentsOf(trx, { type: t.type, id });
    await recordAudit(trx, ctx, { action: 'purge', entity: t.type, entityId: id, label: row.label, before });
    return { id, label: row.label, unusedFiles };
  });
  deleteUnusedFiles(ctx, unusedFiles); // after the commit: a purge that failed keeps its files
  return purged;
}

export interface RecycledItem {
  type: string;
  typeTitle: string;
  id: number;
  label: string;
  deletedAt: string;
  deletedBy: string;
}

/** Everything in the 回收站, newest deletion first, with who deleted it (from the audit log). */
export async function listRecycled(ctx: AppContext, filter: { type?: string; page: number; pageSize: number }) {
  const types = filter.type ? [typeOf(filter.type)] : RECYCLE_TYPES;
  const items: RecycledItem[] = [];
  for (const t of types) {
    const { rows } = await sql<{ id: number; label: string; deleted_at: string; deleted_by: string | null }>`
      select r.id, r.${sql.ref(t.labelColumn)} as label, r.deleted_at,
        (select a.operator_name from audit_log a
          where a.entity_type = ${t.type} and a.entity_id = r.id and a.action = 'delete'
          order by a.id desc limit 1) as deleted_by
      from ${sql.table(t.table)} r where r.deleted_at is not null`.execute(ctx.db);
    items.push(
      ...rows.map((r) => ({
        type: t.type,
        typeTitle: t.title,
        id: r.id,
        label: r.label,
        deletedAt: r.deleted_at,
        deletedBy: r.deleted_by ?? '（未记录）',
      })),
    );
  }
  items.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || b.id - a.id);
  const start = (filter.page - 1) * filter.pageSize;
  return { total: items.length, items: items.slice(start, start + filter.pageSize) };
}
