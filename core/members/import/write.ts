/** Writing a checked plan: new 片区 first, then members, all inside the caller's transaction. */
import type { Transaction } from 'kysely';
import { insertMemberRows, updateMemberRow } from '../../../db/members/queries';
import type { Database } from '../../../db/schema';
import { toMemberRow } from '../service';
import type { ImportPlan, PlannedRow } from './plan';

export async function writePlan(trx: Transaction<Database>, plan: ImportPlan, now: string, today: string) {
  const zoneIds = await ensureZones(trx, plan.newZones, now);
  const row = (p: PlannedRow) => toMemberRow({ ...p.fields, zoneId: p.zoneName ? (zoneIds.get(p.zoneName) ?? null) : null });
  // Each planned row is converted as it is written, while SQLite writes the rows before it.
  await insertMemberRows(trx, { length: plan.create.length, at: (index) => row(plan.create[index]!) }, now, today);
  for (const planned of plan.update) await updateMemberRow(trx, planned.memberId, row(planned), now);
}

async function ensureZones(trx: Transaction<Database>, newZones: readonly string[], now: string) {
  if (newZones.length) {
    const last = await trx.selectFrom('zone').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst();
    const start = Number(last?.max ?? 0) + 1;
    await trx
      .insertInto('zone')
      .values(newZones.map((name, i) => ({ name, sort_order: start + i, created_at: now })))
      .execute();
  }
  const zones = await trx.selectFrom('zone').select(['id', 'name']).execute();
  return new Map(zones.map((z) => [z.name, z.id]));
}
