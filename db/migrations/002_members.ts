/** 妇女花名册: members, zones, roles, care tags, status history, and the search index. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table zone (
      id integer primary key,
      name text not null unique check (length(name) between 1 and 30),
      sort_order integer not null default 0,
      created_at text not null
    )`,
    sql`create table member (
      id integer primary key,
      name text not null check (length(name) between 1 and 30),
      id_number text not null unique check (length(id_number) = 18),
      birth_date text not null check (birth_date glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      sex text not null check (sex in ('女', '男')),
      ethnicity text,
      education text,
      political text,
      marital text,
      phone text not null default '',
      household_address text not null default '',
      current_address text not null default '',
      zone_id integer references zone(id),
      building text not null default '',
      employment text not null default '',
      workplace text not null default '',
      joined_on text,
      status text not null default '在册' check (status in ('在册', '迁出', '去世', '其他')),
      status_date text,
      status_reason text not null default '',
      note text not null default '',
      search_text text not null default '',
      created_at text not null,
      updated_at text not null,
      deleted_at text
    )`,
    sql`create index member_name_birth on member (name, birth_date)`,
    sql`create index member_zone on member (zone_id)`,
    sql`create index member_status on member (status)`,
    sql`create table member_role (
      member_id integer not null references member(id) on delete cascade,
      role text not null check (role in ('妇联主席', '副主席', '执委', '妇女小组长', '妇女代表', '巾帼志愿者')),
      primary key (member_id, role)
    ) without rowid`,
    sql`create index member_role_role on member_role (role)`,
    sql`create table member_tag (
      member_id integer not null references member(id) on delete cascade,
      tag text not null check (length(tag) between 1 and 20),
      primary key (member_id, tag)
    ) without rowid`,
    sql`create index member_tag_tag on member_tag (tag)`,
    sql`create table member_status_event (
      id integer primary key,
      member_id integer not null references member(id) on delete cascade,
      status text not null check (status in ('在册', '迁出', '去世', '其他')),
      date text not null,
      reason text not null default '',
      created_at text not null
    )`,
    sql`create index member_status_event_member on member_status_event (member_id, date)`,
    // Trigram index over search_text for queries of 3+ characters; shorter ones use LIKE.
    sql`create virtual table member_fts using fts5(search_text, content='member', content_rowid='id', tokenize='trigram')`,
    sql`create trigger member_fts_insert after insert on member begin
      insert into member_fts(rowid, search_text) values (new.id, new.search_text);
    end`,
    sql`create trigger member_fts_delete after delete on member begin
      insert into member_fts(member_fts, rowid, search_text) values ('delete', old.id, old.search_text);
    end`,
    sql`create trigger member_fts_update after update of search_text on member begin
      insert into member_fts(member_fts, rowid, search_text) values ('delete', old.id, old.search_text);
      insert into member_fts(rowid, search_text) values (new.id, new.search_text);
    end`,
  ];
  for (const statement of statements) await statement.execute(db);
}
