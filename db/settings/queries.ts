import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface BranchInfoRow {
  name: string;
  street: string;
  fondsCode: string;
  contact: string;
  phone: string;
  updatedAt: string | null;
}

export async function selectBranchInfo(db: Kysely<Database>): Promise<BranchInfoRow> {
  const row = await db
    .selectFrom('branch_info')
    .select(['name', 'street', 'fonds_code', 'contact', 'phone', 'updated_at'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return {
    name: row?.name ?? '',
    street: row?.street ?? '',
    fondsCode: row?.fonds_code ?? '',
    contact: row?.contact ?? '',
    phone: row?.phone ?? '',
    updatedAt: row?.updated_at ?? null,
  };
}

export async function upsertBranchInfo(db: Kysely<Database>, info: Omit<BranchInfoRow, 'updatedAt'>, at: string) {
  const values = {
    name: info.name,
    street: info.street,
    fonds_code: info.fondsCode,
    contact: info.contact,
    phone: info.phone,
    updated_at: at,
  };
  await db
    .insertInto('branch_info')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}
