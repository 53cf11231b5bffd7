/**
 * Writing the audit log. Services call recordAudit with their own transaction,
 * so the row commits with the change or not at all (and a failing insert rolls
 * the change back). Read-only events (export, print, reveal) are one insert.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppContext } from '../context';
import { IMPLICIT_ADMIN } from '../operators/roles';
import { clipText, maskSensitive } from './mask';
import type { AuditAction } from './names';

export interface AuditEntry {
  action: AuditAction;
  /** 'member', 'zone', … (core/audit/names.ts ENTITY_TYPES). */
  entity: string;
  entityId?: number | null;
  /** What a person recognises: the member's name, the meeting's title. */
  label: string;
  /** Snapshots with readable keys (姓名, 身份证号 …); masked before storing. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  detail?: string;
}

/** For an update, only the fields that changed, on both sides. */
function changedOnly(before: Record<string, unknown>, after: Record<string, unknown>) {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  return [Object.fromEntries(keys.map((k) => [k, before[k]])), Object.fromEntries(keys.map((k) => [k, after[k]]))];
}

const json = (value: Record<string, unknown> | null | undefined) =>
  value ? JSON.stringify(maskSensitive(value)) : null;

export async function recordAudit(db: Kysely<Database>, ctx: Pick<AppContext, 'now' | 'operator'>, entry: AuditEntry) {
  const operator = ctx.operator ?? IMPLICIT_ADMIN;
  const [before, after] =
    entry.before && entry.after ? changedOnly(entry.before, entry.after) : [entry.before ?? null, entry.after ?? null];
  await db
    .insertInto('audit_log')
    .values({
      at: ctx.now().toISOString(),
      operator_id: operator.id,
      operator_name: operator.name,
      action: entry.action,
      entity_type: entry.entity,
      entity_id: entry.entityId ?? null,
      label: clipText(String(maskSensitive(entry.label)), 200),
      before_json: json(before),
      after_json: json(after),
      detail: clipText(String(maskSensitive(entry.detail ?? '')), 1000),
    })
    .execute();
}

/** A read-only event (export, print, reveal): nothing else to commit with. */
export const recordEvent = (ctx: AppContext, entry: AuditEntry) => recordAudit(ctx.db, ctx, entry);
