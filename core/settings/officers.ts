/**
 * The branch officers (妇联主席, 副主席, 执委): who the 年度工作台账, the wizard
 * and 设置 → 基本信息 name. Officers typed in the wizard or the settings form
 * win; while none are typed, the members holding those roles in the roster are
 * the officers.
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { replaceTypedOfficers, selectMembersWithRoles, selectTypedOfficers, type OfficerRow } from '../../db/settings/officers';
import { boundedArray, idRef, requiredText } from '../api/schemas';
import { assertReferencesExist } from '../api/refs';
import type { AppContext } from '../context';
import { recordAudit } from '../audit/record';

export const OFFICER_ROLES = ['妇联主席', '副主席', '执委'] as const;
export type Officer = OfficerRow;

export const OFFICER_LIMIT = 30;

export const officerSchema = z.object({
  name: requiredText('姓名', 20),
  role: z.enum(OFFICER_ROLES, { error: '职务只能是妇联主席、副主席或执委' }),
  memberId: idRef('成员').nullable().default(null),
});

export const officersSchema = z.object({
  officers: boundedArray(officerSchema, OFFICER_LIMIT, '妇联班子成员'),
});
export type OfficersInput = z.input<typeof officersSchema>;

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
