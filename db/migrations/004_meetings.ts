/**
 * 会议记录 (DESIGN §3.2, §4.6) and the shared 更正 table every lockable record uses
 * (core/records): meeting types with their templates, meetings, attendance, 议题,
 * 决议, action items, and a trigram index over each meeting's text.
 */
import { sql, type Kysely } from 'kysely';

const DEFAULT_TYPES: Array<[name: string, roles: string[], topics: string[]]> = [
  ['执委会议', ['妇联主席', '副主席', '执委'], ['传达上级妇联会议精神', '研究部署近期工作', '其他事项']],
  ['妇女小组长会议', ['妇联主席', '妇女小组长'], ['通报近期工作', '收集各片区妇女诉求', '布置下阶段任务']],
  ['联席会议', ['妇联主席', '副主席'], ['通报情况', '协调事项']],
  ['妇女代表大会', ['妇女代表'], ['听取和审议工作报告', '选举事项', '审议决议']],
  ['工作例会', ['妇联主席', '副主席', '执委'], ['上期工作落实情况', '本期工作安排']],
  ['妇女议事会', ['妇联主席', '妇女代表'], ['议题审议', '表决']],
  ['其他', [], []],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table record_correction (
      id integer primary key,
      record_type text not null check (length(record_type) between 1 and 30),
      record_id integer not null,
      what text not null check (length(what) between 1 and 2000),
      why text not null check (length(why) between 1 and 500),
      corrected_by text not null check (length(corrected_by) between 1 and 30),
      corrected_on text not null,
      created_at text not null
    )`,
    sql`create index record_correction_record on record_correction (record_type, record_id)`,
    sql`create table meeting_type (
      id integer primary key,
      name text not null unique check (length(name) between 1 and 20),
      default_roles text not null default '[]',
      default_topics text not null default '[]',
      sort_order integer not null default 0,
      created_at text not null
    )`,
    sql`create table meeting (
      id integer primary key,
      type_id integer not null references meeting_type(id),
      title text not null check (length(title) between 1 and 100),
      session text not null default '',
      date text not null check (date glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      start_time text not null default '',
      end_time text not null default '',
      place text not null default '',
      host_member_id integer references member(id),
      host_name text not null default '',
      recorder_member_id integer references member(id),
      recorder_name text not null default '',
      status text not null default '草稿' check (status in ('草稿', '已定稿')),
      finalized_at text,
      search_text text not null default '',
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index meeting_type_date on meeting (type_id, date)`,
    sql`create index meeting_date on meeting (date)`,
    sql`create table meeting_attendee (
      id integer primary key,
      meeting_id integer not null references meeting(id) on delete cascade,
      member_id integer references member(id),
      name text not null check (length(name) between 1 and 30),
      attendance text not null check (attendance in ('出席', '缺席', '请假', '列席')),
      reason text not null default '',
      sort_order integer not null,
      check (attendance <> '请假' or length(trim(reason)) > 0)
    )`,
    sql`create index meeting_attendee_meeting on meeting_attendee (meeting_id, sort_order)`,
    sql`create table meeting_topic (
      id integer primary key,
      meeting_id integer not null references meeting(id) on delete cascade,
      sort_order integer not null,
      title text not null check (length(title) between 1 and 200),
      notes text not null default '',
      speeches text not null default '[]'
    )`,
    sql`create index meeting_topic_meeting on meeting_topic (meeting_id, sort_order)`,
    sql`create table meeting_resolution (
      id integer primary key,
      meeting_id integer not null references meeting(id) on delete cascade,
      sort_order integer not null,
      content text not null check (length(content) between 1 and 1000)
    )`,
    sql`create index meeting_resolution_meeting on meeting_resolution (meeting_id, sort_order)`,
    sql`create table meeting_action (
      id integer primary key,
      meeting_id integer not null references meeting(id) on delete cascade,
      sort_order integer not null,
      content text not null check (length(content) between 1 and 500),
      owner text not null default '',
      due_date text,
      status text not null default '未开始' check (status in ('未开始', '进行中', '已完成')),
      carried_from_id integer references meeting_action(id) on delete set null,
      status_changed_at text
    )`,
    sql`create index meeting_action_meeting on meeting_action (meeting_id, sort_order)`,
    sql`create index meeting_action_open on meeting_action (status, due_date)`,
    sql`create virtual table meeting_fts using fts5(search_text, content='meeting', content_rowid='id', tokenize='trigram')`,
    sql`create trigger meeting_fts_insert after insert on meeting begin
      insert into meeting_fts(rowid, search_text) values (new.id, new.search_text);
    end`,
    sql`create trigger meeting_fts_delete after delete on meeting begin
      insert into meeting_fts(meeting_fts, rowid, search_text) values ('delete', old.id, old.search_text);
    end`,
    sql`create trigger meeting_fts_update after update of search_text on meeting begin
      insert into meeting_fts(meeting_fts, rowid, search_text) values ('delete', old.id, old.search_text);
      insert into meeting_fts(rowid, search_text) values (new.id, new.search_text);
    end`,
  ];
  for (const statement of statements) await statement.execute(db);

  const now = new Date().toISOString();
  for (const [i, [name, roles, topics]] of DEFAULT_TYPES.entries()) {
    await sql`insert into meeting_type (name, default_roles, default_topics, sort_order, created_at)
      values (${name}, ${JSON.stringify(roles)}, ${JSON.stringify(topics)}, ${i + 1}, ${now})`.execute(db);
  }
}
