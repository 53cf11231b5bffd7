import { selectBranchInfo, upsertBranchInfo } from '../../db/settings/queries';
import { recordAudit } from '../audit/record';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { branchInfoSchema } from './schema';

export const settingsApi = {
  /** 基本信息 as saved, or empty strings on first run. */
  getBranchInfo: defineQuery(noInput, (ctx) => selectBranchInfo(ctx.db)),

  saveBranchInfo: defineMethod(branchInfoSchema, async (ctx, info) => {
    await ctx.db.transaction().execute(async (trx) => {
      const before = await selectBranchInfo(trx);
      await upsertBranchInfo(trx, info, ctx.now().toISOString());
      await recordAudit(trx, ctx, { action: 'update', entity: 'branch_info', label: info.name, before: branchFields(before), after: branchFields(info) });
    });
    return selectBranchInfo(ctx.db);
  }),
};

/** 基本信息 under its form labels, for the audit log. */
function branchFields(info: { name: string; street: string; fondsCode: string; contact: string; phone: string }) {
  return { 社区妇联名称: info.name, 所属街道: info.street, 全宗号: info.fondsCode, 联系人: info.contact, 联系电话: info.phone };
}
