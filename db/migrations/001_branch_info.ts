import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table branch_info (
      id integer primary key check (id = 1),
      name text not null default '' check (length(name) <= 50),
      street text not null default '',
      fonds_code text not null default '',
      contact text not null default '',
      phone text not null default '',
      updated_at text not null
    )`.execute(db);
}
