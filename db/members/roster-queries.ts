/**
 * Reading the roster: one SQL query for search + filters + sorting + paging,
 * and the detail of one member. Deleted members never appear here.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database, MemberStatus } from '../schema';

export interface RosterWhere {
  /** Normalized search text (see normalizeQuery); '' for none. */
  query: string;
  zoneId?: number;
  role?: string;
  tag?: string;
  /** Birth dates in (bornAfter, bornOnOrBefore]: an age band as of a date. */
  bornAfter?: string;
  bornOnOrBefore?: string;
  education?: string;
  political?: string;
  status?: MemberStatus;
}

export type RosterOrder = { field: 'name' | 'age' | 'zone' | 'joinedOn' | 'idTail'; order: 'asc' | 'desc' };

/**
 * Queries of 3+ characters go through the trigram index over the whole search text;
 * shorter ones scan the short name key (姓名, 全拼, 首字母) with LIKE.
 */
export const TRIGRAM_MIN = 3;

const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
/** An FTS5 phrase: the whole query as one string, inner quotes doubled. */
const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The full pinyin that follows the name in search_text ("张海丽 zhanghaili …"):
 * sorting by it puts 姓名 in the order people expect (拼音), not code-point order.
 * Migration 003 indexes exactly this expression.
 */
const PINYIN_KEY = sql`substr(m.search_text, length(m.name) + 2)`;

/** What an ID or phone tail looks like once normalized: digits, perhaps ending in the ID's x. */
const NUMBER_TAIL = /^\d+x?$/;

/**
 * The match condition for a search: trigram FTS for 3+ characters, a covering-index scan of name_key for 1–2.
 * Digits match the END of the 身份证号 or phone only (searching 6760 never finds …67609…: that would
 * reveal hidden digits), or appear in an address or 楼栋 as typed.
 */
function matchCondition(where: RosterWhere): Expression<SqlBool> {
  if ([...where.query].length >= TRIGRAM_MIN) {
    const fts = sql<SqlBool>`m.id in (select rowid from member_fts where member_fts match ${ftsPhrase(where.query)})`;
    if (!NUMBER_TAIL.test(where.query)) return fts;
    const tail = `%${likeEscape(where.query)}`;
    const inside = `%${likeEscape(where.query)}%`;
    return sql<SqlBool>`(${fts} and (upper(m.id_number) like upper(${tail}) escape '\\'
      or replace(m.phone, '-', '') like ${tail} escape '\\'
      or lower(m.household_address || ' ' || m.current_address || ' ' || m.building) like ${inside} escape '\\'))`;
  }
  // The subquery reads only the covering index member_roster_name (migration 006), not the wide table.
  const status = where.status ? sql`and status = ${where.status}` : sql``;
  const pattern = `%${likeEscape(where.query)}%`;
  return sql<SqlBool>`m.id in (select id from member where deleted_at is null ${status} and name_key like ${pattern} escape '\\')`;
}

function baseQuery(db: Kysely<Database>, where: RosterWhere, joinZone = false) {
  // With a search, the (few) matches should drive the query: a unary + keeps
  // SQLite from walking a 100,000-entry index on status or zone instead.
  const col = (name: 'status' | 'zone_id' | 'birth_date') => (where.query ? sql.raw(`+m.${name}`) : sql.ref(`m.${name}`));
  let q = db.selectFrom('member as m').where('m.deleted_at', 'is', null);
  if (joinZone) q = q.leftJoin('zone as z', 'z.id', 'm.zone_id') as unknown as typeof q;
  if (where.status) q = q.where(col('status'), '=', where.status);
  if (where.zoneId !== undefined) q = q.where(col('zone_id'), '=', where.zoneId);
  if (where.education) q = q.where('m.education', '=', where.education);
  if (where.political) q = q.where('m.political', '=', where.political);
  if (where.bornAfter) q = q.where(col('birth_date'), '>', where.bornAfter);
  if (where.bornOnOrBefore) q = q.where(col('birth_date'), '<=', where.bornOnOrBefore);
  if (where.role) {
    const role = where.role;
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('member_role as r').select('r.member_id').whereRef('r.member_id', '=', 'm.id').where('r.role', '=', role)),
    );
  }
  if (where.tag) {
    const tag = where.tag;
    q = q.where(({ exists, selectFrom }) =>
      exists(selectFrom('member_tag as t').select('t.member_id').whereRef('t.member_id', '=', 'm.id').where('t.tag', '=', tag)),
    );
  }
  if (where.query) q = q.where(matchCondition(where));
  return q;
}

function orderBy(order: RosterOrder) {
  const dir = order.order === 'desc' ? sql`desc` : sql`asc`;
  // Age ascending is birth date descending. Ties by id so the index member_roster_birth serves the order.
  const ageDir = order.order === 'desc' ? sql`asc` : sql`desc`;
  switch (order.field) {
    case 'age':
      return sql`m.birth_date ${ageDir}, m.id ${ageDir}`;
    case 'zone':
      return sql`z.sort_order is null, z.sort_order ${dir}, m.zone_id ${dir}, ${PINYIN_KEY}, m.id`;
    case 'joinedOn':
      return sql`m.joined_on is null, m.joined_on ${dir}, m.id`;
    case 'idTail':
      // By the one character the mask shows (1****************2): ordering by hidden digits would leak them.
      return sql`substr(m.id_number, 18) ${dir}, ${PINYIN_KEY} ${dir}, m.id ${dir}`;
    default:
      return sql`${PINYIN_KEY} ${dir}, m.id ${dir}`;
  }
}

export async function countRoster(db: Kysely<Database>, where: RosterWhere): Promise<number> {
  const row = await baseQuery(db, where)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The ids of one page, in order, and the total. A search counts its (few)
 * matches in the same pass with a window; the unfiltered list counts through
 * the covering index and pages through the sort index, touching only 1 page of rows.
 */
export async function rosterPageIds(
  db: Kysely<Database>,
  where: RosterWhere,
  order: RosterOrder,
  page?: { offset: number; limit: number },
): Promise<{ ids: number[]; total: number }> {
  let q = baseQuery(db, where, order.field === 'zone').select('m.id').orderBy(orderBy(order));
  if (page) q = q.limit(page.limit).offset(page.offset);
  if (where.query) {
    const rows = await q.select(sql<number>`count(*) over ()`.as('total')).execute();
    if (rows.length || !page?.offset) return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
  }
  const rows = await q.execute();
  const total = page ? await countRoster(db, where) : rows.length;
  return { ids: rows.map((r) => r.id), total };
}

/** The list columns of these members, in the order of `ids`. */
export async function rosterRowsByIds(db: Kysely<Database>, ids: readonly number[]) {
  const found = [];
  for (let i = 0; i < ids.length; i += 500) {
    found.push(
      ...(await db
        .selectFrom('member as m')
        .leftJoin('zone as z', 'z.id', 'm.zone_id')
        .select([
          'm.id', 'm.name', 'm.id_number', 'm.birth_date', 'm.sex', 'm.ethnicity', 'm.education', 'm.political',
          'm.marital', 'm.phone', 'm.current_address', 'm.building', 'm.joined_on', 'm.status', 'z.name as zone_name',
        ])
        .where('m.id', 'in', ids.slice(i, i + 500))
        .execute()),
    );
  }
  const byId = new Map(found.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type RosterDbRow = Awaited<ReturnType<typeof rosterRowsByIds>>[number];

/** Roles and tags of these members, by member id. */
export async function linksOf(db: Kysely<Database>, memberIds: readonly number[]) {
  const roles = new Map<number, string[]>();
  const tags = new Map<number, string[]>();
  for (let i = 0; i < memberIds.length; i += 500) {
    const ids = memberIds.slice(i, i + 500);
    for (const r of await db.selectFrom('member_role').select(['member_id', 'role']).where('member_id', 'in', ids).execute()) {
      roles.set(r.member_id, [...(roles.get(r.member_id) ?? []), r.role]);
    }
    for (const t of await db.selectFrom('member_tag').select(['member_id', 'tag']).where('member_id', 'in', ids).orderBy('tag').execute()) {
      tags.set(t.member_id, [...(tags.get(t.member_id) ?? []), t.tag]);
    }
  }
  return { roles, tags };
}

/** One member with her zone's name; deleted ones only when asked (the audit log describes them too). */
export async function selectMemberRow(db: Kysely<Database>, id: number, { includeDeleted = false } = {}) {
  let query = db
    .selectFrom('member as m')
    .leftJoin('zone as z', 'z.id', 'm.zone_id')
    .selectAll('m')
    .select('z.name as zone_name')
    .where('m.id', '=', id);
  if (!includeDeleted) query = query.where('m.deleted_at', 'is', null);
  return query.executeTakeFirst();
}

export async function selectMemberDetail(db: Kysely<Database>, id: number) {
  const member = await selectMemberRow(db, id);
  if (!member) return undefined;
  const history = await db
    .selectFrom('member_status_event')
    .select(['id', 'status', 'date', 'reason', 'created_at'])
    .where('member_id', '=', id)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return { member, history };
}

/** Tags in use, for the filter and the form (besides the default care tags). */
export async function tagsInUse(db: Kysely<Database>) {
  const rows = await db.selectFrom('member_tag').select('tag').distinct().orderBy('tag').execute();
  return rows.map((r) => r.tag);
}

// Zones ----------------------------------------------------------------------

export async function selectZones(db: Kysely<Database>) {
  return db
    .selectFrom('zone as z')
    .select(['z.id', 'z.name', 'z.sort_order'])
    .select((eb) =>
      eb
        .selectFrom('member as m')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('m.zone_id', '=', 'z.id')
        .where('m.deleted_at', 'is', null)
        .as('member_count'),
    )
    .orderBy('z.sort_order')
    .orderBy('z.id')
    .execute();
}

/** Members filed under a zone: on the roster, and in the recycle bin. */
export async function zoneUsage(db: Kysely<Database>, zoneId: number) {
  const row = await db
    .selectFrom('member')
    .select((eb) => [
      eb.fn.countAll<number>().as('all'),
      eb.fn.sum<number>(sql`deleted_at is not null`).as('deleted'),
    ])
    .where('zone_id', '=', zoneId)
    .executeTakeFirstOrThrow();
  return { all: Number(row.all), deleted: Number(row.deleted ?? 0) };
}
