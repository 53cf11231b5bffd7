/**
 * 上报包 (issue 16). Branch side: the code its 街道 assigned and the 街道 key for ID
 * hashes (one row). 街道 side: the round being collected (统计截止日期), the expected
 * 社区 with the key fingerprint each registered, and every package received — a newer
 * package from the same 社区 replaces the older, both kept (replaced_by).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table report_identity (
      id integer primary key check (id = 1),
      branch_code text not null default '' check (length(branch_code) <= 20),
      district_key text not null default '' check (length(district_key) <= 200),
      updated_at text not null
    )`,
    sql`create table district_round (
      id integer primary key check (id = 1),
      as_of text not null check (as_of glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      updated_at text not null
    )`,
    sql`create table district_branch (
      code text primary key check (length(code) between 1 and 20),
      name text not null check (length(name) between 1 and 50),
      fingerprint text not null check (length(fingerprint) = 19),
      sort_order integer not null default 0,
      created_at text not null
    )`,
    sql`create table district_package (
      id integer primary key,
      branch_code text not null references district_branch (code),
      as_of text not null,
      file_name text not null check (length(file_name) between 1 and 260),
      sha256 text not null unique check (length(sha256) = 64),
      generated_at text not null,
      body_json text not null,
      received_at text not null,
      replaced_by integer references district_package (id)
    )`,
    sql`create index district_package_branch on district_package (branch_code, as_of)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
