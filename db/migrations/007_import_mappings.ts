import { sql, type Kysely } from 'kysely';

/** Column mappings the user chose in 导入花名册, remembered per header (issue 9). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table import_mapping (
      header_key text primary key check (length(header_key) <= 4000),
      mapping_json text not null,
      updated_at text not null
    )`.execute(db);
}
