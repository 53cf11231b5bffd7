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
  for (const planned of plan.update) await updateMemberRow(trx, planned.memberId, row(await keepOnFile(trx, planned)), now);
}

const columnOf = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** An update leaves the fields whose cell could not be read as they are on file. */
async function keepOnFile(trx: Transaction<Database>, planned: PlannedRow & { memberId: number }): Promise<PlannedRow> {
  const kept = planned.dropped.filter((f) => f !== 'roles' && f !== 'tags' && f !== 'zoneId');
  if (!kept.length) return planned;
  const onFile = (await trx.selectFrom('member').selectAll().where('id', '=', planned.memberId).executeTakeFirstOrThrow()) as Record<string, unknown>;
  const fields = { ...planned.fields } as Record<string, unknown>;
  for (const f of kept) fields[f] = onFile[columnOf(f)];
  return { ...planned, fields: fields as PlannedRow['fields'] };
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
