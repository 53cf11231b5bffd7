/**
 * 妇女议事会 (DESIGN §3.4, issue 13): 议题 from intake to 办结, their 附议, every
 * transition as an event, 交办 rounds (二次办理 after a 不满意 回访), 进展/催办
 * entries, 回访 rows, the user-managed 承办单位 list, and the per-year counter
 * behind 编号 YS-YYYY-NNN (a number is never handed out twice, even after a
 * draft is purged from the 回收站). The vote and 决议 live on the 议题 row; the
 * session is a meeting of type 妇女议事会 (ensured here, not duplicated).
 */
import { sql, type Kysely } from 'kysely';

const DEFAULT_UNITS = ['社区两委', '物业', '网格', '街道科室', '社区妇联'];
const STATES = ['收集', '研判', '已立项', '不予立项', '列入议事会', '已表决', '未通过', '落实', '已反馈', '已回访', '办结', '已撤回'];
const list = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));
const isoDate = (column: string) => sql.raw(`${column} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table delib_counter (
      year integer primary key check (year between 1900 and 2100),
      last_seq integer not null check (last_seq between 0 and 999999)
    )`,
    sql`create table delib_unit (
      id integer primary key,
      name text not null unique check (length(name) between 1 and 30),
      sort_order integer not null default 0,
      active integer not null default 1 check (active in (0, 1)),
      created_at text not null
    )`,
    sql`create table delib_item (
      id integer primary key,
      year integer not null check (year between 1900 and 2100),
      seq integer not null check (seq > 0),
      code text not null unique,
      title text not null check (length(title) between 1 and 100),
      content text not null check (length(content) between 1 and 4000),
      source text not null,
      category text not null,
      method text not null,
      proposer_member_id integer references member(id),
      proposer_name text not null check (length(proposer_name) between 1 and 30),
      proposer_contact text not null default '',
      via_member_id integer references member(id),
      raised_on text not null check (${isoDate('raised_on')}),
      state text not null default '收集' check (state in (${list(STATES)})),
      state_on text not null check (${isoDate('state_on')}),
      meeting_id integer references meeting(id),
      round integer not null default 0 check (round >= 0),
      due_on text,
      vote_expected integer check (vote_expected between 0 and 10000),
      vote_present integer check (vote_present between 0 and 10000),
      vote_yes integer check (vote_yes >= 0),
      vote_no integer check (vote_no >= 0),
      vote_abstain integer check (vote_abstain >= 0),
      vote_passed integer check (vote_passed in (0, 1)),
      vote_rule text,
      voted_on text,
      resolution text not null default '',
      main_unit_id integer references delib_unit(id),
      outcome_grade text check (outcome_grade in ('A', 'B', 'C', 'D')),
      outcome_text text not null default '',
      outcome_reason text not null default '',
      closed_on text,
      end_reason text not null default '',
      search_text text not null default '',
      created_at text not null,
      updated_at text not null,
      deleted_at text,
      unique (year, seq),
      check (vote_present is null or (vote_yes + vote_no + vote_abstain <= vote_present and vote_present <= vote_expected)),
      check (proposer_member_id is not null or via_member_id is not null)
    )`,
    sql`create index delib_item_state on delib_item (state)`,
    sql`create index delib_item_raised on delib_item (raised_on)`,
    sql`create index delib_item_meeting on delib_item (meeting_id)`,
    sql`create index delib_item_proposer on delib_item (proposer_member_id)`,
    sql`create table delib_seconder (
      item_id integer not null references delib_item(id) on delete cascade,
      member_id integer not null references member(id),
      sort_order integer not null,
      primary key (item_id, member_id)
    )`,
    sql`create index delib_seconder_member on delib_seconder (member_id)`,
    sql`create table delib_co_unit (
      item_id integer not null references delib_item(id) on delete cascade,
      unit_id integer not null references delib_unit(id),
      sort_order integer not null,
      primary key (item_id, unit_id)
    )`,
    sql`create table delib_event (
      id integer primary key,
      item_id integer not null references delib_item(id) on delete cascade,
      at text not null,
      date text not null check (${isoDate('date')}),
      operator_name text not null,
      kind text not null check (length(kind) between 1 and 20),
      from_state text,
      to_state text,
      note text not null default '',
      payload_json text not null default '{}'
    )`,
    sql`create index delib_event_item on delib_event (item_id, id)`,
    sql`create index delib_event_kind_date on delib_event (kind, date)`,
    sql`create table delib_round (
      id integer primary key,
      item_id integer not null references delib_item(id) on delete cascade,
      round integer not null check (round >= 1),
      started_on text not null check (${isoDate('started_on')}),
      due_on text not null check (${isoDate('due_on')} and due_on >= started_on),
      feedback_on text,
      feedback_text text not null default '',
      publicized_on text,
      unique (item_id, round)
    )`,
    sql`create table delib_progress (
      id integer primary key,
      item_id integer not null references delib_item(id) on delete cascade,
      round integer not null,
      kind text not null check (kind in ('进展', '催办')),
      date text not null check (${isoDate('date')}),
      content text not null check (length(content) between 1 and 2000),
      by_name text not null default '',
      created_at text not null
    )`,
    sql`create index delib_progress_item on delib_progress (item_id, date)`,
    sql`create table delib_visit (
      id integer primary key,
      item_id integer not null references delib_item(id) on delete cascade,
      round integer not null,
      date text not null check (${isoDate('date')}),
      result text not null check (result in ('满意', '基本满意', '不满意')),
      method text not null check (method in ('当面', '电话', '书面')),
      visitor text not null check (length(visitor) between 1 and 30),
      note text not null default '',
      created_at text not null
    )`,
    sql`create index delib_visit_item on delib_visit (item_id, date)`,
    sql`create index delib_visit_date on delib_visit (date)`,
  ];
  for (const statement of statements) await statement.execute(db);
  const now = new Date().toISOString();
  for (const [i, name] of DEFAULT_UNITS.entries()) {
    await sql`insert into delib_unit (name, sort_order, created_at) values (${name}, ${i + 1}, ${now})`.execute(db);
  }
  // Migration 004 seeded this type, but types are editable: a file whose officers deleted it gets it back, once.
  await sql`insert into meeting_type (name, default_roles, default_topics, sort_order, created_at)
    select '妇女议事会', '["妇联主席","妇女代表"]', '["议题审议","表决"]', coalesce((select max(sort_order) from meeting_type), 0) + 1, ${now}
    where not exists (select 1 from meeting_type where name = '妇女议事会')`.execute(db);
}
