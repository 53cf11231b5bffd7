/**
 * The branch's officers for the 年度工作台账: the ones typed in the first-run wizard or
 * 基本信息 (core/settings/officers.ts), else the roster's 妇联主席, 副主席, 执委 in that
 * order. Names and 职务 only: no ID, no phone.
 */
import type { AppContext } from '../context';
import { listOfficers } from '../settings/officers';

export interface YearbookOfficer {
  name: string;
  /** 职务: 妇联主席, 副主席 or 执委. */
  role: string;
}

export async function yearbookOfficers(ctx: AppContext): Promise<YearbookOfficer[]> {
  return (await listOfficers(ctx.db)).map((o) => ({ name: o.name, role: o.role }));
}
