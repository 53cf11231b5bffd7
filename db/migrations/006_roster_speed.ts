/**
 * The roster at 100,000 members within DESIGN §5:
 * - name_key (姓名 + 全拼 + 首字母): searches of 1–2 characters scan an index of
 *   this short key instead of the whole search text (addresses, ID and phone need
 *   3+ characters and go through the trigram index), which halves those scans.
 * - stats_code: the single-valued breakdowns of 妇女基本情况统计 packed into one
 *   integer by SQLite itself (a VIRTUAL column, so no write path can forget it),
 *   indexed with the columns that decide who is 在册 on a date: statistics read
 *   this narrow index in group order instead of every wide row.
 */
import { sql, type Kysely } from 'kysely';
import { memberNameKey } from '../../core/members/search-text';

/** A stored code as its 2-digit number, 0 for 未填 or anything that does not fit its bits. */
const code = (column: string, below: number) =>
  `(case when cast(${column} as integer) between 1 and ${below - 1} then cast(${column} as integer) else 0 end)`;

/** Lowest bits first: 男 (1 bit), 文化程度 (7), 政治面貌 (4), 民族 (7), 婚姻状况 (7), then zone_id. core/members/stats-query.ts unpacks it. */
const STATS_CODE_SQL = `(((((coalesce(zone_id, 0) * 128 + ${code('marital', 128)}) * 128 + ${code('ethnicity', 128)}) * 16
  + ${code('political', 16)}) * 128 + ${code('education', 128)}) * 2 + (sex = '男'))`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table member add column name_key text not null default ''`.execute(db);
  const names = await sql<{ name: string }>`select distinct name from member`.execute(db);
  for (const { name } of names.rows) {
    await sql`update member set name_key = ${memberNameKey(name)} where name = ${name}`.execute(db);
  }
  const statements = [
    sql`drop index member_roster_search`,
    sql`create index member_roster_name on member (status, deleted_at, name_key)`,
    sql.raw(`alter table member add column stats_code integer generated always as ${STATS_CODE_SQL} virtual`),
    // stats_code first: led by deleted_at, the planner would take this index for every roster query.
    sql`create index member_stats on member (stats_code, deleted_at, birth_date, joined_on, status, status_date)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
