import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface AuditFilter {
  /** Inclusive 'YYYY-MM-DD' dates, local time (UTC+8 is the app's zone: from/to are compared on the stored ISO time shifted by the caller). */
  fromIso?: string;
  toIso?: string;
  operator?: string;
  action?: string;
  entityType?: string;
  text?: string;
}

function filtered(db: Kysely<Database>, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.fromIso) q = q.where('at', '>=', f.fromIso);
  if (f.toIso) q = q.where('at', '<', f.toIso);
  if (f.operator) q = q.where('operator_name', '=', f.operator);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.text) {
    const text = f.text;
    q = q.where((eb) =>
      eb.or(
        (['label', 'detail', 'before_json', 'after_json'] as const).map((c) => eb(eb.fn('instr', [eb.ref(c), eb.val(text)]), '>', 0)),
      ),
    );
  }
  return q;
}

/** One page, newest first, and how many match. */
export async function selectAuditPage(db: Kysely<Database>, f: AuditFilter, offset: number, limit: number) {
  const rows = await filtered(db, f).selectAll().orderBy('at', 'desc').orderBy('id', 'desc').offset(offset).limit(limit).execute();
  const count = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

export function selectOperatorNames(db: Kysely<Database>) {
  return db.selectFrom('audit_log').select('operator_name').distinct().orderBy('operator_name').execute();
}
