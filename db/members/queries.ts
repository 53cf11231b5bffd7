/** Writing member rows (with roles, tags and the status history) in batches. */
import type { Kysely, Transaction } from 'kysely';
import { bulkInsert, insertTuples, withIndexesRebuiltAfter } from '../bulk';
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

/**
 * The members to insert: an array, or anything handing them out by index.
 * Each is asked for once, in order, while the INSERT statement before it runs,
 * so an import can convert its rows in time the main thread would spend waiting.
 */
export type MemberRows = Pick<readonly (MemberRow & MemberLinks)[], 'length' | 'at'>;

/**
 * From this many new members, and more than are on file already, the member
 * indexes are rebuilt after the insert rather than updated row by row (see
 * withIndexesRebuiltAfter); below it, rebuilding costs more than it saves.
 */
const REBUILD_INDEXES_FROM = 10_000;

/** What every new member starts with besides its row. */
const newMemberState = (now: string) => ({
  status: '在册' satisfies MemberStatus,
  status_date: null,
  status_reason: '',
  created_at: now,
  updated_at: now,
  deleted_at: null,
});

/** Inserts members as 在册, records the first status event, and returns their ids in order. */
export async function insertMemberRows(trx: Transaction<Database>, rows: MemberRows, now: string, today: string): Promise<number[]> {
  if (!rows.length) return [];
  const { ids, written } = await insertMembers(trx, rows, now);
  await insertLinks(trx, ids, written);
  const firstEvent = { status: '在册' satisfies MemberStatus, reason: '入册', created_at: now };
  await insertTuples(trx, 'member_status_event', ['member_id', 'date'], ids.length, (index, params) => {
    params.push(ids[index], written[index]!.joined_on ?? today);
  }, { same: firstEvent });
  return ids;
}

/** The member rows themselves: their ids, and the rows as written (each asked for once). */
async function insertMembers(trx: Transaction<Database>, rows: MemberRows, now: string) {
  const written: (MemberRow & MemberLinks)[] = [rows.at(0)!];
  const rowColumns = Object.keys(written[0]!).filter((column) => column !== 'roles' && column !== 'tags') as (keyof MemberRow)[];
  const addValues = (index: number, params: unknown[]) => {
    const row = (written[index] ??= rows.at(index)!);
    for (const column of rowColumns) params.push(row[column] ?? null);
  };
  const options = { same: newMemberState(now), returning: ['id', 'id_number'] };
  const insert = () => insertTuples(trx, 'member', rowColumns, rows.length, addValues, options);
  const inserted = (await worthRebuildingIndexes(trx, rows.length)) ? await withIndexesRebuiltAfter(trx, 'member', insert) : await insert();
  // RETURNING order is not promised by SQLite: match ids back by ID number.
  const idOf = new Map(inserted.map((r) => [r.id_number as string, r.id as number]));
  return { ids: written.map((row) => idOf.get(row.id_number)!), written };
}

async function worthRebuildingIndexes(trx: Transaction<Database>, newRows: number): Promise<boolean> {
  if (newRows < REBUILD_INDEXES_FROM) return false;
  const onFile = await trx.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return newRows > Number(onFile.count);
}

export async function updateMemberRow(trx: Transaction<Database>, id: number, row: MemberRow & MemberLinks, now: string) {
  const { roles: _r, tags: _t, ...fields } = row;
  await trx.updateTable('member').set({ ...fields, updated_at: now }).where('id', '=', id).execute();
  await replaceLinks(trx, [id], [row]);
}

/** ID numbers per lookup: an import checks every row's, and per-statement costs dominate at 500. */
const ID_LOOKUP_CHUNK = 10_000;

/** Who already holds these ID numbers (deleted members included: the number stays taken). */
export async function membersByIdNumber(db: Kysely<Database>, idNumbers: readonly string[]) {
  const found: { id: number; name: string; id_number: string; deleted_at: string | null }[] = [];
  for (const part of chunks([...new Set(idNumbers)], ID_LOOKUP_CHUNK)) {
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
