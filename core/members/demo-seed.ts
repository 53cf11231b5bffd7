/** Writes demo members (and their zones) in one transaction through the normal batched insert. */
import { insertMemberRows } from '../../db/members/queries';
import type { AppContext } from '../context';
import { demoMembers, DEMO_ZONES } from './demo';
import { today, toMemberRow } from './service';

export async function seedDemoMembers(ctx: AppContext, count: number, seed?: number) {
  const members = demoMembers(count, seed, today(ctx));
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const zoneIds = new Map<string, number>();
    for (const [i, name] of DEMO_ZONES.entries()) {
      const existing = await trx.selectFrom('zone').select('id').where('name', '=', name).executeTakeFirst();
      const id = existing?.id ?? (await trx.insertInto('zone').values({ name, sort_order: i, created_at: now }).returning('id').executeTakeFirstOrThrow()).id;
      zoneIds.set(name, id);
    }
    const taken = new Set(
      (await trx.selectFrom('member').select('id_number').execute()).map((r) => r.id_number),
    );
    const rows = members
      .filter((m) => !taken.has(m.idNumber))
      .map((m) => toMemberRow({ ...m, zoneId: zoneIds.get(m.zoneName) ?? null }));
    const ids = await insertMemberRows(trx, rows, now, today(ctx));
    return { inserted: ids.length, skippedExisting: members.length - rows.length, zones: DEMO_ZONES.length };
  });
}
