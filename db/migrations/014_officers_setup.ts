/**
 * Issue 15 (first-run wizard): the branch officers as typed in the wizard or in
 * 设置 → 基本信息 (妇联主席 / 副主席 / 执委, each a typed name or a roster
 * member). The wizard's finished/skipped flag and the extra backup folder are
 * app_setting rows ('setup.wizard', 'backup.extraDir'), which need no table.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table branch_officer (
    id integer primary key,
    name text not null check (length(name) between 1 and 20),
    role text not null check (role in ('妇联主席', '副主席', '执委')),
    member_id integer references member (id) on delete set null,
    sort_order integer not null default 0,
    created_at text not null
  )`.execute(db);
  await sql`create index branch_officer_order on branch_officer (sort_order, id)`.execute(db);
}
