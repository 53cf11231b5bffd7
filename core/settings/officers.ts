/**
 * The branch officers (妇联主席, 副主席, 执委): who the 年度工作台账, the wizard
 * and 设置 → 基本信息 name. Officers typed in the wizard or the settings form
 * win; while none are typed, the members holding those roles in the roster are
 * the officers.
 */
import type { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { replaceTypedOfficers, selectMembersWithRoles, selectTypedOfficers } from '../../db/settings/officers';
import { assertReferencesExist } from '../api/refs';
import type { AppContext } from '../context';
import { recordAudit } from '../audit/record';
import { OFFICER_ROLES, type Officer, type officersSchema } from './schema';

export { OFFICER_ROLES, officersSchema, type Officer } from './schema';

/** Typed officers, or when none are typed, the roster's 妇联主席 / 副主席 / 执委. */
export async function listOfficers(db: Kysely<Database>): Promise<Officer[]> {
  const typed = await selectTypedOfficers(db);
  return typed.length > 0 ? typed : selectMembersWithRoles(db, OFFICER_ROLES);
}

/** Where the list comes from, for the settings form to say so. */
export async function officersView(db: Kysely<Database>) {
  const typed = await selectTypedOfficers(db);
  return { officers: typed.length > 0 ? typed : await selectMembersWithRoles(db, OFFICER_ROLES), fromRoster: typed.length === 0 };
}

/** Replaces the typed list in one transaction, audited with before and after. */
export async function saveOfficers(ctx: AppContext, input: z.output<typeof officersSchema>) {
  const officers = sortByRole(input.officers);
  await ctx.db.transaction().execute(async (trx) => {
    await assertReferencesExist(
      trx,
      'member',
      officers.map((o, i) => ({ id: o.memberId, field: `妇联班子第${i + 1}行（${o.name}）` })),
    );
    const before = await selectTypedOfficers(trx);
    await replaceTypedOfficers(trx, officers, ctx.now().toISOString());
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: 'branch_info',
      label: '妇联班子',
      before: { 妇联班子: describe(before) },
      after: { 妇联班子: describe(officers) },
    });
  });
  return officersView(ctx.db);
}

function sortByRole(officers: readonly Officer[]) {
  return officers
    .map((o, i) => ({ o, i }))
    .sort((a, b) => OFFICER_ROLES.indexOf(a.o.role) - OFFICER_ROLES.indexOf(b.o.role) || a.i - b.i)
    .map(({ o }) => o);
}

const describe = (officers: readonly Officer[]) => officers.map((o) => `${o.role}：${o.name}`).join('；');
