/** 上报包 tables (migration 011): the branch's reporting identity, and the 街道's round, registry and received packages. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export async function selectReportIdentity(db: Kysely<Database>) {
  const row = await db.selectFrom('report_identity').select(['branch_code', 'district_key']).where('id', '=', 1).executeTakeFirst();
  return { branchCode: row?.branch_code ?? '', districtKey: row?.district_key ?? '' };
}

export async function upsertReportIdentity(db: Kysely<Database>, values: { branchCode: string; districtKey: string }, at: string) {
  const row = { branch_code: values.branchCode, district_key: values.districtKey, updated_at: at };
  await db.insertInto('report_identity').values({ id: 1, ...row }).onConflict((oc) => oc.column('id').doUpdateSet(row)).execute();
}

export async function selectRoundAsOf(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('district_round').select('as_of').where('id', '=', 1).executeTakeFirst();
  return row?.as_of ?? null;
}

export async function upsertRound(db: Kysely<Database>, asOf: string, at: string) {
  await db.insertInto('district_round').values({ id: 1, as_of: asOf, updated_at: at }).onConflict((oc) => oc.column('id').doUpdateSet({ as_of: asOf, updated_at: at })).execute();
}

export function selectDistrictBranches(db: Kysely<Database>) {
  return db.selectFrom('district_branch').select(['code', 'name', 'fingerprint']).orderBy('sort_order').orderBy('code').execute();
}

export async function upsertDistrictBranch(db: Kysely<Database>, branch: { code: string; name: string; fingerprint: string }, at: string) {
  const next = await db.selectFrom('district_branch').select((eb) => eb.fn.max('sort_order').as('max')).executeTakeFirst();
  await db
    .insertInto('district_branch')
    .values({ ...branch, sort_order: Number(next?.max ?? 0) + 1, created_at: at })
    .onConflict((oc) => oc.column('code').doUpdateSet({ name: branch.name, fingerprint: branch.fingerprint }))
    .execute();
}

/** The packages in force for a round: one per 社区, the newest (the ones they replaced are kept apart). */
export function selectCurrentPackages(db: Kysely<Database>, asOf: string) {
  return db
    .selectFrom('district_package')
    .select(['id', 'branch_code', 'file_name', 'sha256', 'generated_at', 'body_json', 'received_at'])
    .where('as_of', '=', asOf)
    .where('replaced_by', 'is', null)
    .orderBy('branch_code')
    .execute();
}

export function selectPackageBySha(db: Kysely<Database>, sha256: string) {
  return db.selectFrom('district_package').select(['id', 'file_name', 'received_at']).where('sha256', '=', sha256).executeTakeFirst();
}
