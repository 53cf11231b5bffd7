/**
 * 档案台账 (issue 14, DESIGN §3.5 / §4.5): archive items (件) with their frozen
 * 档号 parts, boxes (盒) with their 备考表, the user-managed 机构(问题) list and
 * the editable default 保管期限 per record kind. The classification scheme
 * itself is one app_setting row ('archive.scheme').
 *
 * An item's 全宗号, 年度, 保管期限, 机构(问题) and 件号 (and the 档号 built from
 * them) never change once written: a trigger refuses it. The one exception is a
 * missing 全宗号 (□□□□) filled in once the archive assigns one. A voided item keeps its
 * row and its number. 件号 are unique per lowest category; a record is filed at
 * most once while its item is not voided.
 */
import { sql, type Kysely } from 'kysely';

const fonds = (column: string) => sql.raw(`${column} text not null default '' check (${column} = '' or (length(${column}) = 4 and ${column} not glob '*[^0-9A-Z]*'))`);
const org = (column: string) => sql.raw(`${column} text check (${column} is null or (length(${column}) = 3 and ${column} not glob '*[^0-9A-Z]*'))`);
const retention = (column: string) => sql.raw(`${column} text not null check (${column} in ('Y', 'D30', 'D10'))`);
const isoDate = (column: string) => sql.raw(`${column} text check (${column} is null or ${column} glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table archive_org (
      code text primary key check (length(code) = 3 and code not glob '*[^0-9A-Z]*'),
      name text not null check (length(name) between 1 and 30),
      sort_order integer not null default 0,
      created_at text not null
    )`,
    sql`create table archive_retention_default (
      kind text primary key check (length(kind) between 1 and 60),
      retention text not null check (retention in ('Y', 'D30', 'D10')),
      updated_at text not null
    )`,
    sql`create table archive_box (
      id integer primary key,
      ${fonds('fonds_code')},
      year integer not null check (year between 1949 and 2100),
      ${retention('retention')},
      ${org('org_code')},
      box_no integer not null check (box_no between 1 and 9999),
      contents_note text not null default '' check (length(contents_note) <= 1000),
      arranged_by text not null default '' check (length(arranged_by) <= 30),
      ${isoDate('arranged_on')},
      checked_by text not null default '' check (length(checked_by) <= 30),
      ${isoDate('checked_on')},
      created_at text not null,
      updated_at text not null
    )`,
    sql`create unique index archive_box_number on archive_box (fonds_code, year, retention, coalesce(org_code, ''), box_no)`,
    sql`create table archive_item (
      id integer primary key,
      ${fonds('fonds_code')},
      year integer not null check (year between 1949 and 2100),
      ${retention('retention')},
      ${org('org_code')},
      piece_no integer not null check (piece_no between 1 and 9999),
      archival_code text not null unique check (length(archival_code) between 10 and 40),
      doc_kind text not null check (length(doc_kind) between 1 and 20),
      responsible text not null default '' check (length(responsible) <= 100),
      doc_number text not null default '' check (length(doc_number) <= 50),
      title text not null default '' check (length(title) <= 300),
      self_titled integer not null default 0 check (self_titled in (0, 1)),
      ${isoDate('date')},
      secrecy text not null default '' check (secrecy in ('', '公开', '内部', '秘密', '机密', '绝密')),
      pages integer check (pages is null or pages between 1 and 100000),
      note text not null default '' check (length(note) <= 500),
      source_type text check (source_type is null or length(source_type) between 1 and 30),
      source_id integer,
      snapshot_link_id integer references attachment_link (id),
      snapshot_at text,
      -- How many 更正 its source had when the snapshot was taken: more now means 归档后有更正.
      snapshot_corrections integer not null default 0,
      box_id integer references archive_box (id),
      voided_at text,
      void_reason text not null default '' check (length(void_reason) <= 200),
      search_text text not null default '',
      filed_by text not null default '',
      created_at text not null,
      updated_at text not null,
      check ((source_type is null) = (source_id is null))
    )`,
    sql`create unique index archive_item_number on archive_item (fonds_code, year, retention, coalesce(org_code, ''), piece_no)`,
    sql`create unique index archive_item_source on archive_item (source_type, source_id) where source_type is not null and voided_at is null`,
    sql`create index archive_item_year on archive_item (year, retention, org_code, piece_no)`,
    sql`create index archive_item_box on archive_item (box_id)`,
    sql`create trigger archive_item_code_frozen before update of fonds_code, year, retention, org_code, piece_no, archival_code on archive_item
      when (new.fonds_code is not old.fonds_code and old.fonds_code <> '') or new.year is not old.year or new.retention is not old.retention
        or new.org_code is not old.org_code or new.piece_no is not old.piece_no
        or (new.archival_code is not old.archival_code and (old.fonds_code <> '' or new.fonds_code = ''))
      begin select raise(abort, '档号一经确定不能更改'); end`,
    sql`create trigger archive_item_never_deleted before delete on archive_item
      begin select raise(abort, '档案条目不能删除，只能作废'); end`,
  ];
  for (const statement of statements) await statement.execute(db);
}
