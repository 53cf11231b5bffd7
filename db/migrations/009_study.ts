/**
 * 学习记录 (DESIGN §3.3, issue 12): study sessions with attendance and per-person
 * 学时, 讨论发言, the materials library and its links, 补学, the annual study plan,
 * and the 学时 counting rules. Hours are stored in half-hour units (integer
 * `*_halves` columns) so sums never meet floating point.
 * 更正 entries use the shared record_correction table (record_type 'study').
 */
import { sql, type Kysely } from 'kysely';

const DEFAULT_RULES: Array<[name: string, kind: 'fixed' | 'per_hour', halves: number]> = [
  ['全天', 'fixed', 16],
  ['半天', 'fixed', 8],
  ['按实际时长', 'per_hour', 0],
];

const halves = (column: string, max = 48) => sql.raw(`${column} integer check (${column} between 0 and ${max})`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table study_hours_rule (
      id integer primary key,
      name text not null unique check (length(name) between 1 and 20),
      kind text not null check (kind in ('fixed', 'per_hour')),
      hours_halves integer not null default 0 check (hours_halves between 0 and 48),
      sort_order integer not null default 0
    )`,
    sql`create table study_plan_item (
      id integer primary key,
      year integer not null check (year between 1949 and 2100),
      month integer not null check (month between 1 and 12),
      topic text not null check (length(topic) between 1 and 200),
      form text not null default '集中学习',
      speaker text not null default '',
      note text not null default '',
      created_at text not null,
      updated_at text not null
    )`,
    sql`create index study_plan_year on study_plan_item (year, month)`,
    sql`create table study_material (
      id integer primary key,
      title text not null check (length(title) between 1 and 200),
      issuer text not null default '',
      doc_number text not null default '',
      published_on text,
      kind text not null default '文件' check (kind in ('文件', '讲话', '报告', '其他')),
      source text not null default '',
      search_text text not null default '',
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create table study_session (
      id integer primary key,
      date text not null check (date glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      start_time text not null default '',
      end_time text not null default '',
      form text not null check (form in ('集中学习', '专题辅导', '研讨交流', '自学', '线上学习', '其他')),
      title text not null check (length(title) between 1 and 100),
      content text not null default '',
      host_member_id integer references member(id),
      host_name text not null default '',
      speaker_member_id integer references member(id),
      speaker_name text not null default '',
      place text not null default '',
      recorder_member_id integer references member(id),
      recorder_name text not null default '',
      ${halves('hours_halves')} not null,
      hours_rule_id integer references study_hours_rule(id) on delete set null,
      summary text not null default '',
      plan_item_id integer references study_plan_item(id) on delete set null,
      status text not null default '草稿' check (status in ('草稿', '已定稿')),
      finalized_at text,
      search_text text not null default '',
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index study_session_date on study_session (date)`,
    sql`create index study_session_plan on study_session (plan_item_id)`,
    sql`create table study_session_material (
      session_id integer not null references study_session(id) on delete cascade,
      material_id integer not null references study_material(id),
      sort_order integer not null,
      primary key (session_id, material_id)
    )`,
    sql`create index study_session_material_material on study_session_material (material_id)`,
    sql`create table study_attendee (
      id integer primary key,
      session_id integer not null references study_session(id) on delete cascade,
      member_id integer references member(id),
      name text not null check (length(name) between 1 and 30),
      attendance text not null check (attendance in ('出席', '缺席', '请假', '列席')),
      reason text not null default '',
      ${halves('hours_halves')},
      sort_order integer not null,
      check (attendance <> '请假' or length(trim(reason)) > 0),
      check (hours_halves is null or attendance in ('出席', '列席'))
    )`,
    sql`create index study_attendee_session on study_attendee (session_id, sort_order)`,
    sql`create index study_attendee_member on study_attendee (member_id)`,
    sql`create table study_speech (
      id integer primary key,
      session_id integer not null references study_session(id) on delete cascade,
      sort_order integer not null,
      speaker text not null check (length(speaker) between 1 and 30),
      content text not null default ''
    )`,
    sql`create index study_speech_session on study_speech (session_id, sort_order)`,
    sql`create table study_makeup (
      id integer primary key,
      attendee_id integer not null unique references study_attendee(id) on delete cascade,
      date text not null check (date glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      method text not null check (length(method) between 1 and 100),
      reflection text not null default '',
      ${halves('hours_halves')} not null,
      created_at text not null
    )`,
    sql`create virtual table study_session_fts using fts5(search_text, content='study_session', content_rowid='id', tokenize='trigram')`,
    sql`create trigger study_session_fts_insert after insert on study_session begin
      insert into study_session_fts(rowid, search_text) values (new.id, new.search_text);
    end`,
    sql`create trigger study_session_fts_delete after delete on study_session begin
      insert into study_session_fts(study_session_fts, rowid, search_text) values ('delete', old.id, old.search_text);
    end`,
    sql`create trigger study_session_fts_update after update of search_text on study_session begin
      insert into study_session_fts(study_session_fts, rowid, search_text) values ('delete', old.id, old.search_text);
      insert into study_session_fts(rowid, search_text) values (new.id, new.search_text);
    end`,
  ];
  for (const statement of statements) await statement.execute(db);
  for (const [i, [name, kind, h]] of DEFAULT_RULES.entries()) {
    await sql`insert into study_hours_rule (name, kind, hours_halves, sort_order) values (${name}, ${kind}, ${h}, ${i + 1})`.execute(db);
  }
}
