/** Reads and writes of 议题 and their parts. Callers pass a transaction for writes. */
import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema';
import type { DelibState } from './schema';

type Db = Kysely<Database>;

export type ItemDbRow = Awaited<ReturnType<typeof selectItemRows>>[number];

const itemColumns = [
  'i.id', 'i.year', 'i.seq', 'i.code', 'i.title', 'i.content', 'i.source', 'i.category', 'i.method',
  'i.proposer_member_id', 'i.proposer_name', 'i.proposer_contact', 'i.via_member_id', 'i.raised_on',
  'i.state', 'i.state_on', 'i.meeting_id', 'i.round', 'i.due_on',
  'i.vote_expected', 'i.vote_present', 'i.vote_yes', 'i.vote_no', 'i.vote_abstain', 'i.vote_passed', 'i.vote_rule', 'i.voted_on', 'i.resolution',
  'i.main_unit_id', 'i.outcome_grade', 'i.outcome_text', 'i.outcome_reason', 'i.closed_on', 'i.end_reason',
  'i.created_at', 'i.updated_at', 'i.deleted_at',
] as const;

export interface ItemWhere {
  ids?: number[];
  state?: string;
  category?: string;
  source?: string;
  method?: string;
  raisedFrom?: string;
  raisedTo?: string;
  proposerMemberId?: number;
  mainUnitId?: number;
  meetingId?: number;
  /** 落实 items whose 时限 is before this date. */
  dueBefore?: string;
  query?: string;
  includeDeleted?: boolean;
}

/** 议题 rows with the names they point at (提出人 via, 议事会, 主办), newest 编号 first. */
export async function selectItemRows(db: Db, where: ItemWhere = {}) {
  let q = db
    .selectFrom('delib_item as i')
    .leftJoin('member as via', 'via.id', 'i.via_member_id')
    .leftJoin('meeting as m', 'm.id', 'i.meeting_id')
    .leftJoin('delib_unit as u', 'u.id', 'i.main_unit_id')
    .select([...itemColumns, 'via.name as via_name', 'm.title as meeting_title', 'm.date as meeting_date', 'm.place as meeting_place', 'm.deleted_at as meeting_deleted_at', 'u.name as main_unit_name']);
  if (!where.includeDeleted) q = q.where('i.deleted_at', 'is', null);
  if (where.ids) q = q.where('i.id', 'in', where.ids.length ? where.ids : [-1]);
  if (where.state) q = q.where('i.state', '=', where.state as DelibState);
  if (where.category) q = q.where('i.category', '=', where.category);
  if (where.source) q = q.where('i.source', '=', where.source);
  if (where.method) q = q.where('i.method', '=', where.method);
  if (where.raisedFrom) q = q.where('i.raised_on', '>=', where.raisedFrom);
  if (where.raisedTo) q = q.where('i.raised_on', '<=', where.raisedTo);
  if (where.proposerMemberId) {
    const m = where.proposerMemberId;
    q = q.where((eb) => eb.or([eb('i.proposer_member_id', '=', m), eb('i.via_member_id', '=', m)]));
  }
  if (where.mainUnitId) q = q.where('i.main_unit_id', '=', where.mainUnitId);
  if (where.meetingId) q = q.where('i.meeting_id', '=', where.meetingId);
  if (where.dueBefore) q = q.where('i.state', '=', '落实').where('i.due_on', '<', where.dueBefore);
  if (where.query) {
    const pattern = `%${where.query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<SqlBool>`i.search_text like ${pattern} escape '\\'`);
  }
  return q.orderBy('i.year', 'desc').orderBy('i.seq', 'desc').execute();
}

export async function selectItemRow(db: Db, id: number, options: { includeDeleted?: boolean } = {}) {
  const [row] = await selectItemRows(db, { ids: [id], includeDeleted: options.includeDeleted });
  return row;
}

/** The next 编号 of a year, from a counter that never goes back (a purged draft's number stays used). */
export async function allocateSeq(trx: Db, year: number): Promise<number> {
  const row = await trx
    .insertInto('delib_counter')
    .values({ year, last_seq: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet({ last_seq: sql`last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return row.last_seq;
}

export async function selectSeconders(db: Db, itemIds: number[]) {
  if (!itemIds.length) return [];
  return db
    .selectFrom('delib_seconder as s')
    .innerJoin('member', 'member.id', 's.member_id')
    .select(['s.item_id', 's.member_id', 'member.name'])
    .where('s.item_id', 'in', itemIds)
    .orderBy('s.item_id')
    .orderBy('s.sort_order')
    .execute();
}

export async function writeSeconders(trx: Db, itemId: number, memberIds: readonly number[]) {
  await trx.deleteFrom('delib_seconder').where('item_id', '=', itemId).execute();
  if (memberIds.length) {
    await trx.insertInto('delib_seconder').values(memberIds.map((member_id, i) => ({ item_id: itemId, member_id, sort_order: i + 1 }))).execute();
  }
}

export async function selectCoUnits(db: Db, itemIds: number[]) {
  if (!itemIds.length) return [];
  return db
    .selectFrom('delib_co_unit as c')
    .innerJoin('delib_unit as u', 'u.id', 'c.unit_id')
    .select(['c.item_id', 'c.unit_id', 'u.name'])
    .where('c.item_id', 'in', itemIds)
    .orderBy('c.item_id')
    .orderBy('c.sort_order')
    .execute();
}

export async function writeCoUnits(trx: Db, itemId: number, unitIds: readonly number[]) {
  await trx.deleteFrom('delib_co_unit').where('item_id', '=', itemId).execute();
  if (unitIds.length) {
    await trx.insertInto('delib_co_unit').values(unitIds.map((unit_id, i) => ({ item_id: itemId, unit_id, sort_order: i + 1 }))).execute();
  }
}

export const selectEvents = (db: Db, itemIds: number[]) =>
  itemIds.length ? db.selectFrom('delib_event').selectAll().where('item_id', 'in', itemIds).orderBy('item_id').orderBy('id').execute() : Promise.resolve([]);

export const selectRounds = (db: Db, itemIds: number[]) =>
  itemIds.length ? db.selectFrom('delib_round').selectAll().where('item_id', 'in', itemIds).orderBy('item_id').orderBy('round').execute() : Promise.resolve([]);

export const selectProgress = (db: Db, itemIds: number[]) =>
  itemIds.length ? db.selectFrom('delib_progress').selectAll().where('item_id', 'in', itemIds).orderBy('item_id').orderBy('date').orderBy('id').execute() : Promise.resolve([]);

export const selectVisits = (db: Db, itemIds: number[]) =>
  itemIds.length ? db.selectFrom('delib_visit').selectAll().where('item_id', 'in', itemIds).orderBy('item_id').orderBy('date').orderBy('id').execute() : Promise.resolve([]);

/** Members holding a role (妇女代表), among the given ids: who may be 提出人 / 附议人. */
export async function membersWithRole(db: Db, ids: readonly number[], role: string) {
  if (!ids.length) return new Map<number, string>();
  const rows = await db
    .selectFrom('member')
    .innerJoin('member_role', 'member_role.member_id', 'member.id')
    .select(['member.id', 'member.name'])
    .where('member.id', 'in', [...ids])
    .where('member_role.role', '=', role)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const memberNames = async (db: Db, ids: readonly number[]) => {
  if (!ids.length) return new Map<number, string>();
  const rows = await db.selectFrom('member').select(['id', 'name']).where('id', 'in', [...ids]).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
};

export const selectUnits = (db: Db) => db.selectFrom('delib_unit').selectAll().orderBy('sort_order').orderBy('id').execute();

/** Meetings of a type (the 议事会 sessions), not in the 回收站, with how many 议题 each carries. */
export async function selectSessions(db: Db, typeId: number, range: { from?: string; to?: string } = {}) {
  let q = db
    .selectFrom('meeting as m')
    .select(['m.id', 'm.title', 'm.date', 'm.place', 'm.status', (eb) => eb.selectFrom('delib_item as i').select(eb.fn.countAll<number>().as('n')).whereRef('i.meeting_id', '=', 'm.id').where('i.deleted_at', 'is', null).as('item_count')])
    .where('m.type_id', '=', typeId)
    .where('m.deleted_at', 'is', null);
  if (range.from) q = q.where('m.date', '>=', range.from);
  if (range.to) q = q.where('m.date', '<=', range.to);
  return q.orderBy('m.date').orderBy('m.id').execute();
}
