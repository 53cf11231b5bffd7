/** The archive tables (migration 012): items, boxes, the 机构(问题) list, default 保管期限. */
import { sql, type Kysely } from 'kysely';
import type { Database, Retention } from '../schema';

type Db = Kysely<Database>;

export interface CategoryKey {
  fondsCode: string;
  year: number;
  retention: Retention;
  orgCode: string | null;
}


/** The highest 件号 ever given in a category (voided items keep theirs, so it is never handed out again). */
export async function maxPieceNo(db: Db, c: CategoryKey): Promise<number> {
  const row = await db
    .selectFrom('archive_item')
    .select((eb) => eb.fn.max('piece_no').as('n'))
    .where('fonds_code', '=', c.fondsCode)
    .where('year', '=', c.year)
    .where('retention', '=', c.retention)
    .where(sql<boolean>`coalesce(org_code, '') = ${c.orgCode ?? ''}`)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const selectItem = (db: Db, id: number) => db.selectFrom('archive_item').selectAll().where('id', '=', id).executeTakeFirst();
export type ItemRow = NonNullable<Awaited<ReturnType<typeof selectItem>>>;

export const selectItems = (db: Db, ids: readonly number[]) =>
  ids.length ? db.selectFrom('archive_item').selectAll().where('id', 'in', [...ids]).execute() : Promise.resolve([] as ItemRow[]);

/** The live (not voided) item a record was filed as. */
export const selectItemOfSource = (db: Db, type: string, id: number) =>
  db.selectFrom('archive_item').selectAll().where('source_type', '=', type).where('source_id', '=', id).where('voided_at', 'is', null).executeTakeFirst();

/** Source id → 档号 for the live items of one source type (the meetings and study lists show it). */
export async function codesOfSources(db: Db, type: string, ids: readonly number[]): Promise<Map<number, { id: number; code: string }>> {
  const out = new Map<number, { id: number; code: string }>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('archive_item')
      .select(['id', 'source_id', 'archival_code'])
      .where('source_type', '=', type)
      .where('source_id', 'in', ids.slice(i, i + 500))
      .where('voided_at', 'is', null)
      .execute();
    for (const r of rows) out.set(r.source_id!, { id: r.id, code: r.archival_code });
  }
  return out;
}

/** Items in catalog order: category, then 件号. */
export function itemsInOrder(db: Db) {
  return db
    .selectFrom('archive_item')
    .leftJoin('archive_box', 'archive_box.id', 'archive_item.box_id')
    .selectAll('archive_item')
    .select('archive_box.box_no')
    .orderBy('archive_item.year')
    .orderBy(sql`case archive_item.retention when 'Y' then 0 when 'D30' then 1 else 2 end`)
    .orderBy(sql`coalesce(archive_item.org_code, '')`)
    .orderBy('archive_item.piece_no');
}

export const selectBox = (db: Db, id: number) => db.selectFrom('archive_box').selectAll().where('id', '=', id).executeTakeFirst();
export type BoxRow = NonNullable<Awaited<ReturnType<typeof selectBox>>>;

export async function maxBoxNo(db: Db, c: CategoryKey): Promise<number> {
  const row = await db
    .selectFrom('archive_box')
    .select((eb) => eb.fn.max('box_no').as('n'))
    .where('fonds_code', '=', c.fondsCode)
    .where('year', '=', c.year)
    .where('retention', '=', c.retention)
    .where(sql<boolean>`coalesce(org_code, '') = ${c.orgCode ?? ''}`)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export const selectBoxByNumber = (db: Db, c: CategoryKey, boxNo: number) =>
  db
    .selectFrom('archive_box')
    .selectAll()
    .where('fonds_code', '=', c.fondsCode)
    .where('year', '=', c.year)
    .where('retention', '=', c.retention)
    .where(sql<boolean>`coalesce(org_code, '') = ${c.orgCode ?? ''}`)
    .where('box_no', '=', boxNo)
    .executeTakeFirst();

export function boxesOfYear(db: Db, year?: number) {
  let q = db
    .selectFrom('archive_box')
    .selectAll('archive_box')
    .select((eb) => [
      eb.selectFrom('archive_item').whereRef('archive_item.box_id', '=', 'archive_box.id').select(eb.fn.countAll<number>().as('n')).as('item_count'),
      eb.selectFrom('archive_item').whereRef('archive_item.box_id', '=', 'archive_box.id').select((sub) => sub.fn.min('piece_no').as('n')).as('first_piece'),
      eb.selectFrom('archive_item').whereRef('archive_item.box_id', '=', 'archive_box.id').select((sub) => sub.fn.max('piece_no').as('n')).as('last_piece'),
    ]);
  if (year) q = q.where('year', '=', year);
  return q
    .orderBy('year')
    .orderBy(sql`case retention when 'Y' then 0 when 'D30' then 1 else 2 end`)
    .orderBy(sql`coalesce(org_code, '')`)
    .orderBy('box_no')
    .execute();
}
export type BoxListRow = Awaited<ReturnType<typeof boxesOfYear>>[number];

export const selectOrgs = (db: Db) => db.selectFrom('archive_org').selectAll().orderBy('sort_order').orderBy('code').execute();

export const selectRetentionDefaults = (db: Db) => db.selectFrom('archive_retention_default').selectAll().execute();

export async function readSetting(db: Db, key: string): Promise<unknown> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

export async function writeSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insertInto('app_setting')
    .values({ key, value: JSON.stringify(value) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(value) }))
    .execute();
}
