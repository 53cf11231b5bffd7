/** For tests and the bench: branch data files seeded with demo women, and their 上报包. */
import type { AppContext } from '../context';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import type { DemoMember } from '../members/demo';
import { today, toMemberRow } from '../members/service';
import { insertMemberRows } from '../../db/members/queries';
import { upsertBranchInfo } from '../../db/settings/queries';
import { upsertReportIdentity } from '../../db/reporting/queries';

export async function call<T = unknown>(ctx: AppContext, method: string, input?: unknown): Promise<T> {
  const answer = await dispatch(apiTable, ctx, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as T;
}

export async function seedBranch(ctx: AppContext, name: string, code: string, districtKey: string, members: readonly DemoMember[]) {
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await upsertBranchInfo(trx, { name, street: '示范街道', fondsCode: '', contact: '', phone: '' }, now);
    await upsertReportIdentity(trx, { branchCode: code, districtKey }, now);
    await insertMemberRows(trx, members.map((m) => toMemberRow({ ...m, zoneId: null })), now, today(ctx));
  });
}

export interface ExportedPackage {
  fileName: string;
  base64: string;
  fingerprint: string;
  total: number;
  hashed: number;
}

export const exportPackage = (ctx: AppContext, asOf: string) =>
  call<ExportedPackage>(ctx, 'reporting.exportPackage', { asOf, filledBy: '王秀英', reviewedBy: '李桂兰', reportedOn: asOf });
