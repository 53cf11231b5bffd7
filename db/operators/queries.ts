import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Every operator, oldest first, with whether a password is set (never the hash itself). */
export function selectOperators(db: Kysely<Database>) {
  return db
    .selectFrom('operator')
    .select(['id', 'name', 'role', 'created_at', 'updated_at'])
    .select((eb) => eb('password_hash', 'is not', null).as('has_password'))
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, has_password: Boolean(r.has_password) })));
}

export type OperatorListRow = Awaited<ReturnType<typeof selectOperators>>[number];

export async function selectPasswordHash(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('operator').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash ?? null;
}

export async function readAppSetting<T>(db: Kysely<Database>, key: string, fallback: T): Promise<T> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export async function writeAppSetting(db: Kysely<Database>, key: string, value: unknown) {
  const text = JSON.stringify(value);
  await db
    .insertInto('app_setting')
    .values({ key, value: text })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: text }))
    .execute();
}
