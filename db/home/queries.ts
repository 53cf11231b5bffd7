/**
 * The 首页's counting reads: a handful of grouped counts over indexed date
 * columns, so the page stays one fast call at 100,000 members and 10,000 records.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

type Db = Kysely<Database>;

const quarterExpr = (column: string) => sql<number>`(cast(substr(${sql.ref(column)}, 6, 2) as integer) + 2) / 3`;

/** Meetings held (dated up to `until`, not in the 回收站) in a year, per type and quarter. */
export async function meetingsByTypeAndQuarter(db: Db, year: number, until: string) {
  const rows = await db
    .selectFrom('meeting')
    .select(['type_id', quarterExpr('date').as('q'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', until < `${year}-12-31` ? until : `${year}-12-31`)
    .groupBy(['type_id', 'q'])
    .execute();
  return rows.map((r) => ({ typeId: r.type_id, quarter: Number(r.q), count: Number(r.n) }));
}

/** Type and date of the meetings held from `from` up to `until` (not in the 回收站). */
export async function meetingDatesIn(db: Db, from: string, until: string) {
  const rows = await db.selectFrom('meeting').select(['type_id', 'date']).where('date', '>=', from).where('date', '<=', until).where('deleted_at', 'is', null).execute();
  return rows.map((r) => ({ typeId: r.type_id, date: r.date }));
}

/** 草稿 records dated before `before` (not in the 回收站). */
export async function draftsBefore(db: Db, table: 'meeting' | 'study_session', before: string) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', '草稿')
    .where('date', '<', before)
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Study sessions held in a year per quarter (up to `until`). */
export async function studyByQuarter(db: Db, year: number, until: string) {
  const rows = await db
    .selectFrom('study_session')
    .select([quarterExpr('date').as('q'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', until < `${year}-12-31` ? until : `${year}-12-31`)
    .groupBy('q')
    .execute();
  return new Map(rows.map((r) => [Number(r.q), Number(r.n)]));
}

/** 议题 counted per quarter of a date column (raised_on, closed_on) in a year; `state` narrows. */
export async function delibItemsByQuarter(db: Db, column: 'raised_on' | 'closed_on', year: number) {
  const rows = await db
    .selectFrom('delib_item')
    .select([quarterExpr(column).as('q'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('deleted_at', 'is', null)
    .where(column, '>=', `${year}-01-01`)
    .where(column, '<=', `${year}-12-31`)
    .groupBy('q')
    .execute();
  return new Map(rows.map((r) => [Number(r.q), Number(r.n)]));
}

/** 议题 in a state (not in the 回收站), optionally raised before a date. */
export async function delibItemsInState(db: Db, state: string, raisedBefore?: string) {
  let q = db.selectFrom('delib_item').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', state as never).where('deleted_at', 'is', null);
  if (raisedBefore) q = q.where('raised_on', '<', raisedBefore);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Records of a year per table, for the 首页's counts (meetings and study by date, 议题 by 提出日期). */
export async function recordsInYear(db: Db, table: 'meeting' | 'study_session', year: number) {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('deleted_at', 'is', null)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Members 在册 (not in the 回收站). */
export async function membersOnRoll(db: Db) {
  const row = await db.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', '在册').where('deleted_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Archive items of a 年度, not voided. */
export async function archiveItemsOfYear(db: Db, year: number) {
  const row = await db.selectFrom('archive_item').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', year).where('voided_at', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}
