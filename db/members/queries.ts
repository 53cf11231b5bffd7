/** Writing member rows (with roles, tags and the status history) in batches. */
import type { Kysely, Transaction } from 'kysely';
import { bulkInsert } from '../bulk';
import type { Database, MemberStatus, MemberTable } from '../schema';

/** A member as written by the form and the importer; status and timestamps are set here. */
export type MemberRow = Omit<
  MemberTable,
  'id' | 'status' | 'status_date' | 'status_reason' | 'created_at' | 'updated_at' | 'deleted_at' | 'stats_code'
>;

export interface MemberLinks {
  roles: readonly string[];
  tags: readonly string[];
}

/** SQLite allows 32,766 bound values per statement; 25 columns × 500 rows stays well under. */
const CHUNK = 500;

function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function insertLinks(trx: Transaction<Database>, memberIds: readonly number[], links: readonly MemberLinks[]) {
  const roles = memberIds.flatMap((id, i) => [...new Set(links[i]!.roles)].map((role) => ({ member_id: id, role })));
  const tags = memberIds.flatMap((id, i) => [...new Set(links[i]!.tags)].map((tag) => ({ member_id: id, tag })));
  await bulkInsert(trx, 'member_role', roles);
  await bulkInsert(trx, 'member_tag', tags);
}

export async function replaceLinks(trx: Transaction<Database>, memberIds: readonly number[], links: readonly MemberLinks[]) {
  for (const ids of chunks(memberIds)) {
    await trx.deleteFrom('member_role').where('member_id', 'in', ids).execute();
    await trx.deleteFrom('member_tag').where('member_id', 'in', ids).execute();
  }
  await insertLinks(trx, memberIds, links);
}

/** Inserts members as 在册, records the first status event, and returns their ids in order. */
export async function insertMemberRows(
  trx: Transaction<Database>,
  rows: readonly (MemberRow & MemberLinks)[],
  now: string,
  today: string,
): Promise<number[]> {
  const memberValues = rows.map(({ roles: _r, tags: _t, ...row }) => ({
    ...row,
    status: '在册' as MemberStatus,
    status_date: null,
    status_reason: '',
    created_at: now,
    updated_at: now,
    deleted_at: null,
  }));
  // RETURNING order is not promised by SQLite: match ids back by ID number.
  const inserted = await bulkInsert(trx, 'member', memberValues, { returning: ['id', 'id_number'] });
  const idOf = new Map(inserted.map((r) => [r.id_number as string, r.id as number]));
  const ids = rows.map((row) => idOf.get(row.id_number)!);
  await insertLinks(trx, ids, rows);
  const events = ids.map((id, i) => ({
    member_id: id,
    status: '在册' as MemberStatus,
    date: rows[i]!.joined_on ?? today,
    reason: '入册',
    created_at: now,
  }));
  await bulkInsert(trx, 'member_status_event', events);
  return ids;
}

export async function updateMemberRow(trx: Transaction<Database>, id: number, row: MemberRow & MemberLinks, now: string) {
  const { roles: _r, tags: _t, ...fields } = row;
  await trx.updateTable('member').set({ ...fields, updated_at: now }).where('id', '=', id).execute();
  await replaceLinks(trx, [id], [row]);
}

/** Who already holds these ID numbers (deleted members included: the number stays taken). */
export async function membersByIdNumber(db: Kysely<Database>, idNumbers: readonly string[]) {
  const found: { id: number; name: string; id_number: string; deleted_at: string | null }[] = [];
  for (const part of chunks([...new Set(idNumbers)])) {
    found.push(
      ...(await db.selectFrom('member').select(['id', 'name', 'id_number', 'deleted_at']).where('id_number', 'in', part).execute()),
    );
  }
  return new Map(found.map((m) => [m.id_number, m]));
}

export async function sameNameAndBirth(db: Kysely<Database>, name: string, birthDate: string, excludeId?: number) {
  let query = db
    .selectFrom('member')
    .select(['id', 'name', 'birth_date'])
    .where('name', '=', name)
    .where('birth_date', '=', birthDate)
    .where('deleted_at', 'is', null);
  if (excludeId !== undefined) query = query.where('id', '!=', excludeId);
  return query.execute();
}
