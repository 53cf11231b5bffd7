/**
 * The branch's officers for the 年度工作台账: until the first-run wizard's typed
 * officers land (wip-wizard's listOfficers), the 在册 members holding 妇联主席,
 * 副主席 or 执委, in that order. Names and 职务 only: no ID, no phone.
 */
import type { AppContext } from '../context';
import { membersWithRoles } from '../meetings/templates';

export const OFFICER_ROLES = ['妇联主席', '副主席', '执委'] as const;

export interface Officer {
  name: string;
  /** 职务, e.g. 妇联主席 or 执委、妇女小组长 (only the officer roles). */
  role: string;
}

export async function yearbookOfficers(ctx: AppContext): Promise<Officer[]> {
  const rows = await membersWithRoles(ctx, OFFICER_ROLES);
  return rows.map((r) => ({ name: r.name, role: r.roles }));
}
