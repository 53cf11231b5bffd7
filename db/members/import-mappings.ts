/** Saved 导入花名册 column mappings, by header key. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function savedMappings(db: Kysely<Database>, keys: readonly string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const rows = await db.selectFrom('import_mapping').select(['header_key', 'mapping_json']).where('header_key', 'in', [...keys]).execute();
  return new Map(rows.map((r) => [r.header_key, r.mapping_json]));
}

/** All in one transaction: one row per header key, replaced when chosen again. */
export async function saveMappings(db: Kysely<Database>, entries: readonly { key: string; json: string }[], now: string) {
  if (!entries.length) return;
  await db.transaction().execute(async (trx) => {
    for (const { key, json } of entries) {
      await trx
        .insertInto('import_mapping')
        .values({ header_key: key, mapping_json: json, updated_at: now })
        .onConflict((oc) => oc.column('header_key').doUpdateSet({ mapping_json: json, updated_at: now }))
        .execute();
    }
  });
}
