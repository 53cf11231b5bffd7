import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export type OfficerRole = Database['branch_officer']['role'];

export interface OfficerRow {
  name: string;
  role: OfficerRole;
  memberId: number | null;
}

/** The typed officers in their order (主席 first is the caller's order, kept as written). */
export async function selectTypedOfficers(db: Kysely<Database>): Promise<OfficerRow[]> {
  const rows = await db
    .selectFrom('branch_officer')
    .select(['name', 'role', 'member_id'])
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ name: r.name, role: r.role, memberId: r.member_id }));
}

/** Replaces the whole list; call inside the caller's transaction. */
export async function replaceTypedOfficers(db: Kysely<Database>, officers: readonly OfficerRow[], at: string) {
  await db.deleteFrom('branch_officer').execute();
  if (officers.length === 0) return;
  await db
    .insertInto('branch_officer')
    .values(officers.map((o, i) => ({ name: o.name, role: o.role, member_id: o.memberId, sort_order: i, created_at: at })))
    .execute();
}

/** 在册 members (not in the recycle bin) holding one of `roles`, by role order then id. */
export async function selectMembersWithRoles(db: Kysely<Database>, roles: readonly OfficerRole[]): Promise<OfficerRow[]> {
  const rows = await db
    .selectFrom('member_role')
    .innerJoin('member', 'member.id', 'member_role.member_id')
    .select(['member.id', 'member.name', 'member_role.role'])
    .where('member_role.role', 'in', [...roles])
    .where('member.deleted_at', 'is', null)
    .where('member.status', '=', '在册')
    .orderBy('member.id')
    .execute();
  return rows
    .map((r) => ({ name: r.name, role: r.role as OfficerRole, memberId: r.id }))
    .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role));
}
