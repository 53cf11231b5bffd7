import { sql, type Kysely } from 'kysely';

/**
 * Each 会议类型's expected rhythm (issue 15: the 首页 says when this period's
 * meeting is still to hold, the 年度检查表 counts planned against held), with
 * defaults for the types 004 seeded; officers change it where types are managed.
 * Plus indexes for the 首页's counts (drafts older than 30 days, 补学 owed,
 * women 在册), so home.summary stays within 50 ms at 100,000 members.
 */
const DEFAULTS: Array<[name: string, rhythm: string]> = [
  ['执委会议', '每月'],
  ['妇女小组长会议', '每季度'],
  ['工作例会', '每季度'],
  ['妇女议事会', '每季度'],
  ['妇女代表大会', '每年'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table meeting_type add column rhythm text not null default '不定期'
    check (rhythm in ('每月', '每季度', '每半年', '每年', '不定期'))`.execute(db);
  for (const [name, rhythm] of DEFAULTS) await sql`update meeting_type set rhythm = ${rhythm} where name = ${name}`.execute(db);
  await sql`create index meeting_status_date on meeting (status, date)`.execute(db);
  await sql`create index study_session_status_date on study_session (status, date)`.execute(db);
  await sql`create index study_attendee_away on study_attendee (session_id) where attendance in ('缺席', '请假')`.execute(db);
  await sql`create index member_on_roll on member (status, deleted_at)`.execute(db);
}
